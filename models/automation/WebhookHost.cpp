#include "WebhookHost.h"

#include "store/SettingsStore.h"
#include "tradingview/TvSession.h"

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

WebhookHost::WebhookHost(StoreContext context, QObject *parent)
    : QObject(parent)
    , m_ctx(std::move(context))
{
    m_status = tr("Not receiving webhooks.");
}

WebhookHost::~WebhookHost() = default;

std::optional<WebhookHost::Listen> WebhookHost::parseListen(const QString &text)
{
    const QString t = text.trimmed();
    const qsizetype colon = t.lastIndexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    bool ok = false;
    const uint port = t.mid(colon + 1).toUInt(&ok);
    const QString host = t.left(colon);
    const QHostAddress address(host == u"localhost"_s ? u"127.0.0.1"_s : host);
    if (!ok || port > 65535 || address.isNull())
        return std::nullopt;
    return Listen{address, quint16(port)};
}

QMap<QString, ProviderAdapter::Config>
WebhookHost::configsFor(const ProviderRegistry &registry, const WebhookSecrets::Secrets &secrets,
                        StoreContext context)
{
    SettingsStore settings(std::move(context));
    QMap<QString, ProviderAdapter::Config> configs;
    for (const QString &name : registry.names()) {
        ProviderAdapter::Config c;
        c.secret = secrets.value(name);
        c.usernameField =
            settings.value(u"webhooks.%1.username_field"_s.arg(name), u"tradingview"_s);
        c.expectedAccount = settings.value(u"webhooks.%1.account"_s.arg(name), QString());
        configs.insert(name, c);
    }
    return configs;
}

void WebhookHost::setStatus(const QString &status)
{
    m_status = status;
    Q_EMIT statusChanged(status);
}

void WebhookHost::start(const QString &listen)
{
    stop();
    const auto where = parseListen(listen);
    if (!where) {
        setStatus(tr("\"%1\" is not an address and port, such as 127.0.0.1:8787.").arg(listen));
        return;
    }
    const int generation = ++m_generation;
    setStatus(tr("Reading the webhook secrets…"));
    const ProviderRegistry registry;
    m_secrets.load(
        registry.names(), [this, generation, where](const WebhookSecrets::Secrets &secrets,
                                                    const QStringList &problems) {
            if (generation != m_generation)
                return; // stopped or restarted meanwhile
            const ProviderRegistry providers;
            auto server =
                std::make_unique<AutomationServer>(m_ctx, configsFor(providers, secrets, m_ctx));
            const quint16 port = server->start(where->address, where->port);
            if (port == 0) {
                setStatus(server->errorString());
                return;
            }
            m_server = std::move(server);
            m_port = port;
            if (m_tv) {
                EventProcessor *processor = &m_server->processor();
                const auto [url, session] = *m_tv;
                QMetaObject::invokeMethod(processor, [processor, url, session] {
                    processor->useTradingView(url, session);
                });
            }
            m_server->processor().kick();
            QString text = tr("Receiving webhooks on http://%1:%2 (%n provider(s) with a secret).",
                              nullptr, int(secrets.size()))
                               .arg(where->address.toString())
                               .arg(port);
            if (!problems.isEmpty())
                text += u' ' + problems.join(u' ');
            setStatus(text);
        });
}

void WebhookHost::stop()
{
    ++m_generation;
    if (!m_server)
        return;
    m_server.reset();
    m_port = 0;
    setStatus(tr("Not receiving webhooks."));
}

void WebhookHost::setTradingView(const QUrl &baseUrl, const TvSession &session)
{
    m_tv = std::pair(baseUrl, session);
    if (!m_server)
        return;
    EventProcessor *processor = &m_server->processor();
    QMetaObject::invokeMethod(processor, [processor, baseUrl, session] {
        processor->useTradingView(baseUrl, session);
        processor->kick();
    });
}

} // namespace pinedesk
