#include "TestDatabase.h"
#include "items/IndicatorTableModel.h"
#include "items/PlanTableModel.h"
#include "store/AccessStore.h"
#include "store/ClientStore.h"
#include "store/IndicatorStore.h"
#include "store/PlanStore.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace pinedesk;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString pineAlpha = u"PUB;aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"_s;
const QString pineBeta = u"PUB;bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"_s;
const QString pineGamma = u"PUB;cccccccccccccccccccccccccccccccc"_s;

} // namespace

// The catalog's table models: what the Indicators and Plans pages show, and above all that the
// active-user counts leave out expired and revoked accesses and keep lifetime ones.
class TestCatalogModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void init();
    void indicatorRowsAndActiveUsers();
    void activeUsersFollowTheClock();
    void sortsOnRawValues();
    void planRowsAndActiveClients();
    void emptyCatalog();

private:
    qint64 indicator(const QString &name, const QString &pine, IndicatorStatus status);
    qint64 client(const QString &username);
    void grant(qint64 clientId, qint64 indicatorId, const Expiration &until,
               std::optional<qint64> plan = std::nullopt);
    int rowOfName(const QAbstractItemModel &model, const QString &name);

    std::unique_ptr<test::TestDatabase> m_db;
    qint64 m_alpha = 0;
    qint64 m_beta = 0;
    qint64 m_gamma = 0;
    qint64 m_starter = 0;
    qint64 m_legacy = 0;
};

qint64 TestCatalogModels::indicator(const QString &name, const QString &pine,
                                    IndicatorStatus status)
{
    Indicator i;
    i.name = name;
    i.pineId = pine;
    i.status = status;
    const auto id = IndicatorStore(m_db->context()).create(i);
    return id ? *id : -1;
}

qint64 TestCatalogModels::client(const QString &username)
{
    Client c;
    c.tvUsername = username;
    const auto id = ClientStore(m_db->context()).create(c);
    return id ? *id : -1;
}

void TestCatalogModels::grant(qint64 clientId, qint64 indicatorId, const Expiration &until,
                              std::optional<qint64> plan)
{
    AccessStore::Grant g;
    g.clientId = clientId;
    g.indicatorId = indicatorId;
    g.expiration = until;
    g.planId = plan;
    if (plan)
        g.origin = AccessOrigin::Plan;
    const auto id = AccessStore(m_db->context()).grant(g);
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message()));
}

int TestCatalogModels::rowOfName(const QAbstractItemModel &model, const QString &name)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data().toString() == name)
            return row;
    }
    return -1;
}

// Alpha: dated (active), lifetime (active), expired, revoked, ending exactly now -> 2.
// Beta: through the Starter plan: lifetime, dated, expired -> 2. Gamma: nobody -> 0.
void TestCatalogModels::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
    const QDateTime now = m_db->clock().nowUtc();
    m_alpha = indicator(u"Alpha Trend"_s, pineAlpha, IndicatorStatus::Live);
    m_beta = indicator(u"beta Oscillator"_s, pineBeta, IndicatorStatus::Development);
    m_gamma = indicator(u"Gamma Bands"_s, pineGamma, IndicatorStatus::Retired);
    QVERIFY(m_alpha > 0 && m_beta > 0 && m_gamma > 0);

    IndicatorStore store(m_db->context());
    QVERIFY(store.addVersion({0, m_alpha, u"1.0"_s, now.addDays(-60), u"first"_s}).ok());
    QVERIFY(store.addVersion({0, m_alpha, u"2.0"_s, now.addDays(-3), u"faster"_s}).ok());
    QVERIFY(store.addVersion({0, m_alpha, u"1.5"_s, now.addDays(-30), QString()}).ok());

    Plan starter;
    starter.name = u"Starter"_s;
    starter.indicatorIds = {m_beta, m_alpha};
    starter.duration = Duration::days(30);
    starter.price = Money(4990, u"USD"_s);
    const auto s = PlanStore(m_db->context()).create(starter);
    QVERIFY(s.ok());
    m_starter = *s;
    Plan legacy;
    legacy.name = u"Legacy lifetime"_s;
    legacy.indicatorIds = {m_gamma};
    legacy.duration = Duration::lifetime();
    legacy.price = Money(19900, u"EUR"_s);
    legacy.active = false;
    const auto l = PlanStore(m_db->context()).create(legacy);
    QVERIFY(l.ok());
    m_legacy = *l;

    const qint64 c1 = client(u"trader_one"_s);
    const qint64 c2 = client(u"trader_two"_s);
    const qint64 c3 = client(u"trader_three"_s);
    const qint64 c4 = client(u"trader_four"_s);
    const qint64 c5 = client(u"trader_five"_s);
    grant(c1, m_alpha, Expiration::at(now.addDays(10)), m_starter);
    grant(c2, m_alpha, Expiration::lifetime());
    grant(c3, m_alpha, Expiration::at(now.addDays(-1)));
    grant(c4, m_alpha, Expiration::lifetime());
    QVERIFY(AccessStore(m_db->context()).revoke(c4, m_alpha, std::nullopt).ok());
    grant(c5, m_alpha, Expiration::at(now));

    grant(c1, m_beta, Expiration::lifetime(), m_starter);
    grant(c2, m_beta, Expiration::at(now.addDays(40)), m_starter);
    grant(c3, m_beta, Expiration::at(now.addSecs(-1)), m_starter);
}

