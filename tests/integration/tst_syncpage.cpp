#include "BatchList.h"
#include "MainWindow.h"
#include "ReconciliationPanel.h"
#include "ScriptedPrompter.h"
#include "SyncHarness.h"
#include "SyncPage.h"
#include "items/SyncBatchModel.h"
#include "items/SyncQueueModel.h"
#include "store/ReconciliationStore.h"
#include "sync/AccessChanges.h"
#include "tradingview/TvConnection.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
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

AccessChanges::Request grant(const QStringList &users, const QString &pine,
                             const QString &label = QString())
{
    AccessChanges::Request r;
    r.usernames = users;
    r.pineIds = {pine};
    r.duration = Duration::days(30);
    r.label = label;
    return r;
}

QString labelText(const QWidget &parent, const QString &name)
{
    const auto *label = parent.findChild<QLabel *>(name);
    return label ? label->text() : u"(no label %1)"_s.arg(name);
}

} // namespace

// The Sync page as a vendor uses it, offscreen, against the sandbox.
namespace {
// Waits for the page's reload (queue and batches are read on workers) to be shown.
bool settled(const SyncPage &page)
{
    return QTest::qWaitFor([&page] { return !page.isLoading(); }, 10000);
}
} // namespace

class TestSyncPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void modelListsWaitingAndFailedRows();
    void pauseResumeRetryAndCancel();
    void sessionBannerAsksForANewSession();
    void batchesShowProgressAndCanBePausedResumedCancelled();
    void pacingIsShownNextToTheState();
    void reconciliationPanelShowsDriftsAndQueuesFixes();
    void reconciliationPanelWithoutTradingViewShowsTheLastReport();
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
    QVERIFY(settled(*page));
    auto *table = page->findChild<QTableView *>(u"queueTable"_s);
    QCOMPARE(table->model()->rowCount(), 2);
    table->selectRow(0);
    page->findChild<QPushButton *>(u"cancelButton"_s)->click();
    QVERIFY(settled(*page));
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

    // Two changes fail for good; retry the selected one, then (nothing selected) the rest.
    QVERIFY(AccessChanges(h.context())
                .apply(grant({u"ghost_two"_s, u"ghost_three"_s}, h.sandbox().pine()))
                .ok());
    QVERIFY(h.runUntilIdle());
    page->reload();
    QVERIFY(settled(*page));
    QCOMPARE(table->model()->rowCount(), 2);
    table->selectRow(0);
    page->findChild<QPushButton *>(u"retryButton"_s)->click();
    QVERIFY2(page->message().contains(u"1 failed change(s) queued again"_s),
             qPrintable(page->message()));
    QCOMPARE(h.count(u"SELECT COUNT(*) FROM sync_queue WHERE state = 'dead'"_s), 1);
    table->clearSelection();
    page->findChild<QPushButton *>(u"retryButton"_s)->click();
    QVERIFY2(page->message().contains(u"1 failed change(s) queued again"_s),
             qPrintable(page->message()));
    QCOMPARE(h.count(u"SELECT COUNT(*) FROM sync_queue WHERE state = 'dead'"_s), 0);
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

