#include "CalendarPage.h"
#include "ExpiryCalendarView.h"
#include "TestDatabase.h"
#include "items/ExpiryCalendarModel.h"
#include "settings/AppSettings.h"
#include "store/AccessStore.h"
#include "store/ClientStore.h"
#include "store/IndicatorStore.h"
#include "store/SyncLedger.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace pinedesk;
using namespace Qt::Literals::StringLiterals;

namespace {

// Local noon and friends: days in the calendar are the vendor's local days, so the fixture is
// written in local time and holds in any time zone.
QDateTime local(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute));
}

} // namespace

// The expiry calendar: per-day counts from the intent (revoked and lifetime accesses never
// expire), the accesses of the selected day with their sync state, month navigation by button,
// keyboard and "Today", and the "expiring soon" highlight.
class TestCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void monthCountsFollowTheIntent();
    void dayListShowsWhoExpires();
    void monthNavigation();
    void expiringSoonFollowsTheThreshold();

private:
    qint64 client(const QString &username, const QString &fullName);
    qint64 grant(qint64 client, qint64 indicator, const Expiration &until);
    bool waitLoaded(CalendarPage &page, int year, int month);

    std::unique_ptr<test::TestDatabase> m_db;
    qint64 m_alpha = 0;
    qint64 m_beta = 0;
    QHash<QString, qint64> m_access; // "username/indicator" -> access id
};

void TestCalendar::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
}

qint64 TestCalendar::client(const QString &username, const QString &fullName)
{
    Client c;
    c.tvUsername = username;
    c.fullName = fullName;
    return ClientStore(m_db->context()).create(c).value();
}

qint64 TestCalendar::grant(qint64 client, qint64 indicator, const Expiration &until)
{
    AccessStore::Grant g;
    g.clientId = client;
    g.indicatorId = indicator;
    g.expiration = until;
    return AccessStore(m_db->context()).grant(g).value();
}

void TestCalendar::init()
{
    AppSettings().setExpiringWithinDays(7);
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
    Indicator alpha;
    alpha.name = u"Alpha Bands"_s;
    alpha.pineId = u"PUB;aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"_s;
    m_alpha = IndicatorStore(m_db->context()).create(alpha).value();
    Indicator beta;
    beta.name = u"Beta Flow"_s;
    beta.pineId = u"PUB;bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"_s;
    m_beta = IndicatorStore(m_db->context()).create(beta).value();

    const qint64 alice = client(u"alice_fx"_s, u"Alice Archer"_s);
    const qint64 bob = client(u"bob_trades"_s, QString());
    const qint64 carol = client(u"carol"_s, u"Carol Chen"_s);
    const qint64 dave = client(u"dave"_s, u"Dave Doe"_s);
    const qint64 erin = client(u"erin"_s, u"Erin Eve"_s);
    // The clock says 2026-03-15 10:00 UTC.
    m_access[u"alice/alpha"_s] = grant(alice, m_alpha, Expiration::at(local(2026, 3, 20, 12)));
    m_access[u"bob/alpha"_s] = grant(bob, m_alpha, Expiration::at(local(2026, 3, 20, 15)));
    m_access[u"carol/alpha"_s] = grant(carol, m_alpha, Expiration::at(local(2026, 3, 10, 12)));
    grant(dave, m_alpha, Expiration::at(local(2026, 3, 22, 12)));
    QVERIFY(AccessStore(m_db->context()).revoke(dave, m_alpha, std::nullopt).ok());
    grant(erin, m_alpha, Expiration::lifetime());
    m_access[u"alice/beta"_s] = grant(alice, m_beta, Expiration::at(local(2026, 4, 1, 0, 30)));
    m_access[u"bob/beta"_s] = grant(bob, m_beta, Expiration::at(local(2026, 2, 28, 23, 30)));

    // Alice's Alpha is applied on TradingView, Bob's failed for good; the rest are on their way.
    SyncLedger ledger(m_db->context());
    for (int i = 0; i < 10; ++i) {
        const auto claimed = ledger.claimNext();
        QVERIFY(claimed.ok());
        if (!claimed.value())
            break;
        const SyncQueueRow &row = *claimed.value();
        if (row.tvUsername == u"alice_fx"_s && row.pineId.startsWith(u"PUB;a"_s)) {
            QVERIFY(ledger
                        .finishDone(row.id, u"added"_s,
                                    ServerObservation{m_access[u"alice/alpha"_s], true,
                                                      Expiration::at(local(2026, 3, 20, 12))})
                        .ok());
        } else if (row.tvUsername == u"bob_trades"_s && row.pineId.startsWith(u"PUB;a"_s)) {
            QVERIFY(ledger.finishDead(row.id, u"user not found"_s).ok());
        }
    }
}

