#pragma once

#include "domain/ManualClock.h"
#include "sandbox/SandboxServer.h"
#include "tradingview/TradingViewClient.h"

#include <QNetworkAccessManager>

#include <memory>

namespace pinedesk::test {

// A sandbox listening on a free loopback port, and a client pointed at it with the right
// session. The sandbox's clock is pinned (grants expire when the test says so).
class SandboxFixture
{
public:
    explicit SandboxFixture(SandboxConfig config = {}, int users = 300, int scripts = 2);

    bool isListening() const { return m_listening; }
    SandboxServer &server() { return *m_server; }
    SandboxState &state() { return m_server->api().state(); }
    SandboxApi &api() { return m_server->api(); }
    TradingViewClient &client() { return *m_client; }
    QNetworkAccessManager &network() { return m_network; }
    ManualClock &clock() { return m_clock; }
    QString pine(int index = 0) const { return m_scripts.value(index); }
    QUrl url(const QString &path) const;
    // The grant as the sandbox holds it, if any.
    const SandboxState::Grant *grant(const QString &pineId, const QString &username);

private:
    ManualClock m_clock;
    QNetworkAccessManager m_network;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<TradingViewClient> m_client;
    QStringList m_scripts;
    bool m_listening = false;
};

} // namespace pinedesk::test