void TestSyncPage::batchesShowProgressAndCanBePausedResumedCancelled()
{
    SyncHarness h;
    ScriptedPrompter prompter;
    SyncPage page(h.context());
    page.attach(&h.engine());
    page.show();
    SyncBatchModel *model = page.batchList()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto trialA =
        AccessChanges(h.context()).apply(grant(traders(1, 3), h.sandbox().pine(), u"Trial A"_s));
    const auto trialB =
        AccessChanges(h.context()).apply(grant(traders(4, 5), h.sandbox().pine(), u"Trial B"_s));
    QVERIFY(trialA.ok() && trialB.ok());
    page.reload();
    QVERIFY(settled(page));
    QCOMPARE(model->rowCount(), 2);
    const int rowB = model->rowOf(trialB->batchId);
    QCOMPARE(model->index(rowB, SyncBatchModel::Label).data().toString(), u"Trial B"_s);
    QCOMPARE(model->rowAt(rowB)->total, qint64(2));
    QCOMPARE(model->rowAt(rowB)->waiting, qint64(2));
    QCOMPARE(model->index(rowB, SyncBatchModel::Progress).data(SyncBatchModel::PercentRole).toInt(),
             0);

    // Pausing B holds its changes while A goes through.
    auto *pauseBatch = page.findChild<QPushButton *>(u"pauseBatchButton"_s);
    auto *cancelBatch = page.findChild<QPushButton *>(u"cancelBatchButton"_s);
    QVERIFY(pauseBatch && cancelBatch);
    QVERIFY(page.batchList()->selectBatch(trialB->batchId));
    QVERIFY(pauseBatch->isEnabled());
    pauseBatch->click();
    QVERIFY(settled(page));
    QVERIFY2(page.message().contains(u"paused"_s), qPrintable(page.message()));
    QVERIFY(pauseBatch->text().contains(u"Resume"_s));
    QVERIFY(h.runUntilIdle());
    page.reload();
    QVERIFY(settled(page));
    const SyncBatchModel::Row *a = model->rowAt(model->rowOf(trialA->batchId));
    QCOMPARE(a->done, qint64(3));
    QCOMPARE(a->percent(), 100);
    QCOMPARE(SyncBatchModel::stateText(*a), u"Finished"_s);
    const SyncBatchModel::Row *b = model->rowAt(model->rowOf(trialB->batchId));
    QVERIFY(b->paused);
    QCOMPARE(b->waiting, qint64(2));
    QCOMPARE(model->index(model->rowOf(trialB->batchId), SyncBatchModel::State).data().toString(),
             u"Paused"_s);
    QCOMPARE(h.sandbox().state().grantCount(), qint64(3));
    QCOMPARE(page.batchList()->selectedBatchId(), trialB->batchId); // kept across reloads

    // Resuming wakes the engine: B completes.
    pauseBatch->click();
    QVERIFY(settled(page));
    QVERIFY(page.message().contains(u"resumed"_s));
    QTRY_COMPARE_WITH_TIMEOUT(h.count(u"SELECT COUNT(*) FROM sync_queue WHERE state = 'done'"_s),
                              qint64(5), 20000);
    page.reload();
    QVERIFY(settled(page));
    QCOMPARE(model->rowAt(model->rowOf(trialB->batchId))->done, qint64(2));
    QVERIFY(!pauseBatch->isEnabled()); // a finished batch has nothing to pause

    // A batch cancelled while the engine is paused: asked first, then its waiting rows go.
    h.engine().pauseAll();
    const auto trialC =
        AccessChanges(h.context()).apply(grant(traders(6, 7), h.sandbox().pine(), u"Trial C"_s));
    QVERIFY(trialC.ok());
    page.reload();
    QVERIFY(settled(page));
    QVERIFY(page.batchList()->selectBatch(trialC->batchId));
    QVERIFY(cancelBatch->isEnabled());
    cancelBatch->click(); // the prompter answers no
    QVERIFY(prompter.asked.last().contains(u"Trial C"_s));
    QCOMPARE(model->rowAt(model->rowOf(trialC->batchId))->waiting, qint64(2));
    prompter.confirmations.enqueue(true);
    cancelBatch->click();
    QVERIFY(settled(page));
    QVERIFY2(page.message().contains(u"2 change(s)"_s) || page.message().contains(u"cancelled"_s),
             qPrintable(page.message()));
    const SyncBatchModel::Row *c = model->rowAt(model->rowOf(trialC->batchId));
    QCOMPARE(c->cancelled, qint64(2));
    QCOMPARE(SyncBatchModel::stateText(*c), u"Cancelled"_s);
    QCOMPARE(page.model()->rowCount(), 0); // nothing left in the queue table either
}

void TestSyncPage::pacingIsShownNextToTheState()
{
    TestDatabase db;
    SyncPage page(db.context());
    QVERIFY2(page.pacingText().contains(u"between 0.5 and 8 changes a second"_s),
             qPrintable(page.pacingText()));
    SyncConfig config;
    config.write = {2.5, 1, 2.5, 3, 400};
    page.setPacing(config);
    QCOMPARE(labelText(page, u"syncPacing"_s),
             u"Pacing: adapts between 1 and 2.5 changes a second, up to 3 at once"_s);
}

