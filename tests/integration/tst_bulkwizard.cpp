#include "ScriptedPrompter.h"
#include "WizardBench.h"
#include "bulk/BulkCheckPage.h"
#include "bulk/BulkPreviewPage.h"
#include "bulk/BulkRunPage.h"
#include "bulk/BulkWhatPage.h"
#include "bulk/BulkWhoPage.h"
#include "items/BulkCheckModel.h"
#include "items/BulkPreviewModel.h"
#include "items/BulkResultsModel.h"
#include "store/AccessStore.h"
#include "store/ClientStore.h"
#include "store/IndicatorStore.h"
#include "store/PlanStore.h"
#include "store/SyncQueueStore.h"
#include "sync/AccessChanges.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace pinedesk;
using namespace pinedesk::test;
using namespace Qt::Literals::StringLiterals;

// The bulk wizard end to end, offscreen, against the sandbox: paste, choose, check on
// TradingView, preview, queue and watch the run; replace mode; a restart in the middle.
class TestBulkWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void fiveHundredPastedUsernames();
    void replaceModeWithOverlappingPlans();
    void restartMidRunResumesAndFinishesExactly();
    void pauseResumeRetryAndCancelWithoutAConnection();
    void everyStepIsUsableByKeyboard();
    void screenshots();
};

