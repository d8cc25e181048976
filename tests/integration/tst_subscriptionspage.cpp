#include "ChangePlanDialog.h"
#include "ScriptedPrompter.h"
#include "SubscriptionsPage.h"
#include "TestDatabase.h"
#include "UntilDateDialog.h"
#include "items/AccessTableModel.h"
#include "store/AccessStore.h"
#include "store/ClientStore.h"
#include "store/IndicatorStore.h"
#include "store/PlanStore.h"
#include "store/Statement.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
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

} // namespace

// The Subscriptions page as a vendor uses it, offscreen: select rows, extend, set a date (with
// the lifetime warning), revoke, change plan, search and filter; changes land in the intent and
// the sync queue, and the page says so.
class TestSubscriptionsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void extendBy30DaysFromMaxOfNowAndEnd();
    void presetLeavesLifetimeAlone();
    void dateOnLifetimeWarnsAndNeedsConfirmation();
    void revokeAsksWithTheCount();
    void changePlanShowsTheDiffBeforeQueuing();
    void typingInSearchFiltersTheTable();
    void statusButtonsFilterAndCount();
    void nothingSelectedSaysSo();

private:
    qint64 grant(const QString &client, char indicator, const Expiration &until,
                 std::optional<qint64> plan = std::nullopt);
    std::optional<Access> access(const QString &client, char indicator);
    qint64 pendingRows();
    void select(const QList<qint64> &accessIds);
    void settle();

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ScriptedPrompter> m_prompter;
    std::unique_ptr<SubscriptionsPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QHash<char, qint64> m_indicator;
    QHash<QString, qint64> m_client;
    QHash<QString, qint64> m_access;
    qint64 m_pro = 0;
};

qint64 TestSubscriptionsPage::grant(const QString &client, char indicator, const Expiration &until,
                                    std::optional<qint64> plan)
{
    if (!m_client.contains(client)) {
        Client c;
        c.tvUsername = client;
        c.fullName = client.left(1).toUpper() + client.mid(1) + u" Example"_s;
        m_client[client] = ClientStore(m_db->context()).create(c).value();
    }
    AccessStore::Grant g;
    g.clientId = m_client[client];
    g.indicatorId = m_indicator[indicator];
    g.expiration = until;
    g.planId = plan;
    const qint64 id = AccessStore(m_db->context()).grant(g).value();
    m_access[client + u'/' + QChar::fromLatin1(indicator)] = id;
    return id;
}

std::optional<Access> TestSubscriptionsPage::access(const QString &client, char indicator)
{
    return AccessStore(m_db->context()).forPair(m_client[client], m_indicator[indicator]);
}

qint64 TestSubscriptionsPage::pendingRows()
{
    return m_db->scalar(u"SELECT COUNT(*) FROM sync_queue WHERE state = 'pending'"_s).toLongLong();
}

void TestSubscriptionsPage::settle()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->model()->isLoading() && !m_page->isBusy(), 10000);
}

