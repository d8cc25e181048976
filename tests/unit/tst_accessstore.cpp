#include "TestDatabase.h"
#include "domain/ExpiryCalculator.h"
#include "store/AccessStore.h"
#include "store/AuditLog.h"
#include "store/ClientStore.h"
#include "store/IndicatorStore.h"
#include "store/Statement.h"
#include "store/SyncQueueStore.h"

#include <QTest>

using namespace pinedesk;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString pine = u"PUB;0123456789abcdef0123456789abcdef"_s;

} // namespace

// The intent -> outbox flow: every change of intent writes the access, one waiting queue row for
// the (username, pine id) pair and an audit line, all in one transaction.
class TestAccessStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void grantWritesIntentQueueAndAuditTogether();
    void changesBeforeSyncJoinTheWaitingRow();
    void grantThenRevokeLeavesOneRowAndRevokedIntent();
    void changeWhileInFlightQueuesANewRow();
    void extensionKeepsStartRegrantRestarts();
    void clientWithoutUsernameCannotBeGranted();
    void revokeWithoutAccessRecordsTheIntent();
    void failedEnqueueLeavesNothingBehind();
    void serverStateIsRecorded();
    void expiringBetweenIsOrderedAndBounded();
    void clientWithAccessesCannotBeDeleted();

private:
    qint64 grant(const Expiration &e, std::optional<qint64> batch = std::nullopt);
    std::unique_ptr<test::TestDatabase> m_db;
    qint64 m_client = 0;
    qint64 m_indicator = 0;
};

void TestAccessStore::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
    m_client = ClientStore(m_db->context()).create({0, u"TraderJoe"_s}).value();
    Indicator i;
    i.name = u"Order Blocks"_s;
    i.pineId = pine;
    m_indicator = IndicatorStore(m_db->context()).create(i).value();
}

qint64 TestAccessStore::grant(const Expiration &e, std::optional<qint64> batch)
{
    AccessStore::Grant g;
    g.clientId = m_client;
    g.indicatorId = m_indicator;
    g.expiration = e;
    g.batchId = batch;
    const auto id = AccessStore(m_db->context()).grant(g);
    return id.ok() ? *id : -1;
}

void TestAccessStore::grantWritesIntentQueueAndAuditTogether()
{
    const Expiration until = ExpiryCalculator(m_db->clock()).fromNow(Duration::days(30));
    const qint64 id = grant(until);
    QVERIFY(id > 0);
    const auto a = AccessStore(m_db->context()).byId(id);
    QCOMPARE(a->intent, IntendedState::Granted);
    QCOMPARE(a->expiration, until);
    QCOMPARE(a->startsAt, m_db->clock().nowUtc());
    QVERIFY(!a->serverKnown);

    const auto row = SyncQueueStore(m_db->context()).latestForPair(u"TraderJoe"_s, pine).value();
    QVERIFY(row);
    QCOMPARE(row->state, QueueState::Pending);
    QCOMPARE(row->nextAttemptAt, m_db->clock().nowUtc());
    const auto audit = AuditLog(m_db->context()).forEntity(u"access"_s, id);
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit[0].action, u"access.granted"_s);
    QCOMPARE(audit[0].details[u"pine_id"_s].toString(), pine);
    QCOMPARE(audit[0].details[u"to"_s].toString(), u"2026-04-14T10:00:00.000Z"_s);
}

void TestAccessStore::changesBeforeSyncJoinTheWaitingRow()
{
    SyncQueueStore queue(m_db->context());
    const qint64 batch1 = queue.createBatch(u"first"_s).value();
    const qint64 batch2 = queue.createBatch(u"second"_s).value();
    grant(Expiration::at(m_db->clock().nowUtc().addDays(7)), batch1);
    m_db->clock().advanceSeconds(60);
    grant(Expiration::at(m_db->clock().nowUtc().addDays(30)), batch2);
    grant(Expiration::lifetime());
    QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM sync_queue"_s).toInt(), 1);
    const auto row = queue.latestForPair(u"traderjoe"_s, pine).value(); // any case finds the pair
    QCOMPARE(row->batchId, std::optional<qint64>(batch2)); // newest batch owns it; none kept it
    QCOMPARE(row->nextAttemptAt, m_db->clock().nowUtc());
    QCOMPARE(queue.countsByState()->value(QueueState::Pending), 1);
    QCOMPARE(queue.countsByState(batch1)->value(QueueState::Pending), 0);
    QVERIFY(AccessStore(m_db->context()).forPair(m_client, m_indicator)->expiration.isLifetime());
}

void TestAccessStore::grantThenRevokeLeavesOneRowAndRevokedIntent()
{
    grant(Expiration::at(m_db->clock().nowUtc().addDays(7)));
    QVERIFY(AccessStore(m_db->context()).revoke(m_client, m_indicator, std::nullopt).ok());
    QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM sync_queue"_s).toInt(), 1);
    QCOMPARE(AccessStore(m_db->context()).forPair(m_client, m_indicator)->intent,
             IntendedState::Revoked);
    const auto audit = AuditLog(m_db->context()).recent(1);
    QCOMPARE(audit[0].action, u"access.revoked"_s);
    QCOMPARE(audit[0].details[u"from_state"_s].toString(), u"granted"_s);
}

