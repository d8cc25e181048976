#include "TestDatabase.h"
#include "store/DatabaseTarget.h"
#include "store/QueueLeaseStore.h"
#include "store/Statement.h"
#include "store/SyncLedger.h"
#include "store/SyncQueueStore.h"
#include "sync/AccessChanges.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTest>

#include <memory>

using namespace pinedesk;
using namespace pinedesk::test;
using namespace Qt::Literals::StringLiterals;

// The queue lease: one owner at a time, who is told to the others; a stale or dead owner is
// taken over; a taken-over owner's claims and outcomes are fenced off.
class TestQueueLease : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstComerHoldsAndOthersSeeWho();
    void heartbeatKeepsItAndReleaseFreesIt();
    void staleHeartbeatIsTakenOver();
    void holderWhoseConnectionEndedIsTakenOverAtOnce();
    void deadProcessOnThisHostIsTakenOverAtOnce();
    void takenOverOwnerIsFencedOff();

private:
    // Another desktop on the same database: its own connections (its own sessions on a team
    // database), gone when it is destroyed.
    static std::unique_ptr<Database> anotherDesktop(const TestDatabase &db);
    static LeaseHolder holder(const QString &id, qint64 pid = QCoreApplication::applicationPid());
    static constexpr double stale = 20;
};

LeaseHolder TestQueueLease::holder(const QString &id, qint64 pid)
{
    LeaseHolder h;
    h.ownerId = id;
    h.kind = u"sync"_s;
    h.pid = pid;
    h.host = QueueLeaseStore::thisHost();
    return h;
}

std::unique_ptr<Database> TestQueueLease::anotherDesktop(const TestDatabase &db)
{
    const auto target = DatabaseTarget::parse(db.path());
    if (!target)
        return nullptr;
    auto other = std::make_unique<Database>(*target);
    if (!other->open())
        return nullptr;
    return other;
}

void TestQueueLease::firstComerHoldsAndOthersSeeWho()
{
    TestDatabase db;
    QueueLeaseStore lease(db.context());
    const auto none = lease.holder();
    QVERIFY(none && !none->has_value());
    const auto first = lease.tryAcquire(holder(u"a"_s), stale);
    QVERIFY(first && first->acquired && !first->other);
    const auto again = lease.tryAcquire(holder(u"a"_s), stale); // the owner itself: still ours
    QVERIFY(again && again->acquired);
    LeaseHolder gui = holder(u"b"_s);
    gui.kind = u"gui"_s;
    const auto second = lease.tryAcquire(gui, stale);
    QVERIFY(second);
    QVERIFY(!second->acquired);
    QCOMPARE(second->other->ownerId, u"a"_s);
    QCOMPARE(second->other->kind, u"sync"_s);
    QCOMPARE(second->other->pid, QCoreApplication::applicationPid());
    QCOMPARE(second->other->heartbeatAt, db.clock().nowUtc());
}

void TestQueueLease::heartbeatKeepsItAndReleaseFreesIt()
{
    TestDatabase db;
    QueueLeaseStore lease(db.context());
    QVERIFY(lease.tryAcquire(holder(u"a"_s), stale)->acquired);
    for (int i = 0; i < 10; ++i) {
        db.clock().advanceSeconds(15); // longer than the stale limit in all, renewed each time
        QCOMPARE(lease.renew(u"a"_s).value(), true);
        QVERIFY(!lease.tryAcquire(holder(u"b"_s), stale)->acquired);
    }
    QCOMPARE(lease.renew(u"b"_s).value(), false); // not b's to renew
    QVERIFY(lease.release(u"b"_s));               // nor to release
    QVERIFY(!lease.tryAcquire(holder(u"b"_s), stale)->acquired);
    QVERIFY(lease.release(u"a"_s));
    const auto taken = lease.tryAcquire(holder(u"b"_s), stale);
    QVERIFY(taken->acquired);
    QVERIFY(!taken->other); // released, not taken over
}

void TestQueueLease::staleHeartbeatIsTakenOver()
{
    TestDatabase db;
    auto desktop = anotherDesktop(db);
    QVERIFY(desktop);
    QueueLeaseStore remoteLease(StoreContext{*desktop, db.clock(), u"remote"_s});
    LeaseHolder remote = holder(u"a"_s, 4242);
    remote.host = u"another-host"_s; // its process cannot be checked from here
    QVERIFY(remoteLease.tryAcquire(remote, stale)->acquired);
    QueueLeaseStore lease(db.context());
    db.clock().advanceSeconds(20);
    QVERIFY(!lease.tryAcquire(holder(u"b"_s), stale)->acquired); // exactly at the limit: alive
    db.clock().advanceSeconds(1);
    const auto taken = lease.tryAcquire(holder(u"b"_s), stale);
    if (db.isPostgresql()) {
        // On a team database the advisory lock decides: a desktop still connected keeps the
        // lease, however late its heartbeat (it may be busy; two owners would be worse).
        QVERIFY(taken && !taken->acquired);
        QCOMPARE(taken->other->ownerId, u"a"_s);
        return;
    }
    QVERIFY(taken->acquired);
    QCOMPARE(taken->other->ownerId, u"a"_s);
    QCOMPARE(taken->other->host, u"another-host"_s);
    QCOMPARE(remoteLease.renew(u"a"_s).value(), false); // the old owner learns it at its next beat
}

