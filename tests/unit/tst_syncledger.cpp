#include "TestDatabase.h"
#include "domain/UsernameList.h"
#include "store/AccessStore.h"
#include "store/ClientStore.h"
#include "store/IndicatorStore.h"
#include "store/Statement.h"
#include "store/SyncLedger.h"
#include "store/SyncQueueStore.h"
#include "sync/AccessChanges.h"

#include <QTest>

using namespace pinedesk;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString pine = u"PUB;0123456789abcdef0123456789abcdef"_s;
const QString pine2 = u"PUB;fedcba9876543210fedcba9876543210"_s;

} // namespace

// The engine's side of the queue and the intent writer, without a network.
class TestSyncLedger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void claimTakesDueRowsOncePerPair();
    void pausedBatchesAndFutureRowsWait();
    void finishRecordsOutcomeAndServerState();
    void retryIsSupersededByAWaitingRow();
    void crashRecovery();
    void cancelAndRetryDead();
    void usernameListParsing();
    void grantExtendRevokeArithmetic();
    void grantCreatesClientsAndIndicators();

private:
    qint64 grantUser(const QString &name, int days);
    std::unique_ptr<test::TestDatabase> m_db;
};

void TestSyncLedger::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
}

qint64 TestSyncLedger::grantUser(const QString &name, int days)
{
    AccessChanges::Request r;
    r.usernames = {name};
    r.pineIds = {pine};
    r.duration = Duration::days(days);
    const auto s = AccessChanges(m_db->context()).apply(r);
    return s ? s->batchId : -1;
}

void TestSyncLedger::claimTakesDueRowsOncePerPair()
{
    grantUser(u"alice"_s, 7);
    grantUser(u"bob"_s, 7);
    SyncLedger ledger(m_db->context());
    const auto first = ledger.claimNext();
    QVERIFY(first.ok() && first.value());
    QCOMPARE(first.value()->tvUsername, u"alice"_s);
    QCOMPARE(first.value()->attempts, 1);
    // alice changes again while in flight: a second row waits but may not run concurrently.
    grantUser(u"alice"_s, 30);
    const auto second = ledger.claimNext();
    QCOMPARE(second.value()->tvUsername, u"bob"_s);
    QVERIFY(!ledger.claimNext().value().has_value());
    QVERIFY(ledger.finishDone(first.value()->id, u"added"_s, std::nullopt).ok());
    QCOMPARE(ledger.claimNext().value()->tvUsername, u"alice"_s); // now it may
}

void TestSyncLedger::pausedBatchesAndFutureRowsWait()
{
    const qint64 batch = grantUser(u"alice"_s, 7);
    SyncQueueStore queue(m_db->context());
    SyncLedger ledger(m_db->context());
    QVERIFY(queue.setBatchPaused(batch, true).ok());
    QVERIFY(!ledger.claimNext().value().has_value());
    QVERIFY(!ledger.nextDue().value().has_value());
    QVERIFY(queue.setBatchPaused(batch, false).ok());
    const auto row = ledger.claimNext().value();
    QVERIFY(row);
    QVERIFY(ledger.finishRetry(row->id, m_db->clock().nowUtc().addSecs(60), u"boom"_s, true).ok());
    QVERIFY(!ledger.claimNext().value().has_value());
    QCOMPARE(*ledger.nextDue().value(), m_db->clock().nowUtc().addSecs(60));
    m_db->clock().advanceSeconds(61);
    const auto again = ledger.claimNext().value();
    QVERIFY(again);
    QCOMPARE(again->attempts, 2);
    QCOMPARE(again->lastError, u"boom"_s);
    QVERIFY(
        ledger.finishRetry(again->id, m_db->clock().nowUtc().addSecs(60), u"boom"_s, true).ok());
    grantUser(u"alice"_s, 90); // a new change joins the waiting row with fresh attempts
    QCOMPARE(SyncQueueStore(m_db->context()).byId(again->id).value()->attempts, 0);
}