void TestCatalogModels::indicatorRowsAndActiveUsers()
{
    IndicatorTableModel model(m_db->context());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload().ok());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(IndicatorTableModel::ColumnCount));
    // Sorted by name without regard to case.
    QCOMPARE(model.index(0, 0).data().toString(), u"Alpha Trend"_s);
    QCOMPARE(model.index(1, 0).data().toString(), u"beta Oscillator"_s);
    QCOMPARE(model.index(2, 0).data().toString(), u"Gamma Bands"_s);

    IndicatorStore store(m_db->context());
    const struct
    {
        qint64 id;
        QString pine;
        IndicatorStatus status;
        QString version;
        qint64 active;
    } expected[] = {{m_alpha, pineAlpha, IndicatorStatus::Live, u"2.0"_s, 2},
                    {m_beta, pineBeta, IndicatorStatus::Development, QString(), 2},
                    {m_gamma, pineGamma, IndicatorStatus::Retired, QString(), 0}};
    for (int row = 0; row < 3; ++row) {
        const auto &e = expected[row];
        QCOMPARE(model.index(row, 0).data(IndicatorTableModel::IdRole).toLongLong(), e.id);
        QCOMPARE(model.index(row, IndicatorTableModel::PineId).data().toString(), e.pine);
        QCOMPARE(model.index(row, IndicatorTableModel::Status).data().toString(),
                 IndicatorStatusNames::displayName(e.status));
        QCOMPARE(model.index(row, IndicatorTableModel::Status)
                     .data(IndicatorTableModel::StatusRole)
                     .toInt(),
                 int(e.status));
        QCOMPARE(model.index(row, IndicatorTableModel::LatestVersion).data().toString(), e.version);
        const QModelIndex users = model.index(row, IndicatorTableModel::ActiveUsers);
        QCOMPARE(users.data(IndicatorTableModel::SortRole).toLongLong(), e.active);
        QCOMPARE(users.data().toString(), QString::number(e.active));
        // The same rule as the store's own count.
        QCOMPARE(store.activeUserCount(e.id), e.active);
        QVERIFY(model.index(row, IndicatorTableModel::Updated)
                    .data(IndicatorTableModel::SortRole)
                    .toDateTime()
                    .isValid());
    }
    QVERIFY(model.index(0, 0).data(IndicatorTableModel::SearchRole).toString().contains(pineAlpha));
    QCOMPARE(model.rowOf(m_gamma), 2);
    QCOMPARE(model.rowOf(999), -1);
}

void TestCatalogModels::activeUsersFollowTheClock()
{
    IndicatorTableModel model(m_db->context());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Eleven days on: the dated Alpha grant (10 days) has ended, the lifetime one stays.
    m_db->clock().advanceSeconds(11 * 24 * 3600);
    QVERIFY(model.reload().ok());
    QCOMPARE(model.rowAt(model.rowOf(m_alpha))->activeUsers, 1);
    QCOMPARE(model.rowAt(model.rowOf(m_beta))->activeUsers, 2);
    // Fetching for another instant (as a worker does) gives that instant's counts.
    const auto later =
        IndicatorTableModel::fetch(m_db->database(), m_db->clock().nowUtc().addDays(60));
    QVERIFY(later.ok());
    model.setRows(*later);
    QCOMPARE(model.rowAt(model.rowOf(m_beta))->activeUsers, 1);
}