void TestAccessStore::changeWhileInFlightQueuesANewRow()
{
    grant(Expiration::at(m_db->clock().nowUtc().addDays(7)));
    QVERIFY(Statement(m_db->database().connection(), u"UPDATE sync_queue SET state = 'in_flight'"_s)
                .exec()
                .ok());
    QVERIFY(AccessStore(m_db->context()).revoke(m_client, m_indicator, std::nullopt).ok());
    QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM sync_queue"_s).toInt(), 2);
    QCOMPARE(SyncQueueStore(m_db->context()).latestForPair(u"TraderJoe"_s, pine).value()->state,
             QueueState::Pending);
}

void TestAccessStore::extensionKeepsStartRegrantRestarts()
{
    const QDateTime start = m_db->clock().nowUtc();
    grant(Expiration::at(start.addDays(30)));
    m_db->clock().advanceSeconds(10 * 86400);
    const qint64 id = grant(Expiration::at(start.addDays(60)));
    QCOMPARE(AccessStore(m_db->context()).byId(id)->startsAt, start);
    QCOMPARE(AuditLog(m_db->context()).recent(1)[0].action, u"access.extended"_s);

    m_db->clock().advanceSeconds(90 * 86400); // long expired
    grant(Expiration::at(m_db->clock().nowUtc().addDays(7)));
    QCOMPARE(AccessStore(m_db->context()).byId(id)->startsAt, m_db->clock().nowUtc());
    QCOMPARE(AuditLog(m_db->context()).recent(1)[0].action, u"access.granted"_s);
    QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM accesses"_s).toInt(), 1); // one row per pair
}

void TestAccessStore::clientWithoutUsernameCannotBeGranted()
{
    const qint64 emailOnly =
        ClientStore(m_db->context()).create({0, QString(), u"x@y.io"_s}).value();
    AccessStore::Grant g;
    g.clientId = emailOnly;
    g.indicatorId = m_indicator;
    const auto r = AccessStore(m_db->context()).grant(g);
    QVERIFY(!r.ok());
    QVERIFY(r.error().message().contains(u"no TradingView username"_s));
    QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM accesses"_s).toInt(), 0);
    QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM sync_queue"_s).toInt(), 0);
}

void TestAccessStore::revokeWithoutAccessRecordsTheIntent()
{
    const Status s = AccessStore(m_db->context()).revoke(m_client, m_indicator, std::nullopt);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    const auto a = AccessStore(m_db->context()).forPair(m_client, m_indicator);
    QVERIFY(a);
    QCOMPARE(a->intent, IntendedState::Revoked);
    QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM sync_queue"_s).toInt(), 1);
    QCOMPARE(AuditLog(m_db->context()).recent(1)[0].action, u"access.revoked"_s);
}

void TestAccessStore::failedEnqueueLeavesNothingBehind()
{
    const int auditBefore = m_db->scalar(u"SELECT COUNT(*) FROM audit_log"_s).toInt();
    QVERIFY(Statement::runFixed(m_db->database().connection(),
                                u"ALTER TABLE sync_queue RENAME TO sync_queue_gone"_s)
                .ok());
    QCOMPARE(grant(Expiration::lifetime()), -1);
    QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM accesses"_s).toInt(), 0);
    QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM audit_log"_s).toInt(), auditBefore);
}

void TestAccessStore::serverStateIsRecorded()
{
    const Expiration until = Expiration::at(m_db->clock().nowUtc().addDays(30));
    const qint64 id = grant(until);
    AccessStore store(m_db->context());
    QVERIFY(store.recordServerState(id, true, until).ok());
    auto a = store.byId(id);
    QVERIFY(a->serverKnown);
    QVERIFY(a->serverMatchesIntent());
    QCOMPARE(a->syncedAt, m_db->clock().nowUtc());
    QVERIFY(store.recordServerState(id, true, Expiration::lifetime()).ok());
    QVERIFY(!store.byId(id)->serverMatchesIntent());
    QVERIFY(store.revoke(m_client, m_indicator, std::nullopt).ok());
    QVERIFY(store.recordServerState(id, false, Expiration::lifetime()).ok());
    QVERIFY(store.byId(id)->serverMatchesIntent());
}

void TestAccessStore::expiringBetweenIsOrderedAndBounded()
{
    ClientStore clients(m_db->context());
    AccessStore store(m_db->context());
    const QDateTime now = m_db->clock().nowUtc();
    for (int day : {5, 1, 3, 10}) {
        const qint64 c = clients.create({0, u"user%1"_s.arg(day)}).value();
        AccessStore::Grant g;
        g.clientId = c;
        g.indicatorId = m_indicator;
        g.expiration = Expiration::at(now.addDays(day));
        QVERIFY(store.grant(g).ok());
    }
    const auto list = store.expiringBetween(now, now.addDays(7), 10);
    QCOMPARE(list.size(), 3);
    QCOMPARE(list[0].expiration.until(), now.addDays(1));
    QCOMPARE(list[2].expiration.until(), now.addDays(5));
    QCOMPARE(store.expiringBetween(now, now.addDays(7), 2).size(), 2);
}

void TestAccessStore::clientWithAccessesCannotBeDeleted()
{
    grant(Expiration::lifetime());
    const Status s = ClientStore(m_db->context()).remove(m_client);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message().contains(u"Set the client Inactive"_s),
             qPrintable(s.error().message()));
    QVERIFY(ClientStore(m_db->context()).byId(m_client));
}

QTEST_GUILESS_MAIN(TestAccessStore)
#include "tst_accessstore.moc"
