#include "TestDatabase.h"
#include "store/AccessStore.h"
#include "store/ClientStore.h"
#include "store/IndicatorStore.h"
#include "store/PlanStore.h"
#include "sync/AccessChanges.h"
#include "sync/AccessSelection.h"
#include "sync/PlanChange.h"

#include <QTest>

using namespace pinedesk;
using namespace pinedesk::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QString pine(char c)
{
    return u"PUB;"_s + QString(32, QChar::fromLatin1(c));
}

Expiration at(const QString &iso)
{
    return Expiration::at(TestDatabase::at(iso));
}

QStringList names(const QList<PlanChange::Item> &items)
{
    QStringList list;
    for (const auto &i : items)
        list.append(i.indicatorName);
    return list;
}

} // namespace

// Changing the plan of selected clients: the diff (grants, extensions, revokes, lifetime
// holders) and its queueing through AccessChanges; and the grouping of a table selection into
// AccessChanges requests.
class TestPlanChange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void diffOfOverlappingPlans();
    void lifetimeHoldersAreFlagged();
    void applyQueuesExactlyTheDiff();
    void renewingTheSamePlanExtends();
    void unknownPlanIsRefused();
    void selectionPairsBecomeFewRequests();
    void selectionLoadsInOrderAndSkipsMissing();
    void selectionExtendKeepsLifetime();
    void selectionIsAllOrNothing();
    void extendingKeepsOriginAndPlan();

private:
    qint64 grant(const QString &client, char indicator, const Expiration &until,
                 std::optional<qint64> plan);
    QList<SelectedAccess> select(const QList<qint64> &ids);
    std::optional<Access> access(const QString &client, char indicator);

    std::unique_ptr<TestDatabase> m_db;
    QHash<char, qint64> m_indicator;
    QHash<QString, qint64> m_client;
    qint64 m_basic = 0; // A, B for 30 days
    qint64 m_pro = 0;   // B, C, D for 90 days
    QList<qint64> m_selected;
};

qint64 TestPlanChange::grant(const QString &client, char indicator, const Expiration &until,
                             std::optional<qint64> plan)
{
    if (!m_client.contains(client))
        m_client[client] = ClientStore(m_db->context()).create({0, client}).value();
    AccessStore::Grant g;
    g.clientId = m_client[client];
    g.indicatorId = m_indicator[indicator];
    g.expiration = until;
    g.planId = plan;
    g.origin = plan ? AccessOrigin::Plan : AccessOrigin::Manual;
    return AccessStore(m_db->context()).grant(g).value();
}

QList<SelectedAccess> TestPlanChange::select(const QList<qint64> &ids)
{
    return AccessSelection(m_db->context()).load(ids).value();
}

std::optional<Access> TestPlanChange::access(const QString &client, char indicator)
{
    return AccessStore(m_db->context()).forPair(m_client[client], m_indicator[indicator]);
}

void TestPlanChange::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
    m_indicator.clear();
    m_client.clear();
    m_selected.clear();
    for (char c : {'A', 'B', 'C', 'D'}) {
        Indicator i;
        i.name = u"Indicator "_s + QChar::fromLatin1(c);
        i.pineId = pine(char(c - 'A' + 'a'));
        m_indicator[c] = IndicatorStore(m_db->context()).create(i).value();
    }
    Plan basic;
    basic.name = u"Basic"_s;
    basic.duration = Duration::days(30);
    basic.price = Money(2900, u"USD"_s);
    basic.indicatorIds = {m_indicator['A'], m_indicator['B']};
    m_basic = PlanStore(m_db->context()).create(basic).value();
    Plan pro;
    pro.name = u"Pro"_s;
    pro.duration = Duration::days(90);
    pro.price = Money(9900, u"USD"_s);
    pro.indicatorIds = {m_indicator['B'], m_indicator['C'], m_indicator['D']};
    m_pro = PlanStore(m_db->context()).create(pro).value();

    // alice: a plain Basic subscriber (both rows selected).
    m_selected << grant(u"alice"_s, 'A', at(u"2026-04-01T00:00:00.000"_s), m_basic)
               << grant(u"alice"_s, 'B', at(u"2026-04-01T00:00:00.000"_s), m_basic);
    // bruno: Basic with A for life, plus C by hand; only his A row is selected.
    m_selected << grant(u"bruno"_s, 'A', Expiration::lifetime(), m_basic);
    grant(u"bruno"_s, 'B', at(u"2026-03-20T00:00:00.000"_s), m_basic);
    grant(u"bruno"_s, 'C', at(u"2026-05-01T00:00:00.000"_s), std::nullopt);
    // chen: Basic, A lapsed, B for life.
    m_selected << grant(u"chen"_s, 'A', at(u"2026-03-01T00:00:00.000"_s), m_basic)
               << grant(u"chen"_s, 'B', Expiration::lifetime(), m_basic);
    // dora: a lapsed manual D, no plan.
    m_selected << grant(u"dora"_s, 'D', at(u"2026-02-01T00:00:00.000"_s), std::nullopt);
}

