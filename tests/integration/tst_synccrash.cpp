#include "ConvergenceCheck.h"
#include "SandboxFixture.h"
#include "SyncHarness.h"
#include "TestDatabase.h"
#include "demo/DemoRandom.h"
#include "domain/SystemClock.h"
#include "store/Statement.h"
#include "sync/AccessChanges.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pinedesk;
using namespace pinedesk::test;
using namespace Qt::Literals::StringLiterals;

namespace {} // namespace

// A `pinedesk sync` process is killed (SIGKILL) at random moments, again and again, during a
// 1,000-pair run, and restarted each time. At the end TradingView (the sandbox) holds exactly
// the intent, and the database is intact.
class TestSyncCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedAtRandomMomentsEndsExact();

private:
    QProcess *startSync(const QString &dbPath, const QUrl &baseUrl, const QString &home);
};

QProcess *TestSyncCrash::startSync(const QString &dbPath, const QUrl &baseUrl, const QString &home)
{
    auto *p = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PINEDESK_TV_SESSION"_s, u"sessionid=sandbox-session"_s);
    env.insert(u"HOME"_s, home);
    env.insert(u"PINEDESK_SYNC_WRITE_RATE"_s, u"400"_s);
    env.insert(u"PINEDESK_SYNC_WRITE_CEILING"_s, u"400"_s);
    env.insert(u"PINEDESK_SYNC_WRITE_INFLIGHT"_s, u"8"_s);
    env.insert(u"PINEDESK_SYNC_WRITE_SPACING_MS"_s, u"0"_s);
    env.insert(u"PINEDESK_SYNC_REMOVE_RATE"_s, u"400"_s);
    env.insert(u"PINEDESK_SYNC_RETRY_BASE"_s, u"0.05"_s);
    env.insert(u"PINEDESK_SYNC_RETRY_CAP"_s, u"0.5"_s);
    p->setProcessEnvironment(env);
    p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p->start(QStringLiteral(PINEDESK_EXE), {u"--db"_s, dbPath, u"--base-url"_s, baseUrl.toString(),
                                            u"sync"_s, u"--until-idle"_s, u"--quiet"_s});
    return p;
}

void TestSyncCrash::killedAtRandomMomentsEndsExact()
{
    TestDatabase db;
    QVERIFY(db.isOpen());
    SystemClock clock;
    SandboxConfig config;
    config.latencyMinMs = 2;
    config.latencyMaxMs = 12;
    SandboxFixture sandbox(config, 1200, 1);
    const QString pine = sandbox.pine();
    for (const QString &name : traders(801, 1000)) { // already held: exists path and removals
        sandbox.state().script(pine)->grants.insert(
            name, {sandbox.state().nextId(), name, QDateTime::currentDateTimeUtc().addDays(5),
                   QDateTime::currentDateTimeUtc()});
    }
    const StoreContext context{db.database(), clock, u"test"_s};
    auto apply = [&](AccessChanges::Mode mode, const QStringList &users,
                     std::optional<Duration> d) {
        AccessChanges::Request r;
        r.mode = mode;
        r.usernames = users;
        r.pineIds = {pine};
        r.duration = d;
        return AccessChanges(context).apply(r).ok();
    };
    QVERIFY(apply(AccessChanges::Mode::Grant, traders(1, 600), Duration::days(30)));
    QVERIFY(apply(AccessChanges::Mode::Grant, traders(601, 800), Duration::lifetime()));
    QVERIFY(apply(AccessChanges::Mode::Grant, traders(801, 900), Duration::days(45)));
    QVERIFY(apply(AccessChanges::Mode::Revoke, traders(901, 1000), std::nullopt));

    QTemporaryDir home;
    DemoRandom rng(2026);
    int killedMidRun = 0;
    for (int round = 0; round < 10; ++round) {
        QProcess *child = startSync(db.path(), sandbox.server().baseUrl(), home.path());
        QVERIFY(child->waitForStarted(10000));
        const int liveMs = rng.between(150, 900);
        // The sandbox answers from this thread, so wait by running its event loop.
        (void)QTest::qWaitFor([child] { return child->state() == QProcess::NotRunning; }, liveMs);
        if (child->state() != QProcess::NotRunning) {
            child->kill(); // SIGKILL: no chance to clean up
            QVERIFY(child->waitForFinished(10000));
            ++killedMidRun;
        }
        delete child;
    }
    QVERIFY2(killedMidRun >= 5, qPrintable(QString::number(killedMidRun)));

    QProcess *last = startSync(db.path(), sandbox.server().baseUrl(), home.path());
    QVERIFY(QTest::qWaitFor([last] { return last->state() == QProcess::NotRunning; }, 180000));
    QCOMPARE(last->exitStatus(), QProcess::NormalExit);
    QCOMPARE(last->exitCode(), 0);
    delete last;

    QCOMPARE(convergenceDifferences(db.database(), sandbox.state(), clock.nowUtc()), QStringList());
    QCOMPARE(db.scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM sync_queue WHERE state NOT IN ('done')"_s).toInt(),
             0);
    qInfo("crash test: %d kills mid-run, %llu requests for 1000 pairs", killedMidRun,
          sandbox.api().counters().requests);
}

QTEST_GUILESS_MAIN(TestSyncCrash)
#include "tst_synccrash.moc"
