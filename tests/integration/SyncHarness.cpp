#include "SyncHarness.h"

#include "ConvergenceCheck.h"

#include <QTest>

namespace pinedesk::test {

QStringList traders(int from, int to)
{
    QStringList list;
    for (int i = from; i <= to; ++i)
        list.append(QStringLiteral("trader%1").arg(i, 5, 10, QChar(u'0')));
    return list;
}

SyncConfig SyncHarness::fastConfig()
{
    SyncConfig c;
    c.write = {500, 1, 500, 8, 0};
    c.remove = {500, 1, 500, 8, 0};
    c.lookup = {500, 1, 500, 8, 0};
    c.retryBaseSeconds = 0.02;
    c.retryCapSeconds = 0.5;
    c.throttleBaseSeconds = 0.05;
    c.throttleCapSeconds = 0.5;
    c.circuitThreshold = 25;
    c.circuitCooldownSeconds = 0.1;
    c.circuitCooldownCapSeconds = 0.5;
    c.maxAttempts = 40;
    c.requestTimeoutMs = 5000;
    c.maxRowsInFlight = 16;
    return c;
}

SyncHarness::SyncHarness(SandboxConfig sandbox, SyncConfig sync, int users)
    : m_sandbox(std::make_unique<SandboxFixture>(sandbox, users, 2))
{
    m_engine =
        std::make_unique<SyncEngine>(m_db.database(), m_clock, m_sandbox->server().baseUrl(), sync);
    QObject::connect(m_engine.get(), &SyncEngine::idle, m_engine.get(), [this] { m_idle = true; });
    QObject::connect(m_engine.get(), &SyncEngine::sessionExpired, m_engine.get(), [this] {
        ++m_renewals;
        const QString fresh = m_sandbox->api().renewSession();
        m_engine->supplySession(TvSession(fresh, m_sandbox->api().config().sessionSign));
    });
}

bool SyncHarness::runUntilIdle(int timeoutMs)
{
    m_idle = false;
    if (!m_started) {
        m_started = true;
        m_engine->start(m_sandbox->client().session());
    } else {
        m_engine->wake();
    }
    return QTest::qWaitFor([this] { return m_idle; }, timeoutMs);
}

QStringList SyncHarness::differences()
{
    return convergenceDifferences(m_db.database(), m_sandbox->state(), m_clock.nowUtc());
}

qint64 SyncHarness::count(const QString &sql)
{
    return m_db.scalar(sql).toLongLong();
}

} // namespace pinedesk::test