void TestPlanChange::diffOfOverlappingPlans()
{
    const auto diff = PlanChange(m_db->context()).compute(select(m_selected), m_pro);
    QVERIFY2(diff.ok(), qPrintable(diff.ok() ? QString() : diff.error().message()));
    QCOMPARE(diff->target.name, u"Pro"_s);
    QCOMPARE(diff->clients.size(), 4);
    const auto &alice = diff->clients[0];
    QCOMPARE(alice.tvUsername, u"alice"_s);
    QCOMPARE(alice.fromPlans, QStringList{u"Basic"_s});
    QCOMPARE(names(alice.grants), (QStringList{u"Indicator C"_s, u"Indicator D"_s}));
    QCOMPARE(names(alice.extensions), QStringList{u"Indicator B"_s});
    QCOMPARE(names(alice.revokes), QStringList{u"Indicator A"_s});
    QVERIFY(!alice.holdsLifetime());
    // Grants run the plan's 90 days from now; an extension adds them to the running end.
    QCOMPARE(alice.grants[0].target.value(), at(u"2026-06-13T10:00:00.000"_s));
    QVERIFY(!alice.grants[0].current);
    QCOMPARE(alice.extensions[0].current.value(), at(u"2026-04-01T00:00:00.000"_s));
    QCOMPARE(alice.extensions[0].target.value(), at(u"2026-06-30T00:00:00.000"_s));
    QVERIFY(!alice.revokes[0].target);

    const auto &bruno = diff->clients[1];
    QCOMPARE(bruno.tvUsername, u"bruno"_s);
    // C was held by hand: it is extended, not granted again.
    QCOMPARE(names(bruno.extensions), (QStringList{u"Indicator B"_s, u"Indicator C"_s}));
    QCOMPARE(bruno.extensions[0].target.value(), at(u"2026-06-18T00:00:00.000"_s));
    QCOMPARE(bruno.extensions[1].target.value(), at(u"2026-07-30T00:00:00.000"_s));
    QCOMPARE(names(bruno.grants), QStringList{u"Indicator D"_s});
    QCOMPARE(names(bruno.revokes), QStringList{u"Indicator A"_s});

    const auto &chen = diff->clients[2];
    QCOMPARE(names(chen.grants), (QStringList{u"Indicator C"_s, u"Indicator D"_s}));
    QVERIFY(chen.extensions.isEmpty());
    QCOMPARE(names(chen.keptLifetime), QStringList{u"Indicator B"_s});
    QCOMPARE(names(chen.revokes), QStringList{u"Indicator A"_s}); // lapsed, still intended

    // An access without a plan stands for its own indicator: nothing of dora's is revoked.
    const auto &dora = diff->clients[3];
    QVERIFY(dora.fromPlans.isEmpty());
    QCOMPARE(names(dora.grants),
             (QStringList{u"Indicator B"_s, u"Indicator C"_s, u"Indicator D"_s}));
    QVERIFY(dora.revokes.isEmpty());

    QCOMPARE(diff->grantCount(), 2 + 1 + 2 + 3);
    QCOMPARE(diff->extensionCount(), 1 + 2);
    QCOMPARE(diff->revokeCount(), 3);
    QVERIFY(!diff->isEmpty());
}

void TestPlanChange::lifetimeHoldersAreFlagged()
{
    const auto diff = PlanChange(m_db->context()).compute(select(m_selected), m_pro);
    QVERIFY(diff.ok());
    QCOMPARE(diff->lifetimeClientCount(), 2); // bruno loses one, chen keeps one
    QCOMPARE(diff->lifetimeRevokeCount(), 1);
    QCOMPARE(diff->clients[1].lifetimeRevokes(), 1);
    QVERIFY(diff->clients[1].holdsLifetime());
    QCOMPARE(diff->clients[2].lifetimeRevokes(), 0);
    QVERIFY(diff->clients[2].holdsLifetime());
    QCOMPARE(diff->clients[2].keptLifetime[0].target.value(), Expiration::lifetime());
}