void TestCalendar::cleanup()
{
    m_db.reset();
    m_access.clear();
}

bool TestCalendar::waitLoaded(CalendarPage &page, int year, int month)
{
    return QTest::qWaitFor(
        [&] {
            return !page.isLoading() && page.model()->month().year() == year &&
                   page.model()->month().month() == month;
        },
        20000);
}

void TestCalendar::monthCountsFollowTheIntent()
{
    // Straight from the loader, as the worker runs it.
    const auto march = ExpiryMonth::load(m_db->database(), 2026, 3);
    QVERIFY2(march.ok(), qPrintable(march.ok() ? QString() : march.error().message()));
    QCOMPARE(march->total(), 3); // no revoked, no lifetime, nothing from February or April
    QCOMPARE(march->countOn(QDate(2026, 3, 20)), 2);
    QCOMPARE(march->countOn(QDate(2026, 3, 10)), 1); // already expired: still that day's expiry
    QCOMPARE(march->countOn(QDate(2026, 3, 22)), 0); // revoked
    QCOMPARE(march->counts().size(), 2);
    const auto april = ExpiryMonth::load(m_db->database(), 2026, 4);
    QCOMPARE(april->total(), 1);
    QCOMPARE(april->countOn(QDate(2026, 4, 1)), 1); // half past midnight is April's
    const auto february = ExpiryMonth::load(m_db->database(), 2026, 2);
    QCOMPARE(february->countOn(QDate(2026, 2, 28)), 1);

    // And on the page, loaded off the GUI thread.
    CalendarPage page({m_db->database(), m_db->clock(), u"test"_s});
    QVERIFY(waitLoaded(page, 2026, 3));
    QCOMPARE(page.calendar()->countOn(QDate(2026, 3, 20)), 2);
    QCOMPARE(page.calendar()->countOn(QDate(2026, 3, 10)), 1);
    QCOMPARE(page.calendar()->countOn(QDate(2026, 3, 22)), 0);
    auto *summary = page.findChild<QLabel *>(u"monthSummary"_s);
    QVERIFY(summary->text().startsWith(u"3 access"_s));
    QVERIFY(page.message().isEmpty());
}

void TestCalendar::dayListShowsWhoExpires()
{
    CalendarPage page({m_db->database(), m_db->clock(), u"test"_s});
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(waitLoaded(page, 2026, 3));
    QCOMPARE(page.calendar()->selectedDate(), QDate(2026, 3, 15)); // today, by the clock
    QCOMPARE(page.model()->rowCount(), 0);

    page.calendar()->setSelectedDate(QDate(2026, 3, 20));
    ExpiryCalendarModel *m = page.model();
    QCOMPARE(m->rowCount(), 2);
    QCOMPARE(m->columnCount(), int(ExpiryCalendarModel::ColumnCount));
    QCOMPARE(m->index(0, ExpiryCalendarModel::Client).data().toString(), u"Alice Archer"_s);
    QCOMPARE(m->index(0, ExpiryCalendarModel::Username).data().toString(), u"alice_fx"_s);
    QCOMPARE(m->index(0, ExpiryCalendarModel::Indicator).data().toString(), u"Alpha Bands"_s);
    QCOMPARE(m->index(0, ExpiryCalendarModel::Expires).data(ExpiryCalendarModel::SortRole),
             QVariant(local(2026, 3, 20, 12).toUTC()));
    QCOMPARE(m->index(0, ExpiryCalendarModel::Sync).data().toString(),
             SyncStateRule::displayName(SyncState::InSync));
    QCOMPARE(m->index(0, ExpiryCalendarModel::Client).data(ExpiryCalendarModel::AccessIdRole),
             QVariant(m_access[u"alice/alpha"_s]));
    // Bob gave no name: the username stands in. His grant failed on TradingView.
    QCOMPARE(m->index(1, ExpiryCalendarModel::Client).data().toString(), u"bob_trades"_s);
    QCOMPARE(m->index(1, ExpiryCalendarModel::Sync).data().toString(),
             SyncStateRule::displayName(SyncState::NeedsAttention));
    auto *title = page.findChild<QLabel *>(u"dayTitle"_s);
    QVERIFY2(title->text().startsWith(u"2 access"_s), qPrintable(title->text()));

    // The table shows the same, through its sorting proxy.
    auto *table = page.findChild<QTableView *>(u"dayExpiries"_s);
    QCOMPARE(table->model()->rowCount(), 2);
    table->sortByColumn(ExpiryCalendarModel::Expires, Qt::DescendingOrder);
    QCOMPARE(table->model()->index(0, ExpiryCalendarModel::Username).data().toString(),
             u"bob_trades"_s);

    page.calendar()->setSelectedDate(QDate(2026, 3, 10));
    QCOMPARE(m->rowCount(), 1);
    QCOMPARE(m->index(0, ExpiryCalendarModel::Username).data().toString(), u"carol"_s);
    QCOMPARE(m->index(0, ExpiryCalendarModel::Sync).data().toString(),
             SyncStateRule::displayName(SyncState::Pending));
    page.calendar()->setSelectedDate(QDate(2026, 3, 22)); // only a revoked access that day
    QCOMPARE(m->rowCount(), 0);
    QVERIFY(title->text().startsWith(u"Nothing expires on"_s));
}