void TestSyncLedger::finishRecordsOutcomeAndServerState()
{
    grantUser(u"alice"_s, 7);
    SyncLedger ledger(m_db->context());
    const auto row = ledger.claimNext().value();
    const auto intent = AccessStore(m_db->context()).intentForPair(u"ALICE"_s, pine).value();
    QVERIFY(intent);
    QVERIFY(ledger
                .finishDone(row->id, u"added"_s,
                            ServerObservation{intent->accessId, true, intent->expiration})
                .ok());
    QCOMPARE(m_db->scalar(u"SELECT result FROM sync_queue"_s).toString(), u"added"_s);
    QVERIFY(!m_db->scalar(u"SELECT finished_at FROM sync_queue"_s).isNull());
    QVERIFY(AccessStore(m_db->context()).byId(intent->accessId)->serverMatchesIntent());

    grantUser(u"bob"_s, 7);
    const auto dead = ledger.claimNext().value();
    QVERIFY(ledger.finishDead(dead->id, u"no such user"_s).ok());
    QCOMPARE(SyncQueueStore(m_db->context()).rows(QueueState::Dead, 10)->first().lastError,
             u"no such user"_s);
}

void TestSyncLedger::retryIsSupersededByAWaitingRow()
{
    grantUser(u"alice"_s, 7);
    SyncLedger ledger(m_db->context());
    const auto row = ledger.claimNext().value();
    grantUser(u"alice"_s, 30); // waits behind the in-flight row
    QVERIFY(ledger.finishRetry(row->id, m_db->clock().nowUtc(), u"5xx"_s, true).ok());
    QCOMPARE(SyncQueueStore(m_db->context()).byId(row->id).value()->state, QueueState::Done);
    QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM sync_queue WHERE state = 'pending'"_s).toInt(), 1);
}

void TestSyncLedger::crashRecovery()
{
    grantUser(u"alice"_s, 7);
    grantUser(u"bob"_s, 7);
    SyncLedger ledger(m_db->context());
    const auto a = ledger.claimNext().value();
    const auto b = ledger.claimNext().value();
    QVERIFY(a && b);
    grantUser(u"bob"_s, 30); // bob also has a waiting row: the in-flight one is superseded
    QCOMPARE(ledger.recoverInterrupted().value(), 1);
    QCOMPARE(SyncQueueStore(m_db->context()).byId(a->id).value()->state, QueueState::Pending);
    QCOMPARE(SyncQueueStore(m_db->context()).byId(b->id).value()->state, QueueState::Done);
    QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM sync_queue WHERE state IN ('pending', 'retry')"_s)
                 .toInt(),
             2);
}

void TestSyncLedger::cancelAndRetryDead()
{
    const qint64 batch = grantUser(u"alice"_s, 7);
    grantUser(u"bob"_s, 7);
    SyncQueueStore queue(m_db->context());
    QCOMPARE(queue.cancelWaiting(batch).value(), 1);
    QCOMPARE(queue.countsByState()->value(QueueState::Cancelled), 1);
    // The intent is untouched by a cancel.
    QCOMPARE(AccessStore(m_db->context()).intentForPair(u"alice"_s, pine).value()->intent,
             IntendedState::Granted);
    SyncLedger ledger(m_db->context());
    const auto row = ledger.claimNext().value();
    QVERIFY(ledger.finishDead(row->id, u"x"_s).ok());
    QCOMPARE(queue.retryDead(std::nullopt).value(), 1);
    QCOMPARE(queue.byId(row->id).value()->state, QueueState::Pending);
    QCOMPARE(queue.byId(row->id).value()->attempts, 0);
    // Two dead rows of one pair: only the newest comes back.
    const auto first = ledger.claimNext().value();
    QVERIFY(ledger.finishDead(first->id, u"x"_s).ok());
    grantUser(u"bob"_s, 30);
    const auto second = ledger.claimNext().value();
    QCOMPARE(second->tvUsername, first->tvUsername);
    QVERIFY(ledger.finishDead(second->id, u"y"_s).ok());
    QCOMPARE(queue.retryDead(std::nullopt).value(), 1);
    QCOMPARE(queue.byId(first->id).value()->state, QueueState::Done);
    QCOMPARE(queue.byId(second->id).value()->state, QueueState::Pending);
}

