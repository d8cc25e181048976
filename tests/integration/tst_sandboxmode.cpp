#include "ConnectionStatus.h"
#include "MainWindow.h"
#include "SyncHarness.h"
#include "TestDatabase.h"
#include "domain/SystemClock.h"
#include "sandbox/SandboxMode.h"
#include "store/ClientStore.h"
#include "sync/AccessChanges.h"
#include "sync/Reconciler.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace pinedesk;
using namespace pinedesk::test;
using namespace Qt::Literals::StringLiterals;

// Sandbox mode, as a first-time user meets it: demo data, a sandbox that agrees with it, and a
// status bar that shows what the engine does.
class TestSandboxMode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void demoDataAndSandboxAgree();
    void stateSurvivesARestart();
    void statusBarFollowsTheEngine();
};

void TestSandboxMode::demoDataAndSandboxAgree()
{
    TestDatabase db;
    SystemClock clock;
    SandboxMode mode(db.database(), clock);
    mode.setDemoClients(300);
    QVERIFY2(mode.prepare(), qPrintable(mode.error()));
    const StoreContext context{db.database(), clock, u"test"_s};
    QCOMPARE(ClientStore(context).count(), 300);

    QNetworkAccessManager network;
    TradingViewClient client(&network, mode.baseUrl());
    client.setSession(mode.session());
    Reconciler reconciler(context, client);
    std::optional<ReconciliationReport> report;
    reconciler.run([&report](const ReconciliationReport &r) { report = r; });
    QVERIFY(QTest::qWaitFor([&report] { return report.has_value(); }, 60000));
    QVERIFY(report->errors.isEmpty());
    QCOMPARE(report->scriptsChecked, 12);
    QVERIFY(report->grantsOnServer > 100);
    QCOMPARE(report->drifts.size(), 0); // the sandbox holds exactly what the demo data says
}

void TestSandboxMode::stateSurvivesARestart()
{
    TestDatabase db;
    SystemClock clock;
    QString pine;
    {
        SandboxMode mode(db.database(), clock);
        mode.setDemoClients(50);
        QVERIFY(mode.prepare());
        // A change made on the sandbox (by the engine, or by hand) must still be there next time.
        QNetworkAccessManager network;
        TradingViewClient client(&network, mode.baseUrl());
        client.setSession(mode.session());
        std::optional<TvResult<QList<TvScript>>> scripts;
        client.listScripts([&scripts](const TvResult<QList<TvScript>> &r) { scripts = r; });
        QVERIFY(QTest::qWaitFor([&scripts] { return scripts.has_value(); }, 20000));
        pine = scripts->value().first().pineId;
        std::optional<TvResult<TradingViewClient::AddOutcome>> added;
        const QString someone =
            ClientStore({db.database(), clock, u"t"_s}).search(QString(), 1).first().tvUsername;
        client.removeAccess(pine, someone, [](const auto &) {});
        client.addAccess(pine, someone, Expiration::lifetime(),
                         [&added](const auto &r) { added = r; });
        QVERIFY(QTest::qWaitFor([&added] { return added.has_value(); }, 20000));
        QVERIFY(mode.saveState().ok());
    }
    SandboxMode again(db.database(), clock);
    QVERIFY(again.prepare());
    QCOMPARE(ClientStore({db.database(), clock, u"t"_s}).count(), 50); // no second demo data
    QVERIFY(QFile::exists(db.path() + u".sandbox.json"_s));
}

void TestSandboxMode::statusBarFollowsTheEngine()
{
    SyncHarness h;
    MainWindow window({h.database(), h.clock(), u"test"_s});
    window.attachSync(&h.engine(), true);
    window.show();
    ConnectionStatus *status = window.connectionStatus();
    QCOMPARE(status->badgeText(), u"SANDBOX"_s);
    QVERIFY(window.windowTitle().contains(u"Sandbox"_s));

    AccessChanges::Request r;
    r.usernames = traders(1, 40);
    r.pineIds = {h.sandbox().pine()};
    r.duration = Duration::days(30);
    QVERIFY(AccessChanges(h.context()).apply(r).ok());
    QSignalSpy depth(&h.engine(), &SyncEngine::queueDepthChanged);
    QVERIFY(h.runUntilIdle());
    QVERIFY(!depth.isEmpty());
    QVERIFY(depth.first().first().toLongLong() > 0);
    QCOMPARE(depth.last().first().toLongLong(), 0);
    QVERIFY(status->queueText().isEmpty());
    QVERIFY2(status->stateText().startsWith(u"Idle"_s), qPrintable(status->stateText()));
}

QTEST_MAIN(TestSandboxMode)
#include "tst_sandboxmode.moc"