void TestBulkWizard::fiveHundredPastedUsernames()
{
    SyncHarness h({}, SyncHarness::fastConfig(), 600);
    WizardBench bench(h);
    ScriptedPrompter prompter;
    const QString alpha = h.sandbox().pine(0);

    seedHolders(h);
    QMap<QString, std::optional<QDateTime>> held;
    for (const QString &name : traders(1, 40))
        held.insert(name, h.sandbox().grant(alpha, name)->expiration);
    const QString pasted = pastedList();

    auto wizard = bench.wizard();
    wizard->attachEngine(&h.engine());
    QSignalSpy queued(wizard.get(), &BulkWizard::batchQueued);
    wizard->show();
    QCOMPARE(wizard->currentId(), int(BulkWizard::WhoPage));
    wizard->findChild<QPlainTextEdit *>(u"pasteEdit"_s)->setPlainText(pasted);
    QTRY_COMPARE(labelText(wizard.get(), u"recipientCount"_s),
                 u"500 username(s) · 2 duplicate(s) merged"_s);
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    wizard->next();

    QCOMPARE(wizard->currentId(), int(BulkWizard::WhatPage));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // nothing chosen yet
    wizard->whatPage()->chooseIndicators({bench.ids.at(0)});
    wizard->whatPage()->choosePreset(u"7D"_s);
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    wizard->next();

    QCOMPARE(wizard->currentId(), int(BulkWizard::CheckPage));
    BulkCheckPage *check = wizard->checkPage();
    QAbstractItemModelTester checkTester(check->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY_WITH_TIMEOUT(check->isComplete(), 15000);
    int valid = 0;
    int notFound = 0;
    for (const auto &e : check->model()->entries()) {
        valid += e.check.outcome == UsernameCheck::Outcome::Valid ? 1 : 0;
        notFound += e.check.outcome == UsernameCheck::Outcome::NotFound ? 1 : 0;
    }
    QCOMPARE(valid, 480);
    QCOMPARE(notFound, 20);
    QVERIFY2(labelText(check, u"checkCounts"_s).contains(u"20 not found (left out)"_s),
             qPrintable(labelText(check, u"checkCounts"_s)));
    QVERIFY(labelText(check, u"checkCounts"_s).contains(u"40 already have access"_s));
    QVERIFY(labelText(check, u"checkCounts"_s).contains(u"10 hold lifetime access"_s));
    wizard->next();

    QCOMPARE(wizard->currentId(), int(BulkWizard::PreviewPage));
    BulkPreviewPage *preview = wizard->previewPage();
    QAbstractItemModelTester previewTester(preview->model(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY_WITH_TIMEOUT(preview->isComplete(), 10000);
    QCOMPARE(h.count(u"SELECT COUNT(*) FROM sync_queue WHERE state = 'pending'"_s), 0);
    QCOMPARE(labelText(preview, u"totalUsers"_s), u"480"_s);
    QCOMPARE(labelText(preview, u"totalGrants"_s), u"440"_s);
    QCOMPARE(labelText(preview, u"totalExtensions"_s), u"0"_s);
    QCOMPARE(labelText(preview, u"totalNoChanges"_s), u"40"_s);
    QCOMPARE(labelText(preview, u"totalRevokes"_s), u"0"_s);
    const QString warnings = labelText(preview, u"previewWarnings"_s);
    QVERIFY2(warnings.contains(u"10 client(s) hold lifetime access"_s), qPrintable(warnings));
    QVERIFY(warnings.contains(u"440 client(s) have no e-mail address"_s));
    QVERIFY(warnings.contains(u"440 username(s) are not clients yet"_s));
    QCOMPARE(wizard->button(QWizard::CommitButton)->text(), u"&Queue 440 change(s)"_s);
    const QDateTime queuedFrom = QDateTime::currentDateTimeUtc();
    wizard->next();

    QCOMPARE(wizard->currentId(), int(BulkWizard::RunPage));
    QVERIFY(queued.wait(10000));
    const QDateTime queuedTo = QDateTime::currentDateTimeUtc();
    const qint64 batch = queued.first().first().toLongLong();
    QCOMPARE(wizard->batchId(), batch);
    QCOMPARE(h.count(u"SELECT MAX(id) FROM sync_batches"_s), batch); // the newest batch is it
    QCOMPARE(h.count(u"SELECT COUNT(*) FROM sync_queue WHERE batch_id = "
                     "(SELECT MAX(id) FROM sync_batches)"_s),
             440);
    BulkRunPage *run = wizard->runPage();
    QAbstractItemModelTester runTester(run->model(),
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(h.runUntilIdle(20000));
    QTRY_VERIFY_WITH_TIMEOUT(run->isFinished(), 10000);
    QCOMPARE(labelText(run, u"runHeadline"_s),
             u"Finished: all 440 change(s) are on TradingView."_s);
    QVERIFY(labelText(run, u"runCounts"_s).startsWith(u"Done 440 · Failed 0 · Waiting 0"_s));

    // The sandbox holds exactly what was intended: 440 new 7-day grants, the rest untouched.
    QCOMPARE(h.differences(), QStringList());
    QCOMPARE(h.sandbox().state().script(alpha)->grants.size(), qsizetype(480));
    for (const QString &name : traders(41, 480)) {
        const auto *g = h.sandbox().grant(alpha, name);
        QVERIFY2(g && g->expiration, qPrintable(name));
        QVERIFY(*g->expiration >= queuedFrom.addDays(7).addSecs(-1));
        QVERIFY(*g->expiration <= queuedTo.addDays(7).addSecs(1));
    }
    for (const QString &name : traders(1, 40))
        QCOMPARE(h.sandbox().grant(alpha, name)->expiration, held.value(name));
    QCOMPARE(h.count(u"SELECT COUNT(*) FROM clients WHERE tv_username LIKE 'ghost%'"_s), 0);
    QCOMPARE(h.count(u"SELECT COUNT(*) FROM clients"_s), 480);

    // The results CSV accounts for every pasted username.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"results.csv"_s);
    prompter.files.enqueue(path);
    run->findChild<QPushButton *>(u"exportButton"_s)->click();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList rows = QString::fromUtf8(file.readAll())
                                 .remove(QChar(0xFEFF))
                                 .split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 501);
    QVERIFY(rows.first().startsWith(u"Username,Indicator,Pine ID,Change"_s));
    const auto count = [&rows](const QString &part) {
        return int(std::count_if(rows.cbegin(), rows.cend(),
                                 [&part](const QString &r) { return r.contains(part); }));
    };
    QCOMPARE(count(u",New grant,,"_s), 440);
    QCOMPARE(count(u",Done,Added on TradingView,1,"_s), 440);
    QCOMPARE(count(u",No change,lifetime,lifetime,No change,"_s), 10);
    QCOMPARE(count(u",No change,"_s), 40);
    QCOMPARE(count(u",Left out,Not found on TradingView,"_s), 20);
    QVERIFY(rows.contains(u"ghost_trader_01,,,,,,Left out,Not found on TradingView,,"_s));
}

void TestBulkWizard::replaceModeWithOverlappingPlans()
{
    SyncHarness h({}, SyncHarness::fastConfig(), 200);
    WizardBench bench(h);
    ScriptedPrompter prompter;
    const qint64 alpha = bench.ids.at(0);
    const qint64 beta = bench.ids.at(1);
    const qint64 gamma = bench.ids.at(2);
    Plan basic;
    basic.name = u"Basic"_s;
    basic.duration = Duration::days(30);
    basic.price = Money(2900, u"USD"_s);
    basic.indicatorIds = {alpha, beta};
    const qint64 basicId = PlanStore(h.context()).create(basic).value();
    Plan pro;
    pro.name = u"Pro"_s;
    pro.duration = Duration::days(90);
    pro.price = Money(9900, u"USD"_s);
    pro.indicatorIds = {beta, gamma};
    const qint64 proId = PlanStore(h.context()).create(pro).value();

    // 20 Basic subscribers; the first 5 hold Alpha for life.
    const QDateTime in10 = QDateTime::currentDateTimeUtc().addDays(10);
    for (int i = 1; i <= 20; ++i) {
        const qint64 client = ClientStore(h.context()).create({0, traders(i, i).first()}).value();
        for (qint64 ind : {alpha, beta}) {
            AccessStore::Grant g;
            g.clientId = client;
            g.indicatorId = ind;
            g.expiration = (ind == alpha && i <= 5) ? Expiration::lifetime() : Expiration::at(in10);
            g.planId = basicId;
            QVERIFY(AccessStore(h.context()).grant(g).ok());
        }
    }
    QVERIFY(h.runUntilIdle());
    QCOMPARE(h.differences(), QStringList());

    auto wizard = bench.wizard();
    wizard->attachEngine(&h.engine());
    QSignalSpy queued(wizard.get(), &BulkWizard::batchQueued);
    wizard->show();
    wizard->setRecipients(traders(1, 20) + QStringList{u"trader00100"_s}, u"Basic users"_s);
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(labelText(wizard.get(), u"recipientCount"_s).startsWith(u"21 username(s)"_s));
    wizard->next();
    wizard->whatPage()->chooseReplace(basicId, proId);
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    wizard->next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard->checkPage()->isComplete(), 10000);
    wizard->next();
    BulkPreviewPage *preview = wizard->previewPage();
    QTRY_VERIFY_WITH_TIMEOUT(preview->isComplete(), 10000);
    // Per client: Alpha revoked (kept for the 5 lifetime holders), Beta extended, Gamma granted.
    QCOMPARE(labelText(preview, u"totalGrants"_s), u"22"_s); // Gamma x 21, Beta for the newcomer
    QCOMPARE(labelText(preview, u"totalExtensions"_s), u"20"_s); // Beta
    QCOMPARE(labelText(preview, u"totalRevokes"_s), u"15"_s);    // Alpha
    QCOMPARE(labelText(preview, u"totalNoChanges"_s), u"5"_s);   // lifetime Alpha kept
    QVERIFY(
        labelText(preview, u"previewWarnings"_s).contains(u"5 client(s) hold lifetime access"_s));
    const BulkPreview::User &sixth = preview->model()->user(5);
    QCOMPARE(sixth.username, u"trader00006"_s);
    const QString diff = preview->model()->index(5, BulkPreviewModel::Change).data().toString();
    QVERIFY2(diff.contains(u"Alpha: revoke"_s) && diff.contains(u"Gamma: new"_s), qPrintable(diff));
    QVERIFY(preview->model()
                ->index(0, BulkPreviewModel::Notes)
                .data()
                .toString()
                .contains(u"Lifetime"_s));
    preview->saveAsCampaign(u"Move to Pro"_s);
    wizard->next();
    QVERIFY(queued.wait(10000));
    QVERIFY(h.runUntilIdle(20000));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->runPage()->isFinished(), 10000);

    QCOMPARE(h.differences(), QStringList());
    const QString alphaPine = h.sandbox().pine(0);
    const QString betaPine = h.sandbox().pine(1);
    QCOMPARE(h.sandbox().state().script(alphaPine)->grants.size(), qsizetype(5));
    for (const QString &name : traders(1, 5))
        QVERIFY(!h.sandbox().grant(alphaPine, name)->expiration);
    QCOMPARE(h.sandbox().state().script(betaPine)->grants.size(), qsizetype(21));
    for (const QString &name : traders(1, 20))
        QCOMPARE(*h.sandbox().grant(betaPine, name)->expiration, in10.addDays(90));
    QCOMPARE(h.sandbox().state().script(bench.gammaPine)->grants.size(), qsizetype(21));
    QCOMPARE(h.count(u"SELECT COUNT(*) FROM campaigns WHERE name = 'Move to Pro' AND "
                     "audience = 'Basic users' AND offer = 'Move from Basic to Pro'"_s),
             1);
    QCOMPARE(h.count(u"SELECT COUNT(*) FROM accesses WHERE plan_id = %1 AND intended_state = "
                     "'granted'"_s.arg(proId)),
             42);
}

void TestBulkWizard::restartMidRunResumesAndFinishesExactly()
{
    SandboxConfig slow;
    slow.latencyMinMs = 5;
    slow.latencyMaxMs = 15;
    SyncHarness h(slow, SyncHarness::fastConfig(), 400);
    WizardBench bench(h);
    ScriptedPrompter prompter;
    const QString alpha = h.sandbox().pine(0);
    const QUrl url = h.sandbox().server().baseUrl();
    auto engine =
        std::make_unique<SyncEngine>(h.database(), h.clock(), url, SyncHarness::fastConfig());

    auto wizard = bench.wizard();
    wizard->attachEngine(engine.get());
    QSignalSpy queued(wizard.get(), &BulkWizard::batchQueued);
    wizard->show();
    wizard->findChild<QPlainTextEdit *>(u"pasteEdit"_s)->setPlainText(traders(1, 300).join(u' '));
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    wizard->next();
    wizard->whatPage()->chooseIndicators({bench.ids.at(0)});
    wizard->whatPage()->choosePreset(u"1M"_s);
    wizard->next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard->checkPage()->isComplete(), 10000);
    wizard->next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard->previewPage()->isComplete(), 10000);
    wizard->next();
    QVERIFY(queued.wait(10000));
    const qint64 batch = wizard->batchId();

    // The first engine goes away (as at a crash or a quit) a third of the way through.
    int finished = 0;
    bool gone = false;
    QObject context;
    connect(engine.get(), &SyncEngine::rowFinished, &context, [&] {
        if (++finished == 100)
            QTimer::singleShot(0, &context, [&] {
                engine.reset();
                gone = true;
            });
    });
    engine->start(h.sandbox().client().session());
    QTRY_VERIFY_WITH_TIMEOUT(gone, 20000);
    const auto counts = SyncQueueStore(h.context()).countsByState(batch).value();
    QVERIFY2(counts.value(QueueState::Done) < 300, "the run ended before the restart");
    QVERIFY(counts.value(QueueState::Done) >= 100);
    QVERIFY(h.sandbox().state().script(alpha)->grants.size() < 300);
    wizard->runPage()->poll();
    QVERIFY(!wizard->runPage()->isFinished());

    // A new engine on the same database picks the run up and finishes it exactly.
    SyncEngine again(h.database(), h.clock(), url, SyncHarness::fastConfig());
    wizard->attachEngine(&again);
    QSignalSpy idle(&again, &SyncEngine::idle);
    again.start(h.sandbox().client().session());
    QVERIFY(idle.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->runPage()->isFinished(), 10000);
    QCOMPARE(SyncQueueStore(h.context()).countsByState(batch)->value(QueueState::Done), 300);
    QCOMPARE(h.differences(), QStringList());
    QCOMPARE(h.sandbox().state().script(alpha)->grants.size(), qsizetype(300));
    QCOMPARE(labelText(wizard->runPage(), u"runHeadline"_s),
             u"Finished: all 300 change(s) are on TradingView."_s);
}