void TestPlanChange::applyQueuesExactlyTheDiff()
{
    PlanChange change(m_db->context());
    const auto diff = change.compute(select(m_selected), m_pro);
    QVERIFY(diff.ok());
    const qint64 queuedBefore =
        m_db->scalar(u"SELECT COUNT(*) FROM sync_queue WHERE state = 'pending'"_s).toLongLong();
    const qint64 batchesBefore = m_db->scalar(u"SELECT COUNT(*) FROM sync_batches"_s).toLongLong();
    const auto outcome = change.apply(*diff);
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().message()));
    QCOMPARE(outcome->queued, diff->grantCount() + diff->extensionCount() + diff->revokeCount());
    QCOMPARE(outcome->keptLifetime, 1);
    QCOMPARE(outcome->unchanged, 0);

    QCOMPARE(access(u"alice"_s, 'A')->intent, IntendedState::Revoked);
    QCOMPARE(access(u"alice"_s, 'B')->expiration, at(u"2026-06-30T00:00:00.000"_s));
    QCOMPARE(access(u"alice"_s, 'C')->expiration, at(u"2026-06-13T10:00:00.000"_s));
    QCOMPARE(access(u"alice"_s, 'C')->origin, AccessOrigin::Plan);
    QCOMPARE(access(u"alice"_s, 'C')->planId,
             std::optional<qint64>(m_pro)); // a second change starts here
    QCOMPARE(access(u"bruno"_s, 'A')->intent, IntendedState::Revoked);
    QCOMPARE(access(u"bruno"_s, 'C')->expiration, at(u"2026-07-30T00:00:00.000"_s));
    QCOMPARE(access(u"chen"_s, 'B')->expiration, Expiration::lifetime());
    QCOMPARE(access(u"dora"_s, 'D')->expiration, at(u"2026-06-13T10:00:00.000"_s));
    QCOMPARE(access(u"dora"_s, 'D')->intent, IntendedState::Granted);

    // Every changed pair waits for the engine (the fixture's own rows were already waiting).
    const qint64 pendingPairs =
        m_db->scalar(u"SELECT COUNT(*) FROM sync_queue WHERE state = 'pending'"_s).toLongLong();
    const qint64 newPairs = 2 /*alice C, D*/ + 1 /*bruno D*/ + 2 /*chen C, D*/ + 2 /*dora B, C*/;
    QCOMPARE(pendingPairs, queuedBefore + newPairs);
    QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM sync_batches"_s).toLongLong() - batchesBefore,
             qint64(outcome->batches));
    QVERIFY(outcome->batches >= 2);
}

void TestPlanChange::renewingTheSamePlanExtends()
{
    const QList<qint64> alice = m_selected.mid(0, 2);
    const auto diff = PlanChange(m_db->context()).compute(select(alice), m_basic);
    QVERIFY(diff.ok());
    QCOMPARE(diff->clients.size(), 1);
    QCOMPARE(names(diff->clients[0].extensions), (QStringList{u"Indicator A"_s, u"Indicator B"_s}));
    QCOMPARE(diff->clients[0].extensions[0].target.value(), at(u"2026-05-01T00:00:00.000"_s));
    QCOMPARE(diff->grantCount() + diff->revokeCount(), 0);
}

void TestPlanChange::unknownPlanIsRefused()
{
    const auto diff = PlanChange(m_db->context()).compute(select(m_selected), 9999);
    QVERIFY(!diff.ok());
    QVERIFY(!diff.error().isEmpty());
}

void TestPlanChange::selectionPairsBecomeFewRequests()
{
    AccessChanges::Request shape;
    shape.mode = AccessChanges::Mode::Revoke;
    shape.label = u"x"_s;
    const QList<AccessSelection::Pair> pairs = {
        {u"u1"_s, u"p1"_s}, {u"u2"_s, u"p2"_s}, {u"u1"_s, u"p2"_s}, {u"u2"_s, u"p1"_s},
        {u"u3"_s, u"p1"_s}, {u"U3"_s, u"p1"_s}, // the same client, another spelling
    };
    const auto requests = AccessSelection::requests(shape, pairs);
    QCOMPARE(requests.size(), 2);
    QSet<QString> covered;
    for (const auto &r : requests) {
        QCOMPARE(r.mode, AccessChanges::Mode::Revoke);
        QCOMPARE(r.label, u"x"_s);
        for (const QString &u : r.usernames) {
            for (const QString &p : r.pineIds)
                covered.insert(u.toLower() + u'/' + p);
        }
    }
    QCOMPARE(covered, (QSet<QString>{u"u1/p1"_s, u"u1/p2"_s, u"u2/p1"_s, u"u2/p2"_s, u"u3/p1"_s}));
}

