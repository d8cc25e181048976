// The import's "give access" option as a vendor moving in relies on it: new paid payments give
// the plan their product sells, from the day paid, the latest payment winning; old periods,
// unknown products, refunds and payments imported before give nothing; a dry run writes
// nothing; and everything goes through the outbox.
#include "TestDatabase.h"
#include "domain/Indicator.h"
#include "domain/Plan.h"
#include "import/ClientImporter.h"
#include "import/ImportSource.h"
#include "store/IndicatorStore.h"
#include "store/PlanStore.h"
#include "store/ProductMapStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace pinedesk;
using pinedesk::test::TestDatabase;

namespace {

const QString alphaPine = u"PUB;5191a1b5e5a04a1cb8b1e4b9f1c2a3d4"_s;
const QString betaPine = u"PUB;7c2d9e0f1a2b3c4d5e6f708192a3b4c5"_s;

// Today is 2026-12-07; the default grace is 3 days.
const QByteArray sheet = "username,email,amount,currency,paid at,reference,plan\n"
                         "ana_fx,ana@example.com,49,USD,2026-10-20,r1,Monthly\n"
                         "ana_fx,ana@example.com,49,USD,2026-11-20,r2,monthly\n"
                         "bo_trades,bo@example.com,49,USD,2026-08-01,r3,Monthly\n"
                         "cy_pine,cy@example.com,299,USD,2025-01-10,r4,Lifetime\n"
                         "dee_fx,dee@example.com,49,USD,2026-11-30,r5,Gold\n"
                         ",eve@example.com,49,USD,2026-11-30,r6,Monthly\n";

} // namespace

class TestImportAccess : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_dir;

    Expected<ImportResult> import(const QByteArray &bytes, bool giveAccess, bool dryRun = false)
    {
        const QString path = m_dir.filePath(u"sheet.csv"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) < 0)
            return Expected<ImportResult>::failure(u"cannot write the sheet"_s);
        file.close();
        const auto source = ImportSource::open(path);
        if (!source)
            return Expected<ImportResult>::failure(source.error());
        ClientImporter::Options options = source->options();
        options.applyAccess = giveAccess;
        options.dryRun = dryRun;
        return ClientImporter(m_db->context(u"import"_s)).run(path, options);
    }
    QString access(const QString &user, const QString &pine)
    {
        return m_db
            ->scalar(uR"(SELECT COALESCE(a.expires_at, 'lifetime') || ' ' || a.intended_state
                FROM accesses a JOIN clients c ON c.id = a.client_id
                JOIN indicators i ON i.id = a.indicator_id
                WHERE c.tv_username = :u AND i.pine_id = :p)"_s,
                     {{u":u"_s, user}, {u":p"_s, pine}})
            .toString();
    }
    int count(const QString &sql) { return m_db->scalar(sql).toInt(); }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
        m_db->clock().set(QDateTime(QDate(2026, 12, 7), QTime(10, 0), QTimeZone::utc()));
        QList<qint64> ids;
        for (const QString &pine : {alphaPine, betaPine}) {
            Indicator i;
            i.pineId = pine;
            i.name = pine.mid(4, 6);
            ids.append(IndicatorStore(m_db->context()).create(i).value());
        }
        Plan monthly;
        monthly.name = u"Monthly"_s;
        monthly.duration = Duration::months(1);
        monthly.price = Money(4900, u"USD"_s);
        monthly.indicatorIds = {ids.at(0)};
        QVERIFY(PlanStore(m_db->context()).create(monthly));
        Plan lifetime = monthly;
        lifetime.name = u"Lifetime"_s;
        lifetime.duration = Duration::lifetime();
        lifetime.indicatorIds = ids;
        QVERIFY(PlanStore(m_db->context()).create(lifetime));
    }

    void paidPaymentsGiveTheirPlanFromTheDayPaid()
    {
        const auto result = import(sheet, true);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
        QCOMPARE(result->payments, 6);
        // The latest payment wins: 2026-11-20 + 1 month + 3 days of grace.
        QCOMPARE(access(u"ana_fx"_s, alphaPine), u"2026-12-23T23:59:59.999Z granted"_s);
        // A month paid in August is over: nothing.
        QCOMPARE(access(u"bo_trades"_s, alphaPine), QString());
        QCOMPARE(access(u"cy_pine"_s, alphaPine), u"lifetime granted"_s);
        QCOMPARE(access(u"cy_pine"_s, betaPine), u"lifetime granted"_s);
        // "Gold" is no plan and no mapping; eve has no username.
        QCOMPARE(result->paidWithoutAccess, 2);
        QCOMPARE(result->accessQueued, 3);
        QCOMPARE(count(u"SELECT COUNT(*) FROM sync_queue"_s), 3);
        QCOMPARE(count(u"SELECT COUNT(*) FROM payments WHERE plan_id IS NOT NULL"_s), 5);

        // Imported again: no new payment, so no change of access.
        const auto again = import(sheet, true);
        QVERIFY(again);
        QCOMPARE(again->payments, 0);
        QCOMPARE(again->accessQueued, 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM sync_queue"_s), 3);
    }

    void accessIsNeverShortenedAndRefundsGiveNone()
    {
        QVERIFY(import("username,amount,currency,paid at,reference,plan,payment status\n"
                       "ana_fx,299,USD,2026-11-01,l1,Lifetime,paid\n",
                       true));
        const auto later = import("username,amount,currency,paid at,reference,plan,payment status\n"
                                  "ana_fx,49,USD,2026-12-01,m1,Monthly,paid\n"
                                  "bo_trades,49,USD,2026-12-01,m2,Monthly,refunded\n",
                                  true);
        QVERIFY(later);
        QCOMPARE(access(u"ana_fx"_s, alphaPine), u"lifetime granted"_s);
        QCOMPARE(access(u"bo_trades"_s, alphaPine), QString());
        QCOMPARE(later->accessQueued, 0);
    }

    void providerProductsUseTheirMapping()
    {
        QVERIFY(ProductMapStore(m_db->context())
                    .map(u"gumroad"_s, u"Gold Indicator"_s,
                         PlanStore(m_db->context()).findByName(u"Monthly"_s).value()->id));
        const QByteArray gumroad =
            "Purchase ID,Item Name,Buyer Name,Purchase Email,Purchase Date,Purchase Time (UTC "
            "timezone),Sale Price ($),Fully Refunded?,TradingView username\n"
            "g1==,Gold Indicator,Ana Ruiz,ana@example.com,2026-12-01,10:00:00,49.0,0,ana_fx\n";
        const auto result = import(gumroad, true);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
        QCOMPARE(access(u"ana_fx"_s, alphaPine), u"2027-01-04T23:59:59.999Z granted"_s);
    }

    void withoutTheOptionOrInADryRunNothingChanges()
    {
        const auto plain = import(sheet, false);
        QVERIFY(plain);
        QCOMPARE(plain->accessQueued, 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM accesses"_s), 0);

        m_db = std::make_unique<TestDatabase>();
        init();
        const auto dry = import(sheet, true, true);
        QVERIFY(dry);
        QCOMPARE(dry->accessQueued, 3); // what it would do
        QCOMPARE(count(u"SELECT COUNT(*) FROM accesses"_s), 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM sync_queue"_s), 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM payments"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestImportAccess)
#include "tst_importaccess.moc"
