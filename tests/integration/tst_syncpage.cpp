#include "MainWindow.h"
#include "SyncHarness.h"
#include "SyncPage.h"
#include "items/SyncQueueModel.h"
#include "sync/AccessChanges.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace pinedesk;
using namespace pinedesk::test;
using namespace Qt::Literals::StringLiterals;

namespace {

AccessChanges::Request grant(const QStringList &users, const QString &pine)
{
    AccessChanges::Request r;
    r.usernames = users;
    r.pineIds = {pine};
    r.duration = Duration::days(30);
    return r;
}

} // namespace

// The Sync page as a vendor uses it, offscreen, against the sandbox.
class TestSyncPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void modelListsWaitingAndFailedRows();
    void pauseResumeRetryAndCancel();
    void sessionBannerAsksForANewSession();
};

void TestSyncPage::modelListsWaitingAndFailedRows()
{
    SyncHarness h;
    SyncQueueModel model(h.context());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(
        AccessChanges(h.context())
            .apply(grant({u"trader00001"_s, u"ghost_one"_s, u"trader00002"_s}, h.sandbox().pine()))
            .ok());
    model.reload();
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(SyncQueueModel::ColumnCount));
    QVERIFY(h.runUntilIdle());
    model.reload();
    QCOMPARE(model.rowCount(), 1); // only the failed one is left to look at
    const QModelIndex reason = model.index(0, SyncQueueModel::Reason);
    QVERIFY(reason.data().toString().contains(u"ghost_one"_s));
    QCOMPARE(model.index(0, SyncQueueModel::State).data().toString(),
             SyncQueueModel::stateName(QueueState::Dead));
    QCOMPARE(model.index(0, SyncQueueModel::State).data(SyncQueueModel::SortRole).toInt(),
             int(QueueState::Dead));
}

void TestSyncPage::pauseResumeRetryAndCancel()
{
    SyncHarness h;
    MainWindow window({h.database(), h.clock(), u"test"_s});
    window.attachSync(&h.engine(), true);
    window.show();
    window.showPage(MainWindow::Page::Sync);
    SyncPage *page = window.syncPage();
    auto *pause = page->findChild<QPushButton *>(u"pauseButton"_s);
    auto *state = page->findChild<QLabel *>(u"syncState"_s);
    QVERIFY(pause && state);

    QVERIFY(h.runUntilIdle()); // started, nothing to do
    QSignalSpy states(&h.engine(), &SyncEngine::stateChanged);
    pause->click();
    QVERIFY(states.wait(5000));
    QCOMPARE(h.engine().state(), EngineState::PausedByUser);
    QCOMPARE(state->text(), EngineStateNames::displayName(EngineState::PausedByUser));
    QVERIFY(pause->text().contains(u"Resume"_s));

    // While paused, new changes wait and can be cancelled from the page.
    QVERIFY(AccessChanges(h.context())
                .apply(grant({u"trader00003"_s, u"trader00004"_s}, h.sandbox().pine()))
                .ok());
    page->reload();
    auto *table = page->findChild<QTableView *>(u"queueTable"_s);
    QCOMPARE(table->model()->rowCount(), 2);
    table->selectRow(0);
    page->findChild<QPushButton *>(u"cancelButton"_s)->click();
    QVERIFY(page->message().contains(u"cancelled"_s));
    QCOMPARE(table->model()->rowCount(), 1);

    pause->click(); // resume
    QVERIFY(QTest::qWaitFor(
        [&h] {
            return h.count(
                       u"SELECT COUNT(*) FROM sync_queue WHERE state IN ('pending', 'in_flight')"_s) ==
                   0;
        },
        20000));
    QCOMPARE(h.sandbox().state().grantCount(), 1);

    QVERIFY(AccessChanges(h.context()).apply(grant({u"ghost_two"_s}, h.sandbox().pine())).ok());
    QVERIFY(h.runUntilIdle());
    page->findChild<QPushButton *>(u"retryButton"_s)->click();
    QVERIFY2(page->message().contains(u"queued again"_s), qPrintable(page->message()));
}

void TestSyncPage::sessionBannerAsksForANewSession()
{
    TestDatabase db;
    SystemClock clock;
    SandboxConfig config;
    config.expireAfterCalls = 1;
    SandboxFixture sandbox(config, 20, 1);
    const StoreContext context{db.database(), clock, u"test"_s};
    QVERIFY(AccessChanges(context).apply(grant(traders(1, 3), sandbox.pine())).ok());
    SyncEngine engine(db.database(), clock, sandbox.server().baseUrl(), SyncHarness::fastConfig());
    SyncPage page(context);
    page.attach(&engine);
    page.show();
    QSignalSpy requested(&page, &SyncPage::newSessionRequested);
    QSignalSpy expired(&engine, &SyncEngine::sessionExpired);
    engine.start(sandbox.client().session());
    QVERIFY(expired.wait(10000));
    auto *banner = page.findChild<QWidget *>(u"sessionBanner"_s);
    QVERIFY(QTest::qWaitFor([banner] { return banner->isVisible(); }, 5000));
    QPushButton *paste = nullptr;
    for (auto *b : banner->findChildren<QPushButton *>())
        paste = b;
    QVERIFY(paste);
    paste->click();
    QCOMPARE(requested.count(), 1);
    // The app answers with a fresh session: the banner goes and the work completes.
    QSignalSpy idle(&engine, &SyncEngine::idle);
    engine.supplySession(TvSession(sandbox.api().renewSession(), QString()));
    QVERIFY(QTest::qWaitFor([banner] { return !banner->isVisible(); }, 10000));
}

QTEST_MAIN(TestSyncPage)
#include "tst_syncpage.moc"
