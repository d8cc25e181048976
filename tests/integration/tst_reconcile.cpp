#include "SyncHarness.h"
#include "store/AccessStore.h"
#include "store/ClientStore.h"
#include "store/IndicatorStore.h"
#include "store/ReconciliationStore.h"
#include "sync/AccessChanges.h"
#include "sync/Reconciler.h"

#include <QTest>

using namespace pinedesk;
using namespace pinedesk::test;
using namespace Qt::Literals::StringLiterals;

using Kind = ReconciliationReport::Kind;

// Each kind of drift planted on the sandbox is found; fixes, when asked for, converge.
class TestReconcile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsEveryKindOfDriftAndFixesIt();
    void adoptsUnknownUsersWhenAsked();
    void unknownUserOnTwoScriptsIsOneClient();

private:
    static ReconciliationReport reconcile(SyncHarness &h);
    static void plant(SyncHarness &h, const QString &user, std::optional<QDateTime> until);
};

ReconciliationReport TestReconcile::reconcile(SyncHarness &h)
{
    Reconciler reconciler(h.context(), h.sandbox().client());
    std::optional<ReconciliationReport> report;
    reconciler.run([&report](const ReconciliationReport &r) { report = r; });
    (void)QTest::qWaitFor([&report] { return report.has_value(); }, 30000);
    return report.value_or(ReconciliationReport());
}

void TestReconcile::plant(SyncHarness &h, const QString &user, std::optional<QDateTime> until)
{
    SandboxState &s = h.sandbox().state();
    s.addUser(user); // whoever holds a grant is a TradingView user
    s.script(h.sandbox().pine())
        ->grants.insert(user.toLower(), {s.nextId(), user, until, QDateTime::currentDateTimeUtc()});
}

void TestReconcile::findsEveryKindOfDriftAndFixesIt()
{
    SyncHarness h;
    const QString pine = h.sandbox().pine();
    AccessChanges::Request r;
    r.usernames = {u"trader00001"_s, u"trader00002"_s, u"trader00003"_s, u"trader00004"_s,
                   u"trader00005"_s};
    r.pineIds = {pine};
    r.duration = Duration::days(30);
    QVERIFY(AccessChanges(h.context()).apply(r).ok());
    QVERIFY(h.runUntilIdle());
    QCOMPARE(h.differences(), QStringList());
    QCOMPARE(reconcile(h).drifts.size(), 0); // in sync: nothing to report

    const QDateTime now = QDateTime::currentDateTimeUtc();
    h.sandbox().state().script(pine)->grants.remove(u"trader00001"_s); // missing
    plant(h, u"trader00002"_s, now.addDays(3));                        // expiration mismatch
    plant(h, u"trader00003"_s, std::nullopt);                          // lifetime mismatch
    AccessChanges::Request revoke;
    revoke.mode = AccessChanges::Mode::Revoke;
    revoke.usernames = {u"trader00004"_s};
    revoke.pineIds = {pine};
    QVERIFY(AccessChanges(h.context()).apply(revoke).ok());
    QVERIFY(h.runUntilIdle());
    plant(h, u"trader00004"_s, now.addDays(10)); // unexpected (revoked)
    plant(h, u"stranger"_s, now.addDays(10));    // unknown user
    QVERIFY(ClientStore(h.context()).create({0, u"known_no_access"_s}).ok());
    plant(h, u"known_no_access"_s, std::nullopt);   // unexpected (no access)
    plant(h, u"expired_listed"_s, now.addDays(-1)); // grace listing: no drift

    const auto held = h.sandbox().state().script(pine)->grants.size();
    const ReconciliationReport report = reconcile(h);
    QCOMPARE(report.scriptsChecked, 1); // the catalog's scripts
    QVERIFY(report.errors.isEmpty());
    QCOMPARE(report.count(Kind::Missing), 1);
    QCOMPARE(report.count(Kind::ExpirationMismatch), 1);
    QCOMPARE(report.count(Kind::LifetimeMismatch), 1);
    QCOMPARE(report.count(Kind::Unexpected), 2);
    QCOMPARE(report.count(Kind::UnknownUser), 1);
    QCOMPARE(report.drifts.size(), 6);
    QVERIFY(ReconciliationStore(h.context()).latest().has_value());  // kept for the Sync page
    QCOMPARE(h.sandbox().state().script(pine)->grants.size(), held); // a report changes nothing

    const auto fixes =
        Reconciler::queueFixes(h.context(), report, Reconciler::UnknownUsers::Remove);
    QVERIFY2(fixes.ok(), qPrintable(fixes.ok() ? QString() : fixes.error().message()));
    QCOMPARE(fixes->queued, 6);
    QVERIFY(h.runUntilIdle());
    const ReconciliationReport after = reconcile(h);
    QCOMPARE(after.drifts.size(), 0);
    QVERIFY(!h.sandbox().grant(pine, u"stranger"_s));
    QVERIFY(!h.sandbox().grant(pine, u"known_no_access"_s));
}

