#pragma once

#include "SandboxServer.h"
#include "tradingview/TvSession.h"

#include <QCoreApplication>
#include <QUrl>

#include <memory>

namespace pinedesk {

class Clock;
class Database;

// PineDesk without a TradingView account: on first use the sandbox database is filled with demo
// data, and an in-process sandbox whose users, scripts and grants match that data listens on
// loopback. Its state is kept next to the database between runs.
class SandboxMode
{
    Q_DECLARE_TR_FUNCTIONS(SandboxMode)

public:
    static constexpr int defaultDemoClients = 2000;
    void setDemoClients(int clients) { m_demoClients = clients; }

    SandboxMode(Database &database, const Clock &clock);
    ~SandboxMode();

    // Demo data if the database is empty, the sandbox's state, and the server. False with a
    // message in error() when something fails.
    bool prepare();
    QString error() const { return m_error; }
    QUrl baseUrl() const;
    TvSession session() const;
    // A fresh session, as if the vendor had logged in again.
    TvSession renewSession();
    Status saveState() const;

private:
    QString statePath() const;

    Database &m_database;
    const Clock &m_clock;
    std::unique_ptr<SandboxServer> m_server;
    QString m_error;
    int m_demoClients = defaultDemoClients;
};

} // namespace pinedesk