void TestCatalogModels::sortsOnRawValues()
{
    // A fourth indicator with more users than the others: "10" must sort after "2".
    const qint64 delta =
        indicator(u"Delta"_s, u"PUB;dddddddddddddddddddddddddddddddd"_s, IndicatorStatus::Live);
    for (int i = 0; i < 10; ++i)
        grant(client(u"bulk_%1"_s.arg(i)), delta, Expiration::lifetime());

    IndicatorTableModel model(m_db->context());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(IndicatorTableModel::SortRole);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload().ok());
    proxy.sort(IndicatorTableModel::ActiveUsers, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), u"Delta"_s);
    QCOMPARE(proxy.index(0, IndicatorTableModel::ActiveUsers).data().toString(), u"10"_s);
    QCOMPARE(proxy.index(3, 0).data().toString(), u"Gamma Bands"_s);
    proxy.sort(IndicatorTableModel::Status, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), u"beta Oscillator"_s); // development first
    QCOMPARE(proxy.index(3, 0).data().toString(), u"Gamma Bands"_s);     // retired last
}

void TestCatalogModels::planRowsAndActiveClients()
{
    PlanTableModel model(m_db->context());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload().ok());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(PlanTableModel::ColumnCount));

    const int starter = rowOfName(model, u"Starter"_s);
    const int legacy = rowOfName(model, u"Legacy lifetime"_s);
    QVERIFY(starter >= 0 && legacy >= 0);
    QCOMPARE(model.index(starter, PlanTableModel::Indicators).data().toString(),
             u"Alpha Trend, beta Oscillator"_s);
    QCOMPARE(model.index(starter, PlanTableModel::DefaultDuration).data().toString(),
             Duration::days(30).displayText());
    QCOMPARE(model.index(starter, PlanTableModel::Price).data().toString(), u"49.90 USD"_s);
    QCOMPARE(
        model.index(starter, PlanTableModel::Price).data(PlanTableModel::SortRole).toLongLong(),
        4990);
    // trader_one (two accesses through the plan) and trader_two count once each; the expired
    // one not at all.
    QCOMPARE(model.index(starter, PlanTableModel::ActiveClients)
                 .data(PlanTableModel::SortRole)
                 .toLongLong(),
             2);
    QCOMPARE(model.index(starter, PlanTableModel::Active).data(PlanTableModel::ActiveRole).toBool(),
             true);

    QCOMPARE(model.index(legacy, PlanTableModel::Indicators).data().toString(), u"Gamma Bands"_s);
    QCOMPARE(model.index(legacy, PlanTableModel::DefaultDuration).data().toString(),
             Duration::lifetime().displayText());
    QCOMPARE(model.index(legacy, PlanTableModel::Price).data().toString(), u"199.00 EUR"_s);
    QCOMPARE(model.index(legacy, PlanTableModel::ActiveClients).data().toString(), u"0"_s);
    QCOMPARE(model.index(legacy, PlanTableModel::Active).data(PlanTableModel::ActiveRole).toBool(),
             false);
    // Lifetime sorts after any dated duration.
    QVERIFY(model.index(legacy, PlanTableModel::DefaultDuration)
                .data(PlanTableModel::SortRole)
                .toLongLong() > model.index(starter, PlanTableModel::DefaultDuration)
                                    .data(PlanTableModel::SortRole)
                                    .toLongLong());

    // After the 10-day grant ends, trader_one still holds Beta for life through the plan.
    m_db->clock().advanceSeconds(11 * 24 * 3600);
    QVERIFY(model.reload().ok());
    QCOMPARE(model.rowAt(model.rowOf(m_starter))->activeClients, 2);
    m_db->clock().advanceSeconds(40 * 24 * 3600);
    QVERIFY(model.reload().ok());
    QCOMPARE(model.rowAt(model.rowOf(m_starter))->activeClients, 1);
}

void TestCatalogModels::emptyCatalog()
{
    test::TestDatabase empty;
    QVERIFY(empty.isOpen());
    IndicatorTableModel indicators(empty.context());
    PlanTableModel plans(empty.context());
    QAbstractItemModelTester t1(&indicators,
                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&plans, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(indicators.reload().ok());
    QVERIFY(plans.reload().ok());
    QCOMPARE(indicators.rowCount(), 0);
    QCOMPARE(plans.rowCount(), 0);
    QVERIFY(indicators.rowAt(0) == nullptr);
}

QTEST_GUILESS_MAIN(TestCatalogModels)
#include "tst_catalogmodels.moc"
