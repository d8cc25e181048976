#pragma once

#include "AutomationServer.h"
#include "WebhookSecrets.h"

#include <QCoreApplication>
#include <QObject>

#include <memory>
#include <optional>

namespace pinedesk {

class TvSession;

// Runs the automation server inside another program (the desktop window: "receive webhooks
// while PineDesk is open"): reads the secrets from the keychain, listens, and says in a sentence
// how it goes. `pinedesk serve` uses its helpers for the same address and settings.
class WebhookHost final : public QObject
{
    Q_OBJECT

public:
    struct Listen
    {
        QHostAddress address;
        quint16 port = 0;
    };

    WebhookHost(StoreContext context, QObject *parent = nullptr);
    ~WebhookHost() override;

    // "127.0.0.1:8787", "localhost:8787", "0.0.0.0:8443".
    static std::optional<Listen> parseListen(const QString &text);
    // What each provider's adapter needs: its secret and the vendor's settings.
    static QMap<QString, ProviderAdapter::Config> configsFor(const ProviderRegistry &registry,
                                                             const WebhookSecrets::Secrets &secrets,
                                                             StoreContext context);

    // Starts listening once the secrets are read (statusChanged says how it went).
    void start(const QString &listen);
    void stop();
    bool isRunning() const { return m_server != nullptr; }
    quint16 port() const { return m_port; }
    QString status() const { return m_status; }
    // Usernames are checked on this TradingView (the window's session).
    void setTradingView(const QUrl &baseUrl, const TvSession &session);
    AutomationServer *server() const { return m_server.get(); }

Q_SIGNALS:
    void statusChanged(const QString &status);

private:
    void setStatus(const QString &status);

    StoreContext m_ctx;
    WebhookSecrets m_secrets;
    std::unique_ptr<AutomationServer> m_server;
    quint16 m_port = 0;
    QString m_status;
    int m_generation = 0; // a stop() or a new start() makes a pending start stale
    std::optional<std::pair<QUrl, TvSession>> m_tv;
};

} // namespace pinedesk