void TestCalendar::monthNavigation()
{
    CalendarPage page({m_db->database(), m_db->clock(), u"test"_s});
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.show();
    QVERIFY(waitLoaded(page, 2026, 3));

    // The calendar's own "next month" arrow.
    auto *next = page.calendar()->findChild<QWidget *>(u"qt_calendar_nextmonth"_s);
    QVERIFY(next);
    QTest::mouseClick(next, Qt::LeftButton);
    QVERIFY(waitLoaded(page, 2026, 4));
    QCOMPARE(page.calendar()->selectedDate(), QDate(2026, 4, 15)); // the same day, next month
    QCOMPARE(page.calendar()->countOn(QDate(2026, 4, 1)), 1);
    QCOMPARE(page.calendar()->countOn(QDate(2026, 3, 20)), 0); // March's counts are gone
    page.calendar()->setSelectedDate(QDate(2026, 4, 1));
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.model()->index(0, ExpiryCalendarModel::Indicator).data().toString(),
             u"Beta Flow"_s);

    // Keyboard: Page Up goes back a month (twice: to February).
    auto *grid = page.calendar()->findChild<QTableView *>(u"qt_calendar_calendarview"_s);
    QVERIFY(grid);
    grid->setFocus();
    QTest::keyClick(grid, Qt::Key_PageUp);
    QVERIFY(waitLoaded(page, 2026, 3));
    QTest::keyClick(grid, Qt::Key_PageUp);
    QVERIFY(waitLoaded(page, 2026, 2));
    QCOMPARE(page.calendar()->selectedDate(), QDate(2026, 2, 1));
    QCOMPARE(page.calendar()->countOn(QDate(2026, 2, 28)), 1);
    QTest::keyClick(grid, Qt::Key_End); // the month's last day
    QCOMPARE(page.calendar()->selectedDate(), QDate(2026, 2, 28));
    QCOMPARE(page.model()->rowCount(), 1);

    // A month chosen from code, then Today brings the vendor back.
    page.showMonth(2026, 6);
    QVERIFY(waitLoaded(page, 2026, 6));
    QCOMPARE(page.model()->month().total(), 0);
    auto *today = page.findChild<QPushButton *>(u"todayButton"_s);
    QTest::mouseClick(today, Qt::LeftButton);
    QVERIFY(waitLoaded(page, 2026, 3));
    QCOMPARE(page.calendar()->selectedDate(), QDate(2026, 3, 15));
    QCOMPARE(page.calendar()->monthShown(), 3);
}

void TestCalendar::expiringSoonFollowsTheThreshold()
{
    CalendarPage page({m_db->database(), m_db->clock(), u"test"_s});
    QVERIFY(waitLoaded(page, 2026, 3));
    ExpiryCalendarView *view = page.calendar();
    QVERIFY(view->isSoon(QDate(2026, 3, 20)));  // within 7 days of the 15th
    QVERIFY(!view->isSoon(QDate(2026, 3, 10))); // past
    QVERIFY(!view->isSoon(QDate(2026, 3, 25)));
    page.setExpiringWithinDays(3);
    QVERIFY(!view->isSoon(QDate(2026, 3, 20)));
    // The page reads the setting again when it is shown.
    AppSettings().setExpiringWithinDays(10);
    page.show();
    QVERIFY(view->isSoon(QDate(2026, 3, 25)));
    QVERIFY(!view->isSoon(QDate(2026, 3, 26)));
    QVERIFY(page.legend().contains(u"10"_s));
    QVERIFY(waitLoaded(page, 2026, 3));
}

QTEST_MAIN(TestCalendar)
#include "tst_calendar.moc"
