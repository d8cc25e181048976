#include "CliSession.h"

#include "ExitCode.h"

#include <QTextStream>

namespace pinedesk {

CliSession::CliSession(const QUrl &baseUrl, QObject *parent)
    : QObject(parent)
    , m_client(&m_network, baseUrl, this)
    , m_vault(QStringLiteral("PineDesk"), QStringLiteral("tradingview-session"), this)
{
    connect(&m_client, &TradingViewClient::sessionRotated, this, &CliSession::keep);
}

void CliSession::keep(const TvSession &session)
{
    if (SessionVault::environmentOverride())
        return; // the environment owns the session; nothing to write back
    ++m_pendingWrites;
    m_vault.store(session, [this](const Status &s) {
        if (!s)
            QTextStream(stderr) << s.error() << '\n';
        if (--m_pendingWrites == 0 && m_exitCode >= 0)
            finish(m_exitCode);
    });
}

void CliSession::start(bool required, std::function<void(bool)> ready)
{
    m_vault.load([this, required, ready](const Expected<std::optional<TvSession>> &loaded) {
        QTextStream err(stderr);
        if (!loaded) {
            if (required) {
                err << loaded.error() << '\n';
                ready(false);
                return;
            }
        } else if (loaded.value()) {
            m_client.setSession(*loaded.value());
        } else if (required) {
            err << QCoreApplication::translate(
                       "CliSession",
                       "No TradingView session is stored. Run 'pinedesk session set' and paste "
                       "the sessionid cookie, or set PINEDESK_TV_SESSION.")
                << '\n';
            ready(false);
            return;
        }
        ready(true);
    });
}

void CliSession::finish(int code)
{
    m_exitCode = code;
    if (m_pendingWrites > 0)
        return;
    // Queued: finish() may run before the event loop has started.
    QMetaObject::invokeMethod(
        QCoreApplication::instance(), [code] { QCoreApplication::exit(code); },
        Qt::QueuedConnection);
}

} // namespace pinedesk