void TestBulkWizard::pauseResumeRetryAndCancelWithoutAConnection()
{
    SyncHarness h({}, SyncHarness::fastConfig(), 100);
    WizardBench bench(h);
    ScriptedPrompter prompter;
    QVERIFY(h.runUntilIdle()); // the engine runs, with nothing to do
    auto wizard = bench.wizard(false);
    wizard->attachEngine(&h.engine());
    QSignalSpy queued(wizard.get(), &BulkWizard::batchQueued);
    wizard->show();
    wizard->findChild<QPlainTextEdit *>(u"pasteEdit"_s)
        ->setPlainText((traders(1, 30) + QStringList{ghost(1), ghost(2), ghost(3)}).join(u' '));
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    wizard->next();
    wizard->whatPage()->chooseIndicators({bench.ids.at(1)});
    wizard->whatPage()->choosePreset(u"1Y"_s);
    wizard->next();
    // No line to TradingView: the usernames go ahead unchecked, and the page says so.
    QTRY_VERIFY(wizard->checkPage()->isComplete());
    QVERIFY(labelText(wizard->checkPage(), u"checkStatus"_s).contains(u"No connection"_s));
    wizard->next();
    QTRY_VERIFY(wizard->previewPage()->isComplete());
    wizard->next();
    QVERIFY(queued.wait(10000));
    BulkRunPage *run = wizard->runPage();
    auto *pause = run->findChild<QPushButton *>(u"pauseButton"_s);
    pause->click(); // before the engine looks: nothing of this batch is sent
    QCOMPARE(pause->text(), u"&Resume"_s);
    QVERIFY2(labelText(run, u"runHeadline"_s).startsWith(u"Paused: 0 of 33"_s),
             qPrintable(labelText(run, u"runHeadline"_s)));
    QVERIFY(h.runUntilIdle());
    QCOMPARE(h.sandbox().state().grantCount(), 0);

    pause->click();
    QVERIFY(h.runUntilIdle());
    QTRY_VERIFY(run->isFinished());
    QCOMPARE(labelText(run, u"runHeadline"_s), u"Finished with failures: 30 done, 3 failed."_s);
    QCOMPARE(h.sandbox().state().grantCount(), 30);
    const BulkResultsModel *model = run->model();
    const int ghostRow = 30;
    QCOMPARE(model->results().users().at(ghostRow).username, ghost(1));
    QVERIFY(model->index(ghostRow, BulkResultsModel::Detail)
                .data()
                .toString()
                .contains(u"does not exist"_s));

    auto *retry = run->findChild<QPushButton *>(u"retryButton"_s);
    QVERIFY(retry->isEnabled());
    retry->click();
    QVERIFY(labelText(run, u"runMessage"_s).contains(u"3 failed change(s) queued again"_s));
    QCOMPARE(model->results().counts().waiting, 3);
    QVERIFY(h.runUntilIdle());
    QTRY_COMPARE(model->results().counts().failed, qint64(3));

    pause->click(); // paused, failures retried, then what waits is cancelled
    retry->click();
    auto *cancel = run->findChild<QPushButton *>(u"cancelButton"_s);
    QVERIFY(cancel->isEnabled());
    prompter.confirmations.enqueue(true);
    cancel->click();
    QVERIFY(prompter.asked.last().contains(u"Cancel the 3 change(s) still waiting?"_s));
    QCOMPARE(model->results().counts().cancelled, qint64(3));
    QVERIFY(run->isFinished());
    QCOMPARE(labelText(run, u"runHeadline"_s), u"Stopped: 30 done, 3 cancelled."_s);
    QCOMPARE(h.differences().size(), 3); // the ghosts are still intended, never sent
}

