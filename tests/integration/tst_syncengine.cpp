#include "SyncHarness.h"
#include "store/AccessStore.h"
#include "store/ClientStore.h"
#include "store/SyncQueueStore.h"
#include "sync/AccessChanges.h"
#include "tradingview/TvDateTime.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace pinedesk;
using namespace pinedesk::test;
using namespace Qt::Literals::StringLiterals;

namespace {

AccessChanges::Request request(AccessChanges::Mode mode, const QStringList &users,
                               const QString &pine, std::optional<Duration> duration = {},
                               std::optional<QDate> until = {})
{
    AccessChanges::Request r;
    r.mode = mode;
    r.usernames = users;
    r.pineIds = {pine};
    r.duration = duration;
    r.until = until;
    return r;
}

} // namespace

// The engine against the sandbox over loopback: every change of intent converges with the
// fewest calls, and faults never lose or invent a grant.
class TestSyncEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void grantsExtensionsAndRevokesConverge();
    void grantThenRevokeBeforeSyncIsOneRemove();
    void existsIsFollowedByModify();
    void lifetimeRules();
    void unknownUsersBecomeDeadRowsWithAReason();
    void sessionExpiryPausesAndResumes();
    void pauseAndCancelKeepTheIntent();
    void runsOnItsOwnThread();
    void stopDrainsWhateverIsInFlight();
    void cookieRotationWithCallsInFlightDoesNotPause();
    void faultSoakConvergesExactlyWithoutAStorm();
};

void TestSyncEngine::grantsExtensionsAndRevokesConverge()
{
    SyncHarness h;
    AccessChanges changes(h.context());
    QVERIFY(changes
                .apply(request(AccessChanges::Mode::Grant, traders(1, 20), h.sandbox().pine(),
                               Duration::days(30)))
                .ok());
    QVERIFY(h.runUntilIdle());
    QCOMPARE(h.differences(), QStringList());
    QCOMPARE(h.sandbox().state().grantCount(), 20);
    QCOMPARE(h.engine().requestCount(), quint64(20)); // one add each

    QVERIFY(changes
                .apply(request(AccessChanges::Mode::Extend, traders(1, 10), h.sandbox().pine(),
                               Duration::days(7)))
                .ok());
    QVERIFY(changes.apply(request(AccessChanges::Mode::Revoke, traders(11, 15), h.sandbox().pine()))
                .ok());
    QVERIFY(h.runUntilIdle());
    QCOMPARE(h.differences(), QStringList());
    QCOMPARE(h.sandbox().state().grantCount(), 15);
    QCOMPARE(h.count(u"SELECT COUNT(*) FROM sync_queue WHERE state <> 'done'"_s), 0);
    // add -> exists -> modify for the 10 extensions, one remove for each revoke.
    QCOMPARE(h.engine().requestCount(), quint64(20 + 10 * 2 + 5));
    // What the server holds is recorded with the outcome.
    const auto intent =
        AccessStore(h.context()).intentForPair(u"trader00001"_s, h.sandbox().pine()).value();
    QVERIFY(AccessStore(h.context()).byId(intent->accessId)->serverMatchesIntent());
}

void TestSyncEngine::grantThenRevokeBeforeSyncIsOneRemove()
{
    SyncHarness h;
    AccessChanges changes(h.context());
    QVERIFY(changes
                .apply(request(AccessChanges::Mode::Grant, {u"trader00001"_s}, h.sandbox().pine(),
                               Duration::days(30)))
                .ok());
    QVERIFY(
        changes.apply(request(AccessChanges::Mode::Revoke, {u"trader00001"_s}, h.sandbox().pine()))
            .ok());
    QCOMPARE(h.count(u"SELECT COUNT(*) FROM sync_queue"_s), 1);
    QVERIFY(h.runUntilIdle());
    QCOMPARE(h.engine().requestCount(), quint64(1));
    QCOMPARE(h.sandbox().state().grantCount(), 0);
    QCOMPARE(h.differences(), QStringList());
}

