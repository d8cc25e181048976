#include "CampaignDetail.h"
#include "CampaignsPage.h"
#include "ScriptedPrompter.h"
#include "TestDatabase.h"
#include "campaigns/CampaignReport.h"
#include "campaigns/CampaignStore.h"
#include "items/CampaignTableModel.h"
#include "store/ClientStore.h"
#include "store/PaymentStore.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace pinedesk;
using namespace pinedesk::test;
using namespace Qt::Literals::StringLiterals;

// Reactivation figures of campaigns against fixtures computed by hand: three recovery campaigns
// like the seeds' (VIP 30D, active 14D, inactive 7D), payments before the start, at the start
// instant, twice by one member, refunds, and two currencies. Then the model and the page.
//
// VIP 30D, started 2025-11-01 12:00 UTC, members A B C D L M (6):
//   A pays 50.00 USD before the start (not counted), 30.00 USD 3 days after, 30.00 USD on
//     2026-02-20 (revenue only: A counts once);
//   B 25.00 EUR 10 days after; C 40.00 USD exactly 30 days after (in "14 to 30");
//   D 10.00 USD exactly at the start instant (not after: not counted);
//   M 20.00 USD 45 days after; L 50.00 USD 100 days after.
//   -> 5 of 6 paid again; days 3, 10, 30, 45, 100: median 30; buckets 1 1 1 1 0 1;
//      revenue 170.00 USD (30 + 30 + 40 + 20 + 50) and 25.00 EUR.
// active 14D, started 2026-02-01 00:00 UTC, members E F A (3):
//   E 20.00 USD exactly 7 days after (in "within 7"); F paid only before the start;
//   A's 30.00 USD of 2026-02-20 is 19 days after.
//   -> 2 of 3; days 7 and 19: median 13; buckets 1 0 1 0 0 0; revenue 50.00 USD.
// inactive 7D, started 2026-03-01 00:00 UTC, members G H I J K (5):
//   G 9.99 USD 2.5 days after and 9.99 USD again 4 days after (counted once);
//   H 1000 JPY 9 days after; J a refund of -9.99 USD after the start (not a payment again).
//   -> 2 of 5; days 2.5 and 9: median 5.75; buckets 1 1 0 0 0 0; revenue 19.98 USD, 1000 JPY.
class TestCampaignReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void init();
    void cleanup() { m_db.reset(); }
    void reactivationFiguresMatchTheHandComputedOnes();
    void horizonCountsOnlyPaymentsWithinIt();
    void oneCampaignAndEmptyCampaigns();
    void comparisonAcrossCampaigns();
    void comparisonCsv();
    void modelUnderTesterSortsOnRawValues();
    void pageListsComparesDeletesAndExports();

private:
    qint64 client(const QString &name);
    void pay(qint64 clientId, const QString &isoUtc, qint64 minor, const QString &currency);
    qint64 campaign(const QString &name, const QString &offer, const QString &startIso,
                    const QList<qint64> &members);
    const CampaignFigures &byName(const QList<CampaignFigures> &rows, const QString &name);

    std::unique_ptr<TestDatabase> m_db;
    qint64 m_vip = 0;
    qint64 m_active = 0;
    qint64 m_inactive = 0;
};

qint64 TestCampaignReport::client(const QString &name)
{
    const auto id = ClientStore(m_db->context()).create({0, name});
    if (!id)
        qFatal("client: %s", qPrintable(id.error()));
    return *id;
}

void TestCampaignReport::pay(qint64 clientId, const QString &isoUtc, qint64 minor,
                             const QString &currency)
{
    Payment p;
    p.clientId = clientId;
    p.amount = Money(minor, currency);
    p.paidAt = TestDatabase::at(isoUtc);
    const auto id = PaymentStore(m_db->context()).add(p);
    if (!id)
        qFatal("payment: %s", qPrintable(id.error()));
}

qint64 TestCampaignReport::campaign(const QString &name, const QString &offer,
                                    const QString &startIso, const QList<qint64> &members)
{
    Campaign c;
    c.name = name;
    c.audience = name.section(u' ', 0, 0);
    c.offer = offer;
    c.startedAt = TestDatabase::at(startIso);
    const auto id = CampaignStore(m_db->context()).create(c, members);
    if (!id)
        qFatal("campaign: %s", qPrintable(id.error()));
    return *id;
}

