#include "ConvergenceCheck.h"
#include "SyncHarness.h"
#include "TestDatabase.h"
#include "domain/SystemClock.h"
#include "store/QueueLeaseStore.h"
#include "sync/AccessChanges.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace pinedesk;
using namespace pinedesk::test;
using namespace Qt::Literals::StringLiterals;

// One owner of the queue across processes: `pinedesk sync` from cron and the GUI's engine on one
// database send each change once, at one engine's pace; a killed owner is taken over and the
// run still converges exactly.
class TestQueueOwner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoSyncProcessesAndAGuiEngineSendEachChangeOnce();
    void syncWithoutWaitExitsFiveAndSaysWho();
    void killedOwnerIsTakenOverAndConverges();

private:
    QProcess *startSync(const QString &dbPath, const QUrl &baseUrl, const QStringList &extra,
                        double rate = 400);
    bool queueDrained(TestDatabase &db);
    QTemporaryDir m_home;
};

QProcess *TestQueueOwner::startSync(const QString &dbPath, const QUrl &baseUrl,
                                    const QStringList &extra, double rate)
{
    auto *p = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PINEDESK_TV_SESSION"_s, u"sessionid=sandbox-session"_s);
    env.insert(u"HOME"_s, m_home.path());
    env.insert(u"PINEDESK_SYNC_WRITE_RATE"_s, QString::number(rate));
    env.insert(u"PINEDESK_SYNC_WRITE_CEILING"_s, QString::number(rate));
    env.insert(u"PINEDESK_SYNC_WRITE_INFLIGHT"_s, u"8"_s);
    env.insert(u"PINEDESK_SYNC_REMOVE_RATE"_s, u"400"_s);
    env.insert(u"PINEDESK_SYNC_RETRY_BASE"_s, u"0.05"_s);
    env.insert(u"PINEDESK_SYNC_RETRY_CAP"_s, u"0.5"_s);
    env.insert(u"PINEDESK_LEASE_HEARTBEAT"_s, u"0.2"_s);
    env.insert(u"PINEDESK_LEASE_STALE"_s, u"3"_s);
    p->setProcessEnvironment(env);
    p->start(QStringLiteral(PINEDESK_EXE),
             QStringList{u"--db"_s, dbPath, u"--base-url"_s, baseUrl.toString(), u"sync"_s} +
                 extra);
    return p;
}

bool TestQueueOwner::queueDrained(TestDatabase &db)
{
    return db.scalar(u"SELECT COUNT(*) FROM sync_queue WHERE state <> 'done'"_s).toInt() == 0;
}

void TestQueueOwner::twoSyncProcessesAndAGuiEngineSendEachChangeOnce()
{
    TestDatabase db;
    QVERIFY(db.isOpen());
    SystemClock clock;
    SandboxConfig config;
    config.latencyMinMs = 2;
    config.latencyMaxMs = 8;
    SandboxFixture sandbox(config, 500, 1);
    QVERIFY(sandbox.isListening());
    const QString pine = sandbox.pine();
    const StoreContext context{db.database(), clock, u"test"_s};
    AccessChanges::Request r;
    r.usernames = traders(1, 400);
    r.pineIds = {pine};
    r.duration = Duration::days(30);
    QVERIFY(AccessChanges(context).apply(r));

    // The GUI-side engine has its own connection to the same file, as the window's would.
    Database guiDb(*DatabaseTarget::parse(db.path()));
    QVERIFY(guiDb.open());
    SyncConfig fast = SyncHarness::fastConfig();
    fast.leaseHeartbeatSeconds = 0.2;
    SyncEngine gui(guiDb, clock, sandbox.server().baseUrl(), fast);
    gui.setOwnerKind(u"gui"_s);
    QSignalSpy guiStopped(&gui, &SyncEngine::stopped);

    const QStringList untilIdle{u"--until-idle"_s, u"--wait"_s, u"--quiet"_s};
    QProcess *a = startSync(db.path(), sandbox.server().baseUrl(), untilIdle);
    gui.start(TvSession(sandbox.api().config().session, QString()));
    QProcess *b = startSync(db.path(), sandbox.server().baseUrl(), untilIdle);

    // The sandbox answers from this thread: wait by running its event loop.
    QVERIFY(QTest::qWaitFor([&] { return queueDrained(db); }, 120000));
    gui.stop(); // a GUI holder keeps the queue until it closes; then the others find it empty
    QVERIFY(guiStopped.count() == 1 || guiStopped.wait(10000));
    QVERIFY(QTest::qWaitFor([&] { return a->state() == QProcess::NotRunning; }, 30000));
    QVERIFY(QTest::qWaitFor([&] { return b->state() == QProcess::NotRunning; }, 30000));
    QCOMPARE(a->exitCode(), 0);
    QCOMPARE(b->exitCode(), 0);

    const auto &counters = sandbox.api().counters();
    QCOMPARE(counters.byEndpoint.value(u"/pine_perm/add/"_s), quint64(400)); // one engine's
    QCOMPARE(counters.byEndpoint.value(u"/pine_perm/modify_user_expiration/"_s), quint64(0));
    QCOMPARE(counters.writesByPair.size(), 400);
    for (auto it = counters.writesByPair.cbegin(); it != counters.writesByPair.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(it.key()));
    QCOMPARE(convergenceDifferences(db.database(), sandbox.state(), clock.nowUtc()), QStringList());
    // Nobody holds the queue once all have stopped.
    QVERIFY(!QueueLeaseStore(db.context()).holder().value().has_value());
}

