#pragma once

#include "SandboxFixture.h"
#include "TestDatabase.h"
#include "domain/SystemClock.h"
#include "sync/SyncEngine.h"

#include <memory>

namespace pinedesk::test {

// trader00001 ... the sandbox's seeded users, from `from` to `to` inclusive.
QStringList traders(int from, int to);

// A database, a sandbox and a sync engine wired together with fast retry timings, on the wall
// clock (retries must really come due). When the sandbox expires the session, the harness
// supplies a fresh one, as a vendor pasting a new cookie would.
class SyncHarness
{
public:
    explicit SyncHarness(SandboxConfig sandbox = {}, SyncConfig sync = fastConfig(),
                         int users = 300);
    static SyncConfig fastConfig();

    Database &database() { return m_db.database(); }
    StoreContext context() { return {m_db.database(), m_clock, QStringLiteral("test")}; }
    const Clock &clock() const { return m_clock; }
    SandboxFixture &sandbox() { return *m_sandbox; }
    SyncEngine &engine() { return *m_engine; }
    // Starts the engine (once) and waits until it reports idle; false on timeout.
    bool runUntilIdle(int timeoutMs = 120000);
    int sessionRenewals() const { return m_renewals; }
    QStringList differences();
    qint64 count(const QString &sql);
    // The result of the most recent finished queue row ("added", "modified", ...).
    QString db_result()
    {
        return m_db.scalar(QStringLiteral("SELECT result FROM sync_queue ORDER BY id DESC LIMIT 1"))
            .toString();
    }

private:
    TestDatabase m_db;
    SystemClock m_clock;
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<SyncEngine> m_engine;
    bool m_idle = false;
    bool m_started = false;
    int m_renewals = 0;
};

} // namespace pinedesk::test