void TestCampaignReport::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY(m_db->isOpen());
    const qint64 a = client(u"alice"_s), b = client(u"bob"_s), c = client(u"carol"_s),
                 d = client(u"dave"_s), l = client(u"lena"_s), m = client(u"mike"_s),
                 e = client(u"erin"_s), f = client(u"frank"_s), g = client(u"gina"_s),
                 h = client(u"hugo"_s), i = client(u"ivan"_s), j = client(u"jane"_s),
                 k = client(u"kurt"_s);
    m_vip = campaign(u"VIP 30D"_s, u"30 days of every indicator"_s, u"2025-11-01T12:00:00.000"_s,
                     {a, b, c, d, l, m});
    m_active = campaign(u"active 14D"_s, u"14 days"_s, u"2026-02-01T00:00:00.000"_s, {e, f, a});
    m_inactive =
        campaign(u"inactive 7D"_s, u"7-day trial"_s, u"2026-03-01T00:00:00.000"_s, {g, h, i, j, k});

    pay(a, u"2025-10-20T09:00:00.000"_s, 5000, u"USD"_s);
    pay(a, u"2025-11-04T12:00:00.000"_s, 3000, u"USD"_s);
    pay(a, u"2026-02-20T00:00:00.000"_s, 3000, u"USD"_s);
    pay(b, u"2025-11-11T12:00:00.000"_s, 2500, u"EUR"_s);
    pay(c, u"2025-12-01T12:00:00.000"_s, 4000, u"USD"_s);
    pay(d, u"2025-11-01T12:00:00.000"_s, 1000, u"USD"_s);
    pay(m, u"2025-12-16T12:00:00.000"_s, 2000, u"USD"_s);
    pay(l, u"2026-02-09T12:00:00.000"_s, 5000, u"USD"_s);

    pay(e, u"2026-02-08T00:00:00.000"_s, 2000, u"USD"_s);
    pay(f, u"2026-01-25T00:00:00.000"_s, 2000, u"USD"_s);

    pay(g, u"2026-03-03T12:00:00.000"_s, 999, u"USD"_s);
    pay(g, u"2026-03-05T00:00:00.000"_s, 999, u"USD"_s);
    pay(h, u"2026-03-10T00:00:00.000"_s, 1000, u"JPY"_s);
    pay(j, u"2026-03-04T00:00:00.000"_s, -999, u"USD"_s);
}

const CampaignFigures &TestCampaignReport::byName(const QList<CampaignFigures> &rows,
                                                  const QString &name)
{
    for (const CampaignFigures &f : rows) {
        if (f.campaign.name == name)
            return f;
    }
    qFatal("no campaign %s", qPrintable(name));
}

void TestCampaignReport::reactivationFiguresMatchTheHandComputedOnes()
{
    const auto rows = CampaignReport::compute(m_db->database());
    QVERIFY2(rows.ok(), qPrintable(rows.ok() ? QString() : rows.error().message()));
    QCOMPARE(rows->size(), 3);
    QCOMPARE(rows->at(0).campaign.name, u"inactive 7D"_s); // newest first

    const CampaignFigures &vip = byName(*rows, u"VIP 30D"_s);
    QCOMPARE(vip.campaign.members, 6);
    QCOMPARE(vip.reactivated, 5);
    QCOMPARE(vip.rate(), 5.0 / 6.0);
    QVERIFY(vip.medianDays);
    QCOMPARE(*vip.medianDays, 30.0);
    QCOMPARE(vip.buckets, (QList<int>{1, 1, 1, 1, 0, 1}));
    QCOMPARE(vip.revenue, (QMap<QString, qint64>{{u"USD"_s, 17000}, {u"EUR"_s, 2500}}));
    QCOMPARE(vip.campaign.offer, u"30 days of every indicator"_s);

    const CampaignFigures &active = byName(*rows, u"active 14D"_s);
    QCOMPARE(active.campaign.members, 3);
    QCOMPARE(active.reactivated, 2);
    QCOMPARE(*active.medianDays, 13.0);
    QCOMPARE(active.buckets, (QList<int>{1, 0, 1, 0, 0, 0}));
    QCOMPARE(active.revenue, (QMap<QString, qint64>{{u"USD"_s, 5000}}));

    const CampaignFigures &inactive = byName(*rows, u"inactive 7D"_s);
    QCOMPARE(inactive.campaign.members, 5);
    QCOMPARE(inactive.reactivated, 2);
    QCOMPARE(*inactive.medianDays, 5.75);
    QCOMPARE(inactive.buckets, (QList<int>{1, 1, 0, 0, 0, 0}));
    QCOMPARE(inactive.revenue, (QMap<QString, qint64>{{u"USD"_s, 1998}, {u"JPY"_s, 1000}}));
    QCOMPARE(inactive.withinBuckets(1), 1);
    QCOMPARE(inactive.withinBuckets(2), 2);
}