void TestSubscriptionsPage::select(const QList<qint64> &accessIds)
{
    settle();
    const QList<int> rows =
        m_page->model()->rowsOf(QSet<qint64>(accessIds.cbegin(), accessIds.cend()));
    QCOMPARE(rows.size(), accessIds.size());
    QTableView *table = m_page->table();
    table->clearSelection();
    for (int row : rows) {
        table->selectionModel()->select(m_page->model()->index(row, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    table->setFocus();
}

void TestSubscriptionsPage::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
    m_prompter = std::make_unique<ScriptedPrompter>();
    m_indicator.clear();
    m_client.clear();
    m_access.clear();
    for (char c : {'A', 'B', 'C'}) {
        Indicator i;
        i.name = u"Indicator "_s + QChar::fromLatin1(c);
        i.pineId = pine(char(c - 'A' + 'a'));
        m_indicator[c] = IndicatorStore(m_db->context()).create(i).value();
    }
    Plan basic;
    basic.name = u"Basic"_s;
    basic.duration = Duration::days(30);
    basic.price = Money(2900, u"USD"_s);
    basic.indicatorIds = {m_indicator['A']};
    const qint64 basicId = PlanStore(m_db->context()).create(basic).value();
    Plan pro = basic;
    pro.name = u"Pro"_s;
    pro.duration = Duration::days(90);
    pro.indicatorIds = {m_indicator['B'], m_indicator['C']};
    m_pro = PlanStore(m_db->context()).create(pro).value();

    grant(u"alice"_s, 'A', at(u"2026-04-01T00:00:00.000"_s), basicId);
    grant(u"alice"_s, 'B', at(u"2026-03-18T00:00:00.000"_s));
    grant(u"bob"_s, 'A', at(u"2026-03-01T00:00:00.000"_s), basicId); // expired
    grant(u"carol"_s, 'A', Expiration::lifetime(), basicId);
    grant(u"dan"_s, 'C', at(u"2026-09-01T00:00:00.000"_s));
    // TradingView already holds all of it: only what the page queues will wait.
    QVERIFY(
        Statement(m_db->database().connection(), u"UPDATE sync_queue SET state = 'done'"_s).exec());
    QCOMPARE(pendingRows(), 0);

    m_page = std::make_unique<SubscriptionsPage>(
        ConsoleContext{m_db->database(), m_db->clock(), u"test"_s, nullptr});
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->resize(1100, 600);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    settle();
    QCOMPARE(m_page->model()->rowCount(), 5);
}

void TestSubscriptionsPage::cleanup()
{
    m_tester.reset();
    m_page.reset();
    m_prompter.reset();
    m_db.reset();
}

void TestSubscriptionsPage::extendBy30DaysFromMaxOfNowAndEnd()
{
    QSignalSpy queued(m_page.get(), &SubscriptionsPage::changesQueued);
    QSignalSpy finished(m_page.get(), &SubscriptionsPage::actionFinished);
    select({m_access[u"alice/A"_s], m_access[u"bob/A"_s]});
    QTest::keyClick(m_page->table(), Qt::Key_E, Qt::ControlModifier); // extend by 30 days
    QVERIFY(finished.wait(10000));
    QVERIFY2(m_page->message().contains(u"queued for TradingView"_s),
             qPrintable(m_page->message()));
    QCOMPARE(queued.count(), 1);
    // Running: from its end. Expired: from now.
    QCOMPARE(access(u"alice"_s, 'A')->expiration, at(u"2026-05-01T00:00:00.000"_s));
    QCOMPARE(access(u"bob"_s, 'A')->expiration, at(u"2026-04-14T10:00:00.000"_s));
    QCOMPARE(access(u"alice"_s, 'B')->expiration, at(u"2026-03-18T00:00:00.000"_s));
    // Exactly the two pairs wait for the engine.
    QCOMPARE(pendingRows(), 2);
    Statement pairs(m_db->database().connection(),
                    u"SELECT COUNT(*) FROM sync_queue WHERE state = 'pending' AND pine_id = :p "
                    "AND tv_username IN ('alice', 'bob')"_s);
    pairs.bind(u":p"_s, pine('a'));
    QVERIFY(pairs.execAndFirst().value());
    QCOMPARE(pairs.value(0).toInt(), 2);
    // The table shows the new dates and keeps the selection.
    settle();
    QCOMPARE(m_page->table()->selectionModel()->selectedRows().size(), 2);
    const int row = m_page->model()->rowsOf({m_access[u"bob/A"_s]}).value(0);
    QCOMPARE(m_page->model()
                 ->index(row, AccessTableModel::Status)
                 .data(AccessTableModel::StatusRole)
                 .toInt(),
             int(AccessStatus::Active));
}

void TestSubscriptionsPage::presetLeavesLifetimeAlone()
{
    QSignalSpy finished(m_page.get(), &SubscriptionsPage::actionFinished);
    select({m_access[u"carol/A"_s], m_access[u"dan/C"_s]});
    m_page->extendSelected(Duration::days(90));
    QVERIFY(finished.wait(10000));
    QVERIFY2(m_page->message().contains(u"stay lifetime"_s), qPrintable(m_page->message()));
    QCOMPARE(access(u"carol"_s, 'A')->expiration, Expiration::lifetime());
    QCOMPARE(access(u"dan"_s, 'C')->expiration, at(u"2026-11-30T00:00:00.000"_s));
    QCOMPARE(pendingRows(), 1);
    QVERIFY(m_prompter->asked.isEmpty()); // no question for a preset
}

void TestSubscriptionsPage::dateOnLifetimeWarnsAndNeedsConfirmation()
{
    bool keyboard = true;
    const auto chooseDate = [this, &keyboard](QDate day) {
        QSignalSpy finished(m_page.get(), &SubscriptionsPage::actionFinished);
        if (keyboard) {
            QTest::keyClick(m_page->table(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        } else {
            // QTest's key clicks stop reaching shortcuts once a window-modal dialog took the key
            // releases; the menu action is the same path.
            m_page->findChild<QAction *>(u"extendUntil"_s)->trigger();
        }
        keyboard = false;
        UntilDateDialog *dialog = nullptr;
        const auto visibleDialog = [this] {
            for (auto *d : m_page->findChildren<UntilDateDialog *>()) {
                if (d->isVisible())
                    return d;
            }
            return static_cast<UntilDateDialog *>(nullptr);
        };
        QTRY_VERIFY((dialog = visibleDialog()));
        dialog->setDate(day);
        dialog->accept();
        QVERIFY(finished.wait(10000));
    };
    select({m_access[u"carol/A"_s], m_access[u"alice/B"_s]});
    chooseDate(QDate(2026, 12, 31)); // the prompter answers no
    QCOMPARE(m_prompter->asked.size(), 1);
    QVERIFY2(m_prompter->asked[0].contains(u"lifetime"_s), qPrintable(m_prompter->asked[0]));
    QVERIFY(m_page->message().contains(u"Nothing was changed"_s));
    QCOMPARE(access(u"carol"_s, 'A')->expiration, Expiration::lifetime());
    QCOMPARE(access(u"alice"_s, 'B')->expiration, at(u"2026-03-18T00:00:00.000"_s));
    QCOMPARE(pendingRows(), 0);

    m_prompter->confirmations.enqueue(true);
    settle();
    chooseDate(QDate(2026, 12, 31));
    QCOMPARE(m_prompter->asked.size(), 2);
    QCOMPARE(access(u"carol"_s, 'A')->expiration, Expiration::endOfDay(QDate(2026, 12, 31)));
    QCOMPARE(access(u"alice"_s, 'B')->expiration, Expiration::endOfDay(QDate(2026, 12, 31)));
    QCOMPARE(pendingRows(), 2);

    // Without a lifetime access in the selection, a date needs no confirmation.
    settle();
    select({m_access[u"dan/C"_s]});
    chooseDate(QDate(2027, 1, 15));
    QCOMPARE(m_prompter->asked.size(), 2);
    QCOMPARE(access(u"dan"_s, 'C')->expiration, Expiration::endOfDay(QDate(2027, 1, 15)));
}

void TestSubscriptionsPage::revokeAsksWithTheCount()
{
    QSignalSpy finished(m_page.get(), &SubscriptionsPage::actionFinished);
    QSignalSpy queued(m_page.get(), &SubscriptionsPage::changesQueued);
    select({m_access[u"alice/A"_s], m_access[u"dan/C"_s]});
    QTest::keyClick(m_page->table(), Qt::Key_Delete); // answered no
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_prompter->asked.size(), 1);
    QVERIFY2(m_prompter->asked[0].contains(u"2"_s), qPrintable(m_prompter->asked[0]));
    QCOMPARE(access(u"alice"_s, 'A')->intent, IntendedState::Granted);
    QCOMPARE(queued.count(), 0);

    m_prompter->confirmations.enqueue(true);
    m_page->findChild<QPushButton *>(u"revokeButton"_s)->click();
    QVERIFY(finished.wait(10000));
    QCOMPARE(access(u"alice"_s, 'A')->intent, IntendedState::Revoked);
    QCOMPARE(access(u"dan"_s, 'C')->intent, IntendedState::Revoked);
    QCOMPARE(access(u"bob"_s, 'A')->intent, IntendedState::Granted);
    QCOMPARE(pendingRows(), 2);
    QCOMPARE(queued.count(), 1);
}

void TestSubscriptionsPage::changePlanShowsTheDiffBeforeQueuing()
{
    QSignalSpy finished(m_page.get(), &SubscriptionsPage::actionFinished);
    QSignalSpy queued(m_page.get(), &SubscriptionsPage::changesQueued);
    select({m_access[u"alice/A"_s], m_access[u"carol/A"_s]});
    m_page->findChild<QPushButton *>(u"changePlanButton"_s)->click();
    ChangePlanDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_page->findChild<ChangePlanDialog *>()) && dialog->isVisible());
    auto *queueButton = dialog->findChild<QPushButton *>(u"queueButton"_s);
    QVERIFY(!queueButton->isEnabled());
    QSignalSpy shown(dialog, &ChangePlanDialog::diffShown);
    dialog->choosePlan(m_pro);
    QVERIFY(shown.wait(10000));
    QVERIFY(dialog->diff().has_value());
    QCOMPARE(dialog->diff()->grantCount(), 3);     // alice C, carol B and C (alice holds B)
    QCOMPARE(dialog->diff()->extensionCount(), 1); // alice B
    QCOMPARE(dialog->diff()->revokeCount(), 2);    // A for both, carol's is for life
    auto *warning = dialog->findChild<QLabel *>(u"lifetimeWarning"_s);
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(u"revoked"_s), qPrintable(warning->text()));
    QVERIFY(queueButton->isEnabled());
    QCOMPARE(pendingRows(), 0); // nothing until the vendor agrees

    queueButton->click();
    QVERIFY(finished.wait(10000));
    QCOMPARE(queued.count(), 1);
    QCOMPARE(access(u"carol"_s, 'A')->intent, IntendedState::Revoked);
    QCOMPARE(access(u"carol"_s, 'B')->expiration, at(u"2026-06-13T10:00:00.000"_s));
    QCOMPARE(access(u"alice"_s, 'B')->expiration, at(u"2026-06-16T00:00:00.000"_s));
    QCOMPARE(pendingRows(), 6);
}