void TestSyncEngine::existsIsFollowedByModify()
{
    SyncHarness h;
    // Someone granted by hand on TradingView, with another date.
    h.sandbox()
        .state()
        .script(h.sandbox().pine())
        ->grants.insert(u"trader00002"_s, {h.sandbox().state().nextId(), u"trader00002"_s,
                                           QDateTime::currentDateTimeUtc().addDays(3),
                                           QDateTime::currentDateTimeUtc()});
    QVERIFY(AccessChanges(h.context())
                .apply(request(AccessChanges::Mode::Grant, {u"trader00002"_s}, h.sandbox().pine(),
                               Duration::days(90)))
                .ok());
    QVERIFY(h.runUntilIdle());
    QCOMPARE(h.differences(), QStringList());
    QCOMPARE(h.engine().requestCount(), quint64(2));
    QCOMPARE(h.db_result(), u"modified"_s);
}

void TestSyncEngine::lifetimeRules()
{
    SyncHarness h;
    AccessChanges changes(h.context());
    const QString pine = h.sandbox().pine();
    QVERIFY(changes
                .apply(request(AccessChanges::Mode::Grant, {u"trader00003"_s}, pine,
                               Duration::lifetime()))
                .ok());
    QVERIFY(h.runUntilIdle());
    QVERIFY(!h.sandbox().grant(pine, u"trader00003"_s)->expiration.has_value());
    const auto kept = changes.apply(
        request(AccessChanges::Mode::Extend, {u"trader00003"_s}, pine, Duration::days(30)));
    QCOMPARE(kept->unchanged, 1); // lifetime stays lifetime: nothing queued
    QVERIFY(changes
                .apply(request(AccessChanges::Mode::Extend, {u"trader00003"_s}, pine, {},
                               QDate(2031, 3, 31)))
                .ok());
    QVERIFY(h.runUntilIdle());
    QCOMPARE(*h.sandbox().grant(pine, u"trader00003"_s)->expiration,
             Expiration::endOfDay(QDate(2031, 3, 31)).until());
    QCOMPARE(h.differences(), QStringList());
}

void TestSyncEngine::unknownUsersBecomeDeadRowsWithAReason()
{
    SyncHarness h;
    QVERIFY(AccessChanges(h.context())
                .apply(request(AccessChanges::Mode::Grant, {u"trader00004"_s, u"no_such_trader"_s},
                               h.sandbox().pine(), Duration::days(30)))
                .ok());
    QVERIFY(h.runUntilIdle());
    const auto dead = SyncQueueStore(h.context()).rows(QueueState::Dead, 10).value();
    QCOMPARE(dead.size(), 1);
    QCOMPARE(dead.first().tvUsername, u"no_such_trader"_s);
    QVERIFY(dead.first().lastError.contains(u"does not exist"_s));
    QCOMPARE(dead.first().attempts, 1); // not retried: retrying cannot help
    QVERIFY(h.sandbox().grant(h.sandbox().pine(), u"trader00004"_s));
}

void TestSyncEngine::sessionExpiryPausesAndResumes()
{
    SandboxConfig sandbox;
    sandbox.expireAfterCalls = 7;
    SyncHarness h(sandbox);
    QSignalSpy expired(&h.engine(), &SyncEngine::sessionExpired);
    QVERIFY(AccessChanges(h.context())
                .apply(request(AccessChanges::Mode::Grant, traders(1, 30), h.sandbox().pine(),
                               Duration::days(30)))
                .ok());
    QVERIFY(h.runUntilIdle());
    QVERIFY(expired.count() >= 3);
    QCOMPARE(h.sessionRenewals(), expired.count());
    QCOMPARE(h.differences(), QStringList());
    QCOMPARE(h.count(u"SELECT COUNT(*) FROM sync_queue WHERE state = 'dead'"_s), 0);
    QCOMPARE(h.count(u"SELECT MAX(attempts) FROM sync_queue"_s), 1); // 403s never count
}