void TestReconcile::adoptsUnknownUsersWhenAsked()
{
    SyncHarness h;
    Indicator indicator;
    indicator.name = u"Order Blocks"_s;
    indicator.pineId = h.sandbox().pine();
    QVERIFY(IndicatorStore(h.context()).create(indicator).ok());
    const QDateTime until = QDateTime::currentDateTimeUtc().addDays(20);
    plant(h, u"trader00042"_s, until);
    const ReconciliationReport report = reconcile(h);
    QCOMPARE(report.count(Kind::UnknownUser), 1);
    const auto left = Reconciler::queueFixes(h.context(), report, Reconciler::UnknownUsers::Leave);
    QCOMPARE(left->queued, 0);
    const auto fixes = Reconciler::queueFixes(h.context(), report, Reconciler::UnknownUsers::Adopt);
    QCOMPARE(fixes->adopted, 1);
    const auto client = ClientStore(h.context()).byUsername(u"trader00042"_s);
    QVERIFY(client);
    const auto intent =
        AccessStore(h.context()).intentForPair(u"trader00042"_s, h.sandbox().pine()).value();
    QCOMPARE(intent->intent, IntendedState::Granted);
    QCOMPARE(intent->expiration.until(), until);
    QVERIFY(h.runUntilIdle());
    QCOMPARE(reconcile(h).drifts.size(), 0);
    QCOMPARE(*h.sandbox().grant(h.sandbox().pine(), u"trader00042"_s)->expiration, until);
}

void TestReconcile::unknownUserOnTwoScriptsIsOneClient()
{
    SyncHarness h;
    SandboxState &state = h.sandbox().state();
    for (const QString &pine : state.scriptIds()) {
        Indicator indicator;
        indicator.name = pine.right(4);
        indicator.pineId = pine;
        QVERIFY(IndicatorStore(h.context()).create(indicator).ok());
        state.script(pine)->grants.insert(
            u"trader00077"_s,
            {state.nextId(), u"trader00077"_s, std::nullopt, QDateTime::currentDateTimeUtc()});
    }
    const ReconciliationReport report = reconcile(h);
    QCOMPARE(report.count(Kind::UnknownUser), 2);
    const auto fixes =
        Reconciler::queueFixes(h.context(), report, Reconciler::UnknownUsers::Remove);
    QVERIFY2(fixes.ok(), qPrintable(fixes.ok() ? QString() : fixes.error().message()));
    QCOMPARE(fixes->queued, 2);
    QVERIFY(h.runUntilIdle());
    QCOMPARE(h.sandbox().state().grantCount(), 0);
    QCOMPARE(h.count(u"SELECT COUNT(*) FROM clients WHERE tv_username = 'trader00077'"_s), 1);
}

QTEST_GUILESS_MAIN(TestReconcile)
#include "tst_reconcile.moc"
