#include "TestDatabase.h"
#include "store/AuditLog.h"
#include "store/IndicatorStore.h"
#include "store/PlanStore.h"
#include "store/SettingsStore.h"

#include <QTest>

using namespace pinedesk;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString idA = u"PUB;0123456789abcdef0123456789abcdef"_s;
const QString idB = u"PUB;Ab12Cd34Ef56Gh78Ij90Kl12Mn34Op56"_s;

} // namespace

class TestCatalogStores : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void indicatorCrud();
    void pineIdIsValidatedAndUnique();
    void retireAndVersionHistory();
    void indicatorInUseCannotBeDeleted();
    void planWithIndicators();
    void planValidation();
    void settingsRoundTripAndAudit();

private:
    qint64 indicator(const QString &name, const QString &pineId);
    std::unique_ptr<test::TestDatabase> m_db;
};

void TestCatalogStores::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
}

qint64 TestCatalogStores::indicator(const QString &name, const QString &pineId)
{
    Indicator i;
    i.name = name;
    i.pineId = pineId;
    i.status = IndicatorStatus::Live;
    const auto id = IndicatorStore(m_db->context()).create(i);
    return id.ok() ? *id : -1;
}

void TestCatalogStores::indicatorCrud()
{
    IndicatorStore store(m_db->context());
    Indicator i;
    i.name = u"  Order Blocks  "_s;
    i.pineId = u" pub;0123456789abcdef0123456789abcdef "_s;
    i.description = u"Finds order blocks & FVGs"_s;
    const auto id = store.create(i);
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message()));
    auto back = store.byId(*id);
    QCOMPARE(back->name, u"Order Blocks"_s);
    QCOMPARE(back->pineId, idA);
    QCOMPARE(back->status, IndicatorStatus::Development);
    QVERIFY(store.byPineId(idA));
    back->name = u"Order Blocks Pro"_s;
    QVERIFY(store.update(*back).ok());
    QCOMPARE(store.byId(*id)->name, u"Order Blocks Pro"_s);
    QCOMPARE(store.all().size(), 1);
    QVERIFY(store.remove(*id).ok());
    QVERIFY(store.all().isEmpty());
    const auto actions = AuditLog(m_db->context()).forEntity(u"indicator"_s, *id);
    QCOMPARE(actions.size(), 3);
    QCOMPARE(actions[0].action, u"indicator.deleted"_s);
    QCOMPARE(actions[2].action, u"indicator.created"_s);
}

void TestCatalogStores::pineIdIsValidatedAndUnique()
{
    IndicatorStore store(m_db->context());
    Indicator bad;
    bad.name = u"X"_s;
    bad.pineId = u"USER;0123456789abcdef0123456789abcdef"_s;
    const auto r = store.create(bad);
    QVERIFY(!r.ok());
    QVERIFY(r.error().message().contains(u"unpublished"_s));
    Indicator noName;
    noName.pineId = idA;
    QVERIFY(!store.create(noName).ok());
    QVERIFY(indicator(u"A"_s, idA) > 0);
    Indicator dup;
    dup.name = u"Copy"_s;
    dup.pineId = idA;
    const auto d = store.create(dup);
    QVERIFY(!d.ok());
    QVERIFY2(d.error().message().contains(u"already in the catalog as \"A\""_s),
             qPrintable(d.error().message()));
}

void TestCatalogStores::retireAndVersionHistory()
{
    IndicatorStore store(m_db->context());
    const qint64 id = indicator(u"Trend"_s, idA);
    QVERIFY(store.setStatus(id, IndicatorStatus::Retired).ok());
    QCOMPARE(store.byId(id)->status, IndicatorStatus::Retired);

    QVERIFY(
        store.addVersion({0, id, u"1.0"_s, m_db->clock().nowUtc().addDays(-30), u"first"_s}).ok());
    QVERIFY(store.addVersion({0, id, u"1.1"_s, m_db->clock().nowUtc(), u"fixes"_s}).ok());
    const auto dup = store.addVersion({0, id, u"1.1"_s, {}, {}});
    QVERIFY(!dup.ok());
    QVERIFY(dup.error().message().contains(u"already"_s));
    QVERIFY(!store.addVersion({0, id, u"  "_s, {}, {}}).ok());
    const auto versions = store.versions(id);
    QCOMPARE(versions.size(), 2);
    QCOMPARE(versions[0].version, u"1.1"_s); // newest first
    QCOMPARE(versions[1].notes, u"first"_s);
}