void TestSubscriptionsPage::typingInSearchFiltersTheTable()
{
    auto *search = m_page->findChild<QLineEdit *>(u"subscriptionsSearch"_s);
    QTest::keyClick(m_page.get(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, u"ALI"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 2, 10000);
    for (int row = 0; row < 2; ++row)
        QCOMPARE(m_page->model()->index(row, AccessTableModel::Username).data().toString(),
                 u"alice"_s);
    // An indicator name works too.
    search->clear();
    QTest::keyClicks(search, u"indicator c"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 1, 10000);
    QCOMPARE(m_page->model()->index(0, AccessTableModel::Username).data().toString(), u"dan"_s);
    search->clear();
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 5, 10000);
}

void TestSubscriptionsPage::statusButtonsFilterAndCount()
{
    const auto button = [this](AccessQuery::Filter filter) {
        return m_page->findChild<QAbstractButton *>(u"filter%1"_s.arg(int(filter)));
    };
    QAbstractButton *lifetime = button(AccessQuery::Filter::Lifetime);
    QAbstractButton *expiring = button(AccessQuery::Filter::Expiring);
    QVERIFY(lifetime && expiring);
    QTRY_VERIFY(lifetime->text().contains(u"(1)"_s));
    QVERIFY(expiring->text().contains(u"(1)"_s));
    QVERIFY(button(AccessQuery::Filter::All)->text().contains(u"(5)"_s));

    QSignalSpy loaded(m_page->model(), &AccessTableModel::loaded);
    lifetime->click();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(m_page->model()->index(0, AccessTableModel::Username).data().toString(), u"carol"_s);
    expiring->click();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(m_page->model()->index(0, AccessTableModel::Username).data().toString(), u"alice"_s);
}

void TestSubscriptionsPage::nothingSelectedSaysSo()
{
    QSignalSpy finished(m_page.get(), &SubscriptionsPage::actionFinished);
    m_page->table()->clearSelection();
    m_page->revokeSelected();
    QCOMPARE(finished.count(), 1);
    QVERIFY(m_page->message().contains(u"Select"_s));
    QVERIFY(m_prompter->asked.isEmpty());
}

QTEST_MAIN(TestSubscriptionsPage)
#include "tst_subscriptionspage.moc"