void TestCampaignReport::horizonCountsOnlyPaymentsWithinIt()
{
    CampaignReport::Options options;
    options.horizonDays = 30; // C's payment is exactly 30 days after: still inside
    const auto rows = CampaignReport::compute(m_db->database(), options);
    QVERIFY(rows.ok());
    const CampaignFigures &vip = byName(*rows, u"VIP 30D"_s);
    QCOMPARE(vip.reactivated, 3); // A (3), B (10), C (30)
    QCOMPARE(*vip.medianDays, 10.0);
    QCOMPARE(vip.buckets, (QList<int>{1, 1, 1, 0, 0, 0}));
    QCOMPARE(vip.revenue, (QMap<QString, qint64>{{u"USD"_s, 7000}, {u"EUR"_s, 2500}}));
    QCOMPARE(byName(*rows, u"active 14D"_s).reactivated, 2);

    options.horizonDays = 7; // E's payment is exactly 7 days after
    const auto week = CampaignReport::compute(m_db->database(), options);
    QCOMPARE(byName(*week, u"VIP 30D"_s).reactivated, 1);
    QCOMPARE(byName(*week, u"active 14D"_s).reactivated, 1);
    QCOMPARE(*byName(*week, u"active 14D"_s).medianDays, 7.0);
    QCOMPARE(byName(*week, u"inactive 7D"_s).revenue,
             (QMap<QString, qint64>{{u"USD"_s, 1998}})); // H's JPY came on day 9
}

void TestCampaignReport::oneCampaignAndEmptyCampaigns()
{
    CampaignReport::Options options;
    options.campaignId = m_active;
    const auto one = CampaignReport::compute(m_db->database(), options);
    QVERIFY(one.ok());
    QCOMPARE(one->size(), 1);
    QCOMPARE(one->first().campaign.id, m_active);
    QCOMPARE(one->first().reactivated, 2);
    QCOMPARE(one->first().revenue.value(u"USD"_s), 5000);

    const qint64 empty = campaign(u"nobody"_s, QString(), u"2026-03-10T00:00:00.000"_s, {});
    const qint64 silent =
        campaign(u"silent"_s, QString(), u"2026-03-12T00:00:00.000"_s, {client(u"zed"_s)});
    const auto all = CampaignReport::compute(m_db->database());
    QCOMPARE(all->size(), 5);
    for (const qint64 id : {empty, silent}) {
        const auto it = std::find_if(all->begin(), all->end(), [id](const CampaignFigures &f) {
            return f.campaign.id == id;
        });
        QVERIFY(it != all->end());
        QCOMPARE(it->reactivated, 0);
        QCOMPARE(it->rate(), 0.0);
        QVERIFY(!it->medianDays);
        QCOMPARE(it->buckets, (QList<int>{0, 0, 0, 0, 0, 0}));
        QVERIFY(it->revenue.isEmpty());
    }
}

void TestCampaignReport::comparisonAcrossCampaigns()
{
    const auto rows = CampaignReport::compute(m_db->database());
    const CampaignReport::Comparison c = CampaignReport::compare(*rows);
    QCOMPARE(c.members, 14);
    QCOMPARE(c.reactivated, 9);
    QCOMPARE(c.bestRateId, m_vip);     // 83 % against 67 % and 40 %
    QCOMPARE(c.fastestId, m_inactive); // median 5.75 days
    QCOMPARE(CampaignReport::compare({}).bestRateId, 0);
}

void TestCampaignReport::comparisonCsv()
{
    const auto rows = CampaignReport::compute(m_db->database());
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    const auto written = CampaignReport::writeCsv(*rows, buffer);
    QVERIFY(written.ok());
    QCOMPARE(*written, 3);
    buffer.close();
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(buffer.data()).remove(QChar(0xfeff));
    const QStringList lines = text.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines[0],
             u"campaign,audience,offer,started_at,members,reactivated,reactivation_rate_percent,"
             "median_days_to_payment,paid_within_7_days,paid_within_14_days,paid_within_30_days,"
             "paid_within_60_days,paid_within_90_days,paid_later,revenue_EUR,revenue_JPY,"
             "revenue_USD"_s);
    QVERIFY(lines.contains(u"VIP 30D,VIP,30 days of every indicator,2025-11-01T12:00:00.000Z,6,5,"
                           "83.3,30.0,1,2,3,4,4,1,25.00,0,170.00"_s));
    QVERIFY(lines.contains(u"inactive 7D,inactive,7-day trial,2026-03-01T00:00:00.000Z,5,2,40.0,"
                           "5.8,1,2,2,2,2,0,0.00,1000,19.98"_s));
}