void TestQueueOwner::syncWithoutWaitExitsFiveAndSaysWho()
{
    TestDatabase db;
    SystemClock clock;
    SandboxFixture sandbox({}, 50, 1);
    QVERIFY(sandbox.isListening());
    SyncEngine gui(db.database(), clock, sandbox.server().baseUrl(), SyncHarness::fastConfig());
    gui.setOwnerKind(u"gui"_s);
    QSignalSpy acquired(&gui, &SyncEngine::leaseAcquired);
    gui.start(TvSession(sandbox.api().config().session, QString()));
    QVERIFY(acquired.count() == 1 || acquired.wait(5000));

    QProcess *cron = startSync(db.path(), sandbox.server().baseUrl(), {u"--until-idle"_s});
    QVERIFY(QTest::qWaitFor([&] { return cron->state() == QProcess::NotRunning; }, 30000));
    QCOMPARE(cron->exitCode(), 5);
    const QString said = QString::fromUtf8(cron->readAllStandardError());
    QVERIFY2(said.contains(u"Another PineDesk is applying the queue"_s), qPrintable(said));
    QVERIFY(acquired.count() == 1);
    QVERIFY2(said.contains(u"'gui' (process %1"_s.arg(QCoreApplication::applicationPid())),
             qPrintable(said));
    QVERIFY(said.contains(u"--wait"_s));

    // From cron, --quiet: the exit code says it all, nothing is printed (no mail every run).
    QProcess *quiet =
        startSync(db.path(), sandbox.server().baseUrl(), {u"--until-idle"_s, u"--quiet"_s});
    QVERIFY(QTest::qWaitFor([&] { return quiet->state() == QProcess::NotRunning; }, 30000));
    QCOMPARE(quiet->exitCode(), 5);
    QCOMPARE(QString::fromUtf8(quiet->readAllStandardError()).trimmed(), QString());
}

void TestQueueOwner::killedOwnerIsTakenOverAndConverges()
{
    TestDatabase db;
    SystemClock clock;
    SandboxConfig config;
    config.latencyMinMs = 5;
    config.latencyMaxMs = 15;
    SandboxFixture sandbox(config, 700, 1);
    QVERIFY(sandbox.isListening());
    const QString pine = sandbox.pine();
    const StoreContext context{db.database(), clock, u"test"_s};
    AccessChanges::Request r;
    r.usernames = traders(1, 600);
    r.pineIds = {pine};
    r.duration = Duration::days(30);
    QVERIFY(AccessChanges(context).apply(r));

    const QStringList untilIdle{u"--until-idle"_s, u"--wait"_s, u"--quiet"_s};
    QProcess *owner = startSync(db.path(), sandbox.server().baseUrl(), untilIdle, 150);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return db.scalar(u"SELECT COUNT(*) FROM sync_queue WHERE state = 'done'"_s).toInt() >=
                   100;
        },
        60000));
    // The second process waits for the owner...
    QProcess *waiting = startSync(db.path(), sandbox.server().baseUrl(), untilIdle, 400);
    QVERIFY(waiting->waitForStarted(10000));
    const auto holder = QueueLeaseStore(db.context()).holder();
    QVERIFY(holder && holder->has_value());
    QCOMPARE(holder->value().pid, owner->processId());
    // ...which dies without a word, calls in flight.
    ::kill(pid_t(owner->processId()), SIGKILL);
    QVERIFY(QTest::qWaitFor([&] { return owner->state() == QProcess::NotRunning; }, 10000));
    QVERIFY(db.scalar(u"SELECT COUNT(*) FROM sync_queue WHERE state <> 'done'"_s).toInt() > 0);

    QVERIFY(QTest::qWaitFor([&] { return waiting->state() == QProcess::NotRunning; }, 120000));
    QCOMPARE(waiting->exitCode(), 0);
    QCOMPARE(convergenceDifferences(db.database(), sandbox.state(), clock.nowUtc()), QStringList());
    QVERIFY(queueDrained(db));
    // Only the calls the dead owner had in flight (8 at most) can have been sent again: its add,
    // then the new owner's add (answered `exists`) and modify.
    int again = 0;
    const auto &byPair = sandbox.api().counters().writesByPair;
    for (auto it = byPair.cbegin(); it != byPair.cend(); ++it) {
        QVERIFY2(it.value() <= 3, qPrintable(it.key()));
        again += it.value() > 1 ? 1 : 0;
    }
    QVERIFY2(again <= 8, qPrintable(QString::number(again)));
    if (!db.isPostgresql())
        QCOMPARE(db.scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
}

QTEST_GUILESS_MAIN(TestQueueOwner)
#include "tst_queueowner.moc"