void TestCatalogStores::indicatorInUseCannotBeDeleted()
{
    const qint64 id = indicator(u"Used"_s, idA);
    Plan p;
    p.name = u"Monthly"_s;
    p.price = Money(2900, u"USD"_s);
    p.indicatorIds = {id};
    QVERIFY(PlanStore(m_db->context()).create(p).ok());
    const Status s = IndicatorStore(m_db->context()).remove(id);
    QVERIFY(!s.ok());
    QVERIFY(s.error().message().contains(u"retire it"_s));
    QVERIFY(IndicatorStore(m_db->context()).byId(id));
}

void TestCatalogStores::planWithIndicators()
{
    const qint64 a = indicator(u"A"_s, idA);
    const qint64 b = indicator(u"B"_s, idB);
    PlanStore store(m_db->context());
    Plan p;
    p.name = u"Pro Quarterly"_s;
    p.duration = Duration::months(3);
    p.price = Money(14900, u"eur"_s);
    p.indicatorIds = {b, a};
    const auto id = store.create(p);
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message()));
    auto back = store.byId(*id);
    QCOMPARE(back->duration, Duration::months(3));
    QCOMPARE(back->price, Money(14900, u"EUR"_s));
    QCOMPARE(back->indicatorIds, (QList<qint64>{a, b}));
    back->indicatorIds = {a};
    back->duration = Duration::lifetime();
    QVERIFY(store.update(*back).ok());
    QCOMPARE(store.byId(*id)->indicatorIds, (QList<qint64>{a}));
    QVERIFY(store.byId(*id)->duration.isLifetime());
    Plan twin = p;
    twin.name = u"pro quarterly"_s;
    QVERIFY(!store.create(twin).ok()); // names are unique ignoring case
    QVERIFY(store.remove(*id).ok());
    QVERIFY(store.all().isEmpty());
    QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM plan_indicators"_s).toInt(), 0);
}

void TestCatalogStores::planValidation()
{
    PlanStore store(m_db->context());
    Plan p;
    p.name = u"Empty"_s;
    p.price = Money(100, u"USD"_s);
    QVERIFY(store.create(p).error().message().contains(u"at least one indicator"_s));
    p.indicatorIds = {indicator(u"A"_s, idA)};
    p.price = Money(100, u"dollars"_s);
    QVERIFY(store.create(p).error().message().contains(u"currency"_s));
    p.price = Money(-1, u"USD"_s);
    QVERIFY(store.create(p).error().message().contains(u"negative"_s));
    p.price = Money(100, u"USD"_s);
    p.indicatorIds = {999};
    QVERIFY(!store.create(p).ok());
    QVERIFY(store.all().isEmpty());
}

void TestCatalogStores::settingsRoundTripAndAudit()
{
    SettingsStore store(m_db->context());
    QVERIFY(!store.value(u"expiring_days"_s));
    QCOMPARE(store.value(u"expiring_days"_s, u"7"_s), u"7"_s);
    QVERIFY(store.setValue(u"expiring_days"_s, u"10"_s).ok());
    QVERIFY(store.setValue(u"expiring_days"_s, u"14"_s).ok());
    QCOMPARE(store.value(u"expiring_days"_s).value(), u"14"_s);
    QCOMPARE(AuditLog(m_db->context()).recent(10).size(), 2);
}

QTEST_GUILESS_MAIN(TestCatalogStores)
#include "tst_catalogstores.moc"