void TestPlanChange::selectionLoadsInOrderAndSkipsMissing()
{
    const auto loaded =
        AccessSelection(m_db->context()).load({m_selected[2], 424242, m_selected[0]});
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->size(), 2);
    QCOMPARE(loaded->at(0).accessId, m_selected[2]);
    QCOMPARE(loaded->at(0).tvUsername, u"bruno"_s);
    QCOMPARE(loaded->at(0).pineId, pine('a'));
    QVERIFY(loaded->at(0).isLifetime());
    QCOMPARE(loaded->at(0).planId, std::optional<qint64>(m_basic));
    QCOMPARE(loaded->at(1).accessId, m_selected[0]);
    QCOMPARE(AccessSelection::lifetimeCount(*loaded), 1);
}

void TestPlanChange::selectionExtendKeepsLifetime()
{
    const auto accesses = select(m_selected.mid(0, 3)); // alice A, B and bruno's lifetime A
    const auto outcome = AccessSelection(m_db->context()).extend(accesses, Duration::days(30));
    QVERIFY(outcome.ok());
    QCOMPARE(outcome->queued, 2);
    QCOMPARE(outcome->unchanged, 1);
    QCOMPARE(outcome->keptLifetime, 1);
    QCOMPARE(access(u"alice"_s, 'A')->expiration, at(u"2026-05-01T00:00:00.000"_s));
    QCOMPARE(access(u"bruno"_s, 'A')->expiration, Expiration::lifetime());
    // The selection as it was is stale now: acting on it is refused, and changes nothing.
    const auto stale = AccessSelection(m_db->context()).setUntil(accesses, QDate(2026, 12, 31));
    QVERIFY(!stale);
    QCOMPARE(stale.error().kind(), Error::Kind::Conflict);
    QCOMPARE(access(u"bruno"_s, 'A')->expiration, Expiration::lifetime());
    // An explicit date ends lifetime too (the page warns before).
    const auto until = AccessSelection(m_db->context())
                           .setUntil(select(m_selected.mid(0, 3)), QDate(2026, 12, 31));
    QVERIFY(until.ok());
    QCOMPARE(access(u"bruno"_s, 'A')->expiration, Expiration::endOfDay(QDate(2026, 12, 31)));
}

void TestPlanChange::selectionIsAllOrNothing()
{
    AccessChanges::Request good;
    good.mode = AccessChanges::Mode::Revoke;
    good.usernames = {u"alice"_s};
    good.pineIds = {pine('a')};
    AccessChanges::Request bad = good;
    bad.pineIds = {u"USER;not-published"_s};
    const qint64 queue = m_db->scalar(u"SELECT COUNT(*) FROM sync_queue"_s).toLongLong();
    const auto outcome = AccessSelection(m_db->context()).applyAll({good, bad});
    QVERIFY(!outcome.ok());
    QCOMPARE(access(u"alice"_s, 'A')->intent, IntendedState::Granted);
    QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM sync_queue"_s).toLongLong(), queue);
}

void TestPlanChange::extendingKeepsOriginAndPlan()
{
    grant(u"erin"_s, 'A', Expiration::at(m_db->clock().nowUtc().addDays(3)), m_basic);
    AccessChanges::Request r;
    r.mode = AccessChanges::Mode::Extend;
    r.usernames = {u"erin"_s};
    r.pineIds = {IndicatorStore(m_db->context()).byId(m_indicator['A'])->pineId};
    r.duration = Duration::days(30);
    QVERIFY(AccessChanges(m_db->context()).apply(r).ok());
    QCOMPARE(access(u"erin"_s, 'A')->origin, AccessOrigin::Plan);
    QCOMPARE(access(u"erin"_s, 'A')->planId, std::optional<qint64>(m_basic));
    // A grant says where it comes from: by hand, unless the request names it.
    r.mode = AccessChanges::Mode::Grant;
    r.duration = Duration::days(90);
    QVERIFY(AccessChanges(m_db->context()).apply(r).ok());
    QCOMPARE(access(u"erin"_s, 'A')->origin, AccessOrigin::Manual);
    QCOMPARE(access(u"erin"_s, 'A')->planId, std::nullopt);
}

QTEST_GUILESS_MAIN(TestPlanChange)
#include "tst_planchange.moc"