void TestQueueLease::holderWhoseConnectionEndedIsTakenOverAtOnce()
{
    TestDatabase db;
    auto desktop = anotherDesktop(db);
    QVERIFY(desktop);
    LeaseHolder remote = holder(u"a"_s, 4242);
    remote.host = u"another-host"_s;
    QVERIFY(QueueLeaseStore(StoreContext{*desktop, db.clock(), u"remote"_s})
                .tryAcquire(remote, stale)
                ->acquired);
    QueueLeaseStore lease(db.context());
    QVERIFY(!lease.tryAcquire(holder(u"b"_s), stale)->acquired);
    // The desktop goes away without releasing (a crash, a cable): its heartbeat is fresh.
    desktop.reset();
    auto taken = lease.tryAcquire(holder(u"b"_s), stale);
    QVERIFY(taken);
    if (db.isPostgresql()) {
        // The server ends the closed session (and frees its lock) a moment after the close.
        QVERIFY(QTest::qWaitFor(
            [&] {
                taken = lease.tryAcquire(holder(u"b"_s), stale);
                return taken && taken->acquired;
            },
            10000));
    }
    if (!db.isPostgresql()) {
        // A file has no sessions: only the heartbeat's age tells, once it is stale.
        QVERIFY(!taken->acquired);
        db.clock().advanceSeconds(stale + 1);
        const auto later = lease.tryAcquire(holder(u"b"_s), stale);
        QVERIFY(later && later->acquired);
        QCOMPARE(later->other->ownerId, u"a"_s);
        return;
    }
    QVERIFY(taken->acquired);
    QCOMPARE(taken->other->ownerId, u"a"_s);
    QCOMPARE(lease.renew(u"b"_s).value(), true);
}

void TestQueueLease::deadProcessOnThisHostIsTakenOverAtOnce()
{
    // A process that surely ended: started, waited for.
    QProcess gone;
    gone.start(u"true"_s, {});
    QVERIFY(gone.waitForFinished());
    const qint64 deadPid = gone.processId() > 0 ? gone.processId() : 0;
    TestDatabase db;
    QueueLeaseStore lease(db.context());
    LeaseHolder crashed = holder(u"a"_s, deadPid > 0 ? deadPid : 999999);
    QVERIFY(lease.tryAcquire(crashed, stale)->acquired);
    const auto taken = lease.tryAcquire(holder(u"b"_s), stale);
    QVERIFY(taken->acquired);
    QCOMPARE(taken->other->ownerId, u"a"_s);
}

void TestQueueLease::takenOverOwnerIsFencedOff()
{
    TestDatabase db;
    AccessChanges::Request r;
    r.usernames = {u"alice"_s, u"bob"_s};
    r.pineIds = {u"PUB;0123456789abcdef0123456789abcdef"_s};
    r.duration = Duration::days(30);
    QVERIFY(AccessChanges(db.context()).apply(r));
    auto desktop = anotherDesktop(db);
    QVERIFY(desktop);
    LeaseHolder remote = holder(u"a"_s, 4242);
    remote.host = u"another-host"_s;
    QVERIFY(QueueLeaseStore(StoreContext{*desktop, db.clock(), u"remote"_s})
                .tryAcquire(remote, stale)
                ->acquired);
    SyncLedger oldOwner(db.context(), u"a"_s);
    const auto claimed = oldOwner.claimNext();
    QVERIFY(claimed && claimed->has_value());
    const qint64 rowId = claimed->value().id;

    // Gone silent: stale on a file, disconnected on a team database (whose server ends the
    // session a moment after the close).
    db.clock().advanceSeconds(60);
    desktop.reset();
    QueueLeaseStore lease(db.context());
    QVERIFY(QTest::qWaitFor(
        [&] {
            const auto taken = lease.tryAcquire(holder(u"b"_s), stale);
            return taken && taken->acquired;
        },
        10000));
    SyncLedger newOwner(db.context(), u"b"_s);
    QCOMPARE(newOwner.recoverInterrupted().value(), 1);

    // The old owner's answer arrives late: it is refused, and says why.
    const Status late = oldOwner.finishDone(rowId, u"added"_s, std::nullopt);
    QVERIFY(!late);
    QCOMPARE(late.error().kind(), SyncLedger::leaseLostKind);
    const auto notClaimed = oldOwner.claimNext();
    QVERIFY(!notClaimed);
    QCOMPARE(notClaimed.error().kind(), SyncLedger::leaseLostKind);
    QCOMPARE(SyncQueueStore(db.context()).byId(rowId).value()->state, QueueState::Pending);
    // The new owner runs it.
    const auto mine = newOwner.claimNext();
    QVERIFY(mine && mine->has_value());
    QVERIFY(newOwner.finishDone(mine->value().id, u"added"_s, std::nullopt));
}

QTEST_GUILESS_MAIN(TestQueueLease)
#include "tst_queuelease.moc"