void TestSyncLedger::usernameListParsing()
{
    const UsernameList list =
        UsernameList::parse(u"@alice, bob;carol\n\n  dave\tALICE @ bad!name e@f.com"_s);
    QCOMPARE(list.usernames, (QStringList{u"alice"_s, u"bob"_s, u"carol"_s, u"dave"_s}));
    QCOMPARE(list.duplicates, 1);
    QCOMPARE(list.rejected.size(), 2);
    QVERIFY(list.rejected.first().startsWith(u"bad!name: "_s));
}

void TestSyncLedger::grantExtendRevokeArithmetic()
{
    const QDateTime now = m_db->clock().nowUtc();
    grantUser(u"alice"_s, 30);
    auto expiry = [&] {
        return AccessStore(m_db->context()).intentForPair(u"alice"_s, pine).value()->expiration;
    };
    QCOMPARE(expiry().until(), now.addDays(30));
    grantUser(u"alice"_s, 7); // a shorter grant never shortens
    QCOMPARE(expiry().until(), now.addDays(30));
    AccessChanges::Request extend;
    extend.mode = AccessChanges::Mode::Extend;
    extend.usernames = {u"alice"_s};
    extend.pineIds = {pine};
    extend.duration = Duration::days(7);
    const auto s = AccessChanges(m_db->context()).apply(extend);
    QCOMPARE(s->queued, 1);
    QCOMPARE(expiry().until(), now.addDays(37)); // from the current end
    extend.duration = Duration::lifetime();
    QVERIFY(AccessChanges(m_db->context()).apply(extend));
    QVERIFY(expiry().isLifetime());
    extend.duration = Duration::days(7);
    const auto kept = AccessChanges(m_db->context()).apply(extend);
    QCOMPARE(kept->unchanged, 1); // lifetime stays lifetime
    extend.duration.reset();
    extend.until = QDate(2030, 1, 31);
    QVERIFY(AccessChanges(m_db->context()).apply(extend)); // an explicit date replaces lifetime
    QCOMPARE(expiry(), Expiration::endOfDay(QDate(2030, 1, 31)));
    AccessChanges::Request revoke;
    revoke.mode = AccessChanges::Mode::Revoke;
    revoke.usernames = {u"alice"_s};
    revoke.pineIds = {pine};
    QCOMPARE(AccessChanges(m_db->context()).apply(revoke)->queued, 1);
    QCOMPARE(AccessStore(m_db->context()).intentForPair(u"alice"_s, pine).value()->intent,
             IntendedState::Revoked);
}

void TestSyncLedger::grantCreatesClientsAndIndicators()
{
    AccessChanges::Request r;
    r.usernames = {u"alice"_s, u"bob"_s};
    r.pineIds = {pine, pine2};
    r.duration = Duration::days(30);
    r.indicatorNames = {{pine, u"Order Blocks"_s}};
    const auto s = AccessChanges(m_db->context()).apply(r);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message()));
    QCOMPARE(s->queued, 4);
    QCOMPARE(s->clientsCreated, 2);
    QCOMPARE(s->indicatorsCreated, 2);
    QCOMPARE(IndicatorStore(m_db->context()).byPineId(pine)->name, u"Order Blocks"_s);
    QCOMPARE(IndicatorStore(m_db->context()).byPineId(pine2)->name, pine2);
    QCOMPARE(SyncQueueStore(m_db->context()).countsByState(s->batchId)->value(QueueState::Pending),
             4);
    const auto again = AccessChanges(m_db->context()).apply(r);
    QCOMPARE(again->unchanged, 4);
    QCOMPARE(again->clientsCreated, 0);
    // Bad input refuses the whole request: nothing half-written.
    AccessChanges::Request bad = r;
    bad.pineIds = {u"PUB;nope"_s};
    QVERIFY(!AccessChanges(m_db->context()).apply(bad).ok());
    QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM sync_batches"_s).toInt(), 2);
}

QTEST_GUILESS_MAIN(TestSyncLedger)
#include "tst_syncledger.moc"