void TestSyncPage::reconciliationPanelShowsDriftsAndQueuesFixes()
{
    SyncHarness h;
    ScriptedPrompter prompter;
    TvConnection tv(h.sandbox().server().baseUrl(), true);
    tv.setSession(h.sandbox().client().session());
    SyncPage page(ConsoleContext{h.database(), h.clock(), u"test"_s, &tv});
    page.attach(&h.engine());
    page.show();
    ReconciliationPanel *panel = page.reconciliationPanel();
    QVERIFY(panel->summary().contains(u"not been compared"_s));
    auto *queue = page.findChild<QPushButton *>(u"queueFixesButton"_s);
    auto *reconcile = page.findChild<QPushButton *>(u"reconcileButton"_s);
    QVERIFY(queue && reconcile);
    QVERIFY(!queue->isEnabled());
    QVERIFY(reconcile->isEnabled());

    const QString pine = h.sandbox().pine();
    QVERIFY(AccessChanges(h.context()).apply(grant(traders(1, 3), pine)).ok());
    QVERIFY(h.runUntilIdle());
    SandboxState &state = h.sandbox().state();
    state.script(pine)->grants.remove(u"trader00001"_s); // missing on TradingView
    state.addUser(u"stranger"_s);                        // holds access, not a client
    state.script(pine)->grants.insert(u"stranger"_s, {state.nextId(), u"stranger"_s, std::nullopt,
                                                      QDateTime::currentDateTimeUtc()});

    QSignalSpy reconciled(panel, &ReconciliationPanel::reconciled);
    reconcile->click();
    QVERIFY(panel->isRunning());
    QVERIFY(reconciled.wait(20000));
    QVERIFY(!panel->isRunning());
    QVERIFY2(panel->summary().contains(u"2 difference(s)"_s), qPrintable(panel->summary()));
    QCOMPARE(labelText(*panel, u"drift_missing"_s), u"1"_s);
    QCOMPARE(labelText(*panel, u"drift_unknown_user"_s), u"1"_s);
    QCOMPARE(labelText(*panel, u"drift_expiration_mismatch"_s), u"0"_s);
    QVERIFY(queue->isEnabled());
    QVERIFY(page.findChild<QComboBox *>(u"unknownUsers"_s)->isEnabled());

    // "Remove their access" for the stranger asks first; no keeps everything as it was.
    panel->setUnknownUsers(Reconciler::UnknownUsers::Remove);
    queue->click();
    QVERIFY(prompter.asked.last().contains(u"not clients"_s));
    QVERIFY(!panel->isRunning());
    prompter.confirmations.enqueue(true);
    QSignalSpy queued(panel, &ReconciliationPanel::fixesQueued);
    queue->click();
    QVERIFY(queued.wait(10000));
    QVERIFY(settled(page));
    QCOMPARE(queued.first().at(1).toInt(), 2);
    QVERIFY(!queue->isEnabled()); // once per report
    QVERIFY2(page.message().contains(u"queued"_s), qPrintable(page.message()));
    QCOMPARE(page.batchList()->model()->rowAt(0)->label, u"Reconciliation fixes"_s);

    // The page woke the engine: TradingView converges.
    QTRY_VERIFY_WITH_TIMEOUT(h.sandbox().grant(pine, u"trader00001"_s) != nullptr, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(h.sandbox().grant(pine, u"stranger"_s) == nullptr, 20000);
    QSignalSpy again(panel, &ReconciliationPanel::reconciled);
    reconcile->click();
    QVERIFY(again.wait(20000));
    QVERIFY2(panel->summary().contains(u"no difference"_s), qPrintable(panel->summary()));
}

void TestSyncPage::reconciliationPanelWithoutTradingViewShowsTheLastReport()
{
    TestDatabase db;
    ReconciliationReport report;
    report.startedAt = db.clock().nowUtc();
    report.finishedAt = report.startedAt.addSecs(5);
    report.scriptsChecked = 2;
    report.grantsOnServer = 40;
    const auto lifetime = std::optional(Expiration::lifetime());
    report.drifts = {
        {ReconciliationReport::Kind::Missing, u"PUB;x"_s, u"X"_s, u"ann"_s, lifetime, std::nullopt},
        {ReconciliationReport::Kind::Missing, u"PUB;x"_s, u"X"_s, u"bob"_s, lifetime, std::nullopt},
        {ReconciliationReport::Kind::LifetimeMismatch, u"PUB;x"_s, u"X"_s, u"cy"_s, lifetime,
         Expiration::at(report.startedAt.addDays(3))}};
    report.errors = {u"Y (PUB;y): the server did not answer"_s};
    QVERIFY(ReconciliationStore(db.context())
                .save(report.startedAt, report.finishedAt, report.toJson())
                .ok());
    // The saved report reads back whole (what "Queue these fixes" works from).
    const ReconciliationReport back =
        ReconciliationReport::fromJson(*ReconciliationStore(db.context()).latest());
    QCOMPARE(back.drifts.size(), 3);
    QCOMPARE(back.drifts[2].username, u"cy"_s);
    QVERIFY(back.drifts[2].intended->isLifetime());
    QCOMPARE(back.drifts[2].onServer->until(), report.startedAt.addDays(3));
    QCOMPARE(back.errors, report.errors);

    SyncPage page(db.context());
    ReconciliationPanel *panel = page.reconciliationPanel();
    QVERIFY2(panel->summary().contains(u"2 script(s)"_s) &&
                 panel->summary().contains(u"3 difference(s)"_s),
             qPrintable(panel->summary()));
    QCOMPARE(labelText(*panel, u"drift_missing"_s), u"2"_s);
    QCOMPARE(labelText(*panel, u"drift_lifetime_mismatch"_s), u"1"_s);
    QVERIFY(labelText(*panel, u"reconcileErrors"_s).contains(u"did not answer"_s));
    QVERIFY(!page.findChild<QPushButton *>(u"reconcileButton"_s)->isEnabled());
    // Its fixes are not queued: clients and TradingView may have changed since it was made.
    QVERIFY(!page.findChild<QPushButton *>(u"queueFixesButton"_s)->isEnabled());
}

QTEST_MAIN(TestSyncPage)
#include "tst_syncpage.moc"