void TestBulkWizard::everyStepIsUsableByKeyboard()
{
    SyncHarness h({}, SyncHarness::fastConfig(), 20);
    WizardBench bench(h);
    auto wizard = bench.wizard();
    wizard->show();
    // Every button, radio button and tick box of every step has a mnemonic and takes focus.
    for (int id : wizard->pageIds()) {
        QWizardPage *page = wizard->page(id);
        for (QAbstractButton *b : page->findChildren<QAbstractButton *>()) {
            if (b->text().isEmpty())
                continue; // e.g. a combo box's arrow
            QVERIFY2(b->text().contains(u'&'), qPrintable(b->text()));
            QVERIFY2(b->focusPolicy() & Qt::TabFocus, qPrintable(b->text()));
        }
        for (QGroupBox *g : page->findChildren<QGroupBox *>()) {
            if (g->isCheckable())
                QVERIFY2(g->title().contains(u'&'), qPrintable(g->title()));
        }
    }
    // The wizard's own buttons too.
    for (auto which :
         {QWizard::NextButton, QWizard::BackButton, QWizard::CommitButton, QWizard::FinishButton}) {
        if (auto *b = wizard->button(which); b && !b->text().isEmpty())
            QVERIFY2(b->text().contains(u'&'), qPrintable(b->text()));
    }
    // Step 1 goes on with the keyboard alone: type, then Alt+N.
    QApplication::setActiveWindow(wizard.get());
    auto *paste = wizard->findChild<QPlainTextEdit *>(u"pasteEdit"_s);
    paste->setFocus();
    QTest::keyClicks(paste, u"trader00001 trader00002"_s);
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QTest::keyClick(wizard.get(), Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(wizard->currentId(), int(BulkWizard::WhatPage));
}

// Every step and a finished run render (and are saved for docs/ when PINEDESK_SCREENSHOT_DIR is
// set): the same run as above, with the campaign box filled in.
void TestBulkWizard::screenshots()
{
    EnglishPlurals plurals;
    QCoreApplication::installTranslator(&plurals);
    SyncHarness h({}, SyncHarness::fastConfig(), 600);
    WizardBench bench(h);
    ScriptedPrompter prompter;
    seedHolders(h);
    auto wizard = bench.wizard();
    wizard->attachEngine(&h.engine());
    QSignalSpy queued(wizard.get(), &BulkWizard::batchQueued);
    wizard->show();
    wizard->findChild<QPlainTextEdit *>(u"pasteEdit"_s)->setPlainText(pastedList());
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(screenshot(wizard.get(), u"wizard-1-who.png"_s));
    wizard->next();
    wizard->whatPage()->chooseIndicators({bench.ids.at(0)});
    wizard->whatPage()->choosePreset(u"7D"_s);
    QVERIFY(screenshot(wizard.get(), u"wizard-2-what.png"_s));
    wizard->next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard->checkPage()->isComplete(), 15000);
    QVERIFY(screenshot(wizard.get(), u"wizard-3-check.png"_s));
    wizard->next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard->previewPage()->isComplete(), 10000);
    wizard->previewPage()->saveAsCampaign(u"November trial"_s);
    QVERIFY(screenshot(wizard.get(), u"wizard-4-preview.png"_s));
    wizard->next();
    QVERIFY(queued.wait(10000));
    QVERIFY(h.runUntilIdle(20000));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->runPage()->isFinished(), 10000);
    QVERIFY(screenshot(wizard.get(), u"wizard-5-run.png"_s));
    QCoreApplication::removeTranslator(&plurals);
}

QTEST_MAIN(TestBulkWizard)
#include "tst_bulkwizard.moc"