void TestSyncEngine::pauseAndCancelKeepTheIntent()
{
    SyncHarness h;
    const auto batch = AccessChanges(h.context())
                           .apply(request(AccessChanges::Mode::Grant, traders(1, 5),
                                          h.sandbox().pine(), Duration::days(30)));
    QVERIFY(SyncQueueStore(h.context()).setBatchPaused(batch->batchId, true).ok());
    QVERIFY(h.runUntilIdle()); // a paused batch leaves nothing due
    QCOMPARE(h.sandbox().state().grantCount(), 0);
    QCOMPARE(SyncQueueStore(h.context()).cancelWaiting(batch->batchId).value(), 5);
    QVERIFY(SyncQueueStore(h.context()).setBatchPaused(batch->batchId, false).ok());
    QVERIFY(h.runUntilIdle());
    QCOMPARE(h.sandbox().state().grantCount(), 0);
    QCOMPARE(h.differences().size(), 5); // the intent still says granted: visible drift
}

void TestSyncEngine::runsOnItsOwnThread()
{
    TestDatabase db;
    SystemClock clock;
    SandboxFixture sandbox({}, 50, 1);
    const StoreContext context{db.database(), clock, u"test"_s};
    QVERIFY(AccessChanges(context)
                .apply(request(AccessChanges::Mode::Grant, traders(1, 10), sandbox.pine(),
                               Duration::days(30)))
                .ok());

    QThread thread;
    auto *engine =
        new SyncEngine(db.database(), clock, sandbox.server().baseUrl(), SyncHarness::fastConfig());
    engine->moveToThread(&thread);
    QObject::connect(&thread, &QThread::finished, engine, &QObject::deleteLater);
    QSignalSpy idle(engine, &SyncEngine::idle);
    QSignalSpy progress(engine, &SyncEngine::batchProgress);
    QSignalSpy states(engine, &SyncEngine::stateChanged);
    thread.start();
    const TvSession session = sandbox.client().session();
    QMetaObject::invokeMethod(
        engine, [engine, session] { engine->start(session); }, Qt::QueuedConnection);
    QVERIFY(idle.wait(30000)); // the sandbox answers on this (test) thread's event loop
    QVERIFY(!progress.isEmpty());
    const auto last = progress.last().first().value<BatchProgress>();
    QCOMPARE(last.done, 10);
    QCOMPARE(last.remaining, 0);
    QVERIFY(!states.isEmpty());
    QCOMPARE(sandbox.state().grantCount(), 10);
    thread.quit();
    QVERIFY(thread.wait(10000));
}

void TestSyncEngine::stopDrainsWhateverIsInFlight()
{
    SandboxConfig sandbox;
    sandbox.latencyMinMs = 20;
    sandbox.latencyMaxMs = 40;
    SyncHarness h(sandbox);
    // Held already: each row needs add, then modify, so stops land between the two calls.
    for (const QString &name : traders(1, 40)) {
        h.sandbox()
            .state()
            .script(h.sandbox().pine())
            ->grants.insert(name, {h.sandbox().state().nextId(), name,
                                   QDateTime::currentDateTimeUtc().addDays(2),
                                   QDateTime::currentDateTimeUtc()});
    }
    QVERIFY(AccessChanges(h.context())
                .apply(request(AccessChanges::Mode::Grant, traders(1, 40), h.sandbox().pine(),
                               Duration::days(30)))
                .ok());
    QSignalSpy stopped(&h.engine(), &SyncEngine::stopped);
    QSignalSpy finished(&h.engine(), &SyncEngine::rowFinished);
    h.engine().start(h.sandbox().client().session());
    QVERIFY(finished.wait(10000));
    h.engine().stop();
    QVERIFY(stopped.count() == 1 || stopped.wait(10000));
    QCOMPARE(stopped.count(), 1);
    QCOMPARE(h.count(u"SELECT COUNT(*) FROM sync_queue WHERE state = 'in_flight'"_s), 0);
    // Nothing was lost: a new engine finishes the job exactly.
    SyncEngine again(h.database(), h.clock(), h.sandbox().server().baseUrl(),
                     SyncHarness::fastConfig());
    QSignalSpy idle(&again, &SyncEngine::idle);
    again.start(h.sandbox().client().session());
    QVERIFY(idle.wait(30000));
    QCOMPARE(h.differences(), QStringList());
}