void TestCampaignReport::modelUnderTesterSortsOnRawValues()
{
    CampaignTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(*CampaignReport::compute(m_db->database()));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(CampaignTableModel::ColumnCount));
    const int vip = model.rowOf(m_vip);
    QCOMPARE(model.index(vip, CampaignTableModel::Name).data().toString(), u"VIP 30D"_s);
    QCOMPARE(model.index(vip, CampaignTableModel::Rate).data().toString(), u"83.3 %"_s);
    QCOMPARE(model.index(vip, CampaignTableModel::MedianDays).data().toString(), u"30.0"_s);
    QCOMPARE(model.index(vip, CampaignTableModel::Revenue).data().toString(),
             u"25.00 EUR, 170.00 USD"_s);
    QCOMPARE(model.index(vip, 0).data(CampaignTableModel::IdRole).toLongLong(), m_vip);
    QCOMPARE(model.rowOf(-1), -1);
    QCOMPARE(model.sortCurrency(), u"USD"_s);
    QCOMPARE(model.headerData(CampaignTableModel::Revenue, Qt::Horizontal, Qt::DisplayRole),
             QVariant(u"Revenue after start"_s));
    QVERIFY(!model.headerData(CampaignTableModel::Revenue, Qt::Horizontal, Qt::ToolTipRole)
                 .toString()
                 .isEmpty());
    QVERIFY(!model.headerData(CampaignTableModel::Name, Qt::Horizontal, Qt::ToolTipRole).isValid());

    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(CampaignTableModel::SortRole);
    proxy.sort(CampaignTableModel::Rate, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, CampaignTableModel::Name).data().toString(), u"VIP 30D"_s);
    QCOMPARE(proxy.index(2, CampaignTableModel::Name).data().toString(), u"inactive 7D"_s);
    proxy.sort(CampaignTableModel::MedianDays, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, CampaignTableModel::Name).data().toString(), u"inactive 7D"_s);
    proxy.sort(CampaignTableModel::Revenue, Qt::DescendingOrder); // in USD, the main currency
    QCOMPARE(proxy.index(0, CampaignTableModel::Name).data().toString(), u"VIP 30D"_s);
    QCOMPARE(proxy.index(2, CampaignTableModel::Name).data().toString(), u"inactive 7D"_s);
    proxy.sort(CampaignTableModel::Started, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, CampaignTableModel::Name).data().toString(), u"VIP 30D"_s);

    model.setRows({});
    QCOMPARE(model.rowCount(), 0);
}

void TestCampaignReport::pageListsComparesDeletesAndExports()
{
    ScriptedPrompter prompter;
    CampaignsPage page({m_db->database(), m_db->clock(), u"test"_s});
    page.resize(1000, 600);
    page.show();
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(page.model()->rowCount(), 3);
    QVERIFY2(page.comparisonText().contains(u"9 of 14 members paid again"_s),
             qPrintable(page.comparisonText()));
    QVERIFY(page.comparisonText().contains(u"Best rate: VIP 30D"_s));
    QVERIFY(page.comparisonText().contains(u"Fastest: inactive 7D"_s));

    QVERIFY(page.select(m_vip));
    QCOMPARE(page.selectedId(), m_vip);
    QCOMPARE(page.detail()->barValues(), (QList<int>{1, 1, 1, 1, 0, 1}));
    auto *reactivated = page.findChild<QLabel *>(u"detailReactivated"_s);
    QVERIFY(reactivated && reactivated->text().contains(u"5 of 6"_s));

    // A 30-day window: the figures reload on the worker and the selection stays.
    page.setHorizonDays(30);
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(page.selectedId(), m_vip);
    QCOMPARE(page.detail()->barValues(), (QList<int>{1, 1, 1, 0, 0, 0}));

    // Export of the comparison through the prompter's file answer.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"campaigns.csv"_s);
    prompter.files.enqueue(path);
    page.findChild<QPushButton *>(u"exportCampaigns"_s)->click();
    QVERIFY2(page.message().contains(u"3 campaign"_s), qPrintable(page.message()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()).count(u"\r\n"_s), 4);

    // Delete asks first; "no" keeps it, "yes" removes it (members and payments stay).
    auto *remove = page.findChild<QPushButton *>(u"deleteCampaign"_s);
    remove->click();
    QVERIFY(prompter.asked.last().contains(u"VIP 30D"_s));
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(page.model()->rowCount(), 3);
    QSignalSpy changed(&page, &CampaignsPage::campaignsChanged);
    prompter.confirmations.enqueue(true);
    remove->click();
    QCOMPARE(changed.count(), 1);
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(page.model()->rowCount(), 2);
    QCOMPARE(page.model()->rowOf(m_vip), -1);
    QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM payments"_s).toInt(), 14);
    QVERIFY(page.message().contains(u"deleted"_s));
}

QTEST_MAIN(TestCampaignReport)
#include "tst_campaignreport.moc"
