#include "DashboardPage.h"
#include "MainWindow.h"
#include "Sparkline.h"
#include "TestDatabase.h"
#include "analytics/AnalyticsLoader.h"
#include "analytics/BusinessMetrics.h"
#include "demo/DemoDataGenerator.h"
#include "store/Statement.h"

#include <QApplication>
#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace pinedesk;
using namespace Qt::Literals::StringLiterals;

// The main window opens on a database and its overview shows what the data says, loaded off the
// GUI thread.
class TestDashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void emptyDatabaseInvitesToStart();
    void figuresMatchTheData();

private:
    QString figure(QWidget *root, const QString &name);
};

void TestDashboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
}

QString TestDashboard::figure(QWidget *root, const QString &name)
{
    auto *label = root->findChild<QLabel *>(name);
    return label ? label->text() : u"<missing %1>"_s.arg(name);
}

void TestDashboard::emptyDatabaseInvitesToStart()
{
    test::TestDatabase db;
    QVERIFY(db.isOpen());
    MainWindow window({db.database(), db.clock(), u"test"_s});
    window.show();
    QSignalSpy loaded(window.dashboard(), &DashboardPage::loaded);
    QVERIFY(loaded.count() == 1 || loaded.wait(20000));
    QCOMPARE(figure(&window, u"figureClients"_s), u"0"_s);
    QVERIFY(figure(&window, u"dashboardMessage"_s).contains(u"No clients yet"_s));
}

void TestDashboard::figuresMatchTheData()
{
    test::TestDatabase db;
    QVERIFY(db.isOpen());
    QVERIFY(DemoDataGenerator(db.database(), db.clock()).generate({300, 5}).ok());
    MainWindow window({db.database(), db.clock(), u"test"_s});
    window.show();
    QSignalSpy loaded(window.dashboard(), &DashboardPage::loaded);
    // Listened to from the start: the trends may arrive while the figures are being checked.
    QSignalSpy trends(window.dashboard(), &DashboardPage::trendsLoaded);
    QVERIFY(loaded.count() == 1 || loaded.wait(20000));

    QCOMPARE(figure(&window, u"figureClients"_s), u"300"_s);
    const QString active = db.scalar(u"SELECT COUNT(*) FROM accesses WHERE intended_state = "
                                     "'granted' AND (expires_at IS NULL OR expires_at > "
                                     "'2026-03-15T10:00:00.000Z')"_s)
                               .toString();
    QCOMPARE(figure(&window, u"figureActiveAccesses"_s), active);
    const int expiring = db.scalar(u"SELECT COUNT(*) FROM accesses WHERE intended_state = "
                                   "'granted' AND expires_at > '2026-03-15T10:00:00.000Z' AND "
                                   "expires_at <= '2026-03-22T10:00:00.000Z'"_s)
                             .toInt();
    QVERIFY(expiring > 0);
    QCOMPARE(figure(&window, u"figureExpiring"_s), QString::number(expiring));
    QVERIFY(figure(&window, u"figureRevenue"_s).contains(u"USD"_s));
    QCOMPARE(figure(&window, u"figureQueue"_s), u"0"_s);

    auto *table = window.findChild<QTableWidget *>(u"upcomingExpiries"_s);
    QVERIFY(table);
    QCOMPARE(table->rowCount(), qMin(expiring, 50));
    QVERIFY(!table->item(0, 0)->text().isEmpty());

    // The trend lines: twelve months, as the Analytics page defines them.
    DashboardPage *page = window.dashboard();
    QVERIFY(!trends.isEmpty() || trends.wait(30000));
    const auto facts = AnalyticsLoader(db.context()).load();
    QVERIFY(facts);
    const BusinessMetrics metrics(*facts);
    const QDate month = BusinessMetrics::monthStart(db.clock().nowUtc().date()).date();
    const auto months = metrics.months(month.addMonths(-11), month);
    QList<double> activeTrend;
    QList<double> fresh;
    for (const auto &m : months) {
        activeTrend.append(m.figures.activeAtEnd);
        fresh.append(m.figures.newClients);
    }
    QCOMPARE(page->trend(u"trendActiveClients"_s)->values(), activeTrend);
    QCOMPARE(page->trend(u"trendNewClients"_s)->values(), fresh);
    QCOMPARE(page->trend(u"trendRevenue"_s)->values().size(), 12);
    QVERIFY(page->trend(u"trendRevenue"_s)->accessibleName().contains(u"USD"_s));
    QVERIFY(page->trend(u"trendActiveClients"_s)
                ->toolTip()
                .contains(QLocale().toString(month, u"MMM yyyy"_s)));
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