void TestSyncEngine::cookieRotationWithCallsInFlightDoesNotPause()
{
    SandboxConfig sandbox;
    sandbox.rotateEvery = 3;
    sandbox.latencyMinMs = 5;
    sandbox.latencyMaxMs = 15;
    SyncHarness h(sandbox);
    QSignalSpy rotated(&h.engine(), &SyncEngine::sessionRotated);
    QVERIFY(AccessChanges(h.context())
                .apply(request(AccessChanges::Mode::Grant, traders(1, 60), h.sandbox().pine(),
                               Duration::days(30)))
                .ok());
    QVERIFY(h.runUntilIdle());
    QCOMPARE(h.differences(), QStringList());
    QVERIFY(rotated.count() >= 10);
    QCOMPARE(h.sessionRenewals(), 0); // an adopted cookie is no expiry
}

void TestSyncEngine::faultSoakConvergesExactlyWithoutAStorm()
{
    SandboxConfig sandbox;
    sandbox.failRate = 0.10;
    sandbox.dropRate = 0.05;
    sandbox.writeRate = 150; // tighter than the engine's own pace: 429s must be absorbed
    sandbox.writeBurst = 5;
    sandbox.expireAfterCalls = 300;
    sandbox.users = 1200;
    SyncHarness h(sandbox, SyncHarness::fastConfig(), 1200);
    const QString pine = h.sandbox().pine();
    // Some users already hold grants (exists path), some will be revoked.
    for (const QString &name : traders(801, 1000)) {
        h.sandbox().state().script(pine)->grants.insert(
            name, {h.sandbox().state().nextId(), name, QDateTime::currentDateTimeUtc().addDays(5),
                   QDateTime::currentDateTimeUtc()});
    }
    AccessChanges changes(h.context());
    QVERIFY(
        changes
            .apply(request(AccessChanges::Mode::Grant, traders(1, 600), pine, Duration::days(30)))
            .ok());
    QVERIFY(changes
                .apply(request(AccessChanges::Mode::Grant, traders(601, 800), pine,
                               Duration::lifetime()))
                .ok());
    QVERIFY(
        changes
            .apply(request(AccessChanges::Mode::Grant, traders(801, 900), pine, Duration::days(60)))
            .ok());
    QVERIFY(changes.apply(request(AccessChanges::Mode::Revoke, traders(901, 1000), pine)).ok());
    QCOMPARE(h.count(u"SELECT COUNT(*) FROM sync_queue"_s), 1000);

    const bool idle = h.runUntilIdle(180000);
    if (!idle)
        qInfo("%s", qPrintable(h.engine().diagnostics()));
    QVERIFY(idle);
    QCOMPARE(h.differences(), QStringList());
    QCOMPARE(h.count(u"SELECT COUNT(*) FROM sync_queue WHERE state <> 'done'"_s), 0);
    QVERIFY(h.sessionRenewals() >= 2);
    // No storm: the faults cost retries, but nowhere near a request flood.
    const quint64 requests = h.sandbox().api().counters().requests;
    qInfo("soak: %llu requests for 1000 pairs, %llu throttled, %d session renewals", requests,
          h.sandbox().api().counters().throttled, h.sessionRenewals());
    // About one call per pair, plus the modifies of the exists path (100), plus one retry per
    // fault: 1,600 leaves room for chance, a storm would be many times that.
    QVERIFY2(requests < 1600, qPrintable(QString::number(requests)));
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
