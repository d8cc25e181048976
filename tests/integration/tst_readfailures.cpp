#include "SyncHarness.h"
#include "bulk/BulkPreview.h"
#include "store/StoreError.h"
#include "sync/AccessChanges.h"
#include "sync/Reconciler.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pinedesk;
using namespace pinedesk::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// The statement that reads a script's intended accesses, and the one that says when the next
// queued change is due: the reads decisions stand on.
const QString intentRead = u"FROM accesses a JOIN clients c"_s;
const QString nextDueRead = u"MIN\\(next_attempt_at\\)"_s;
const QString catalogRead = u"FROM indicators"_s;

} // namespace

// Reads that fail on purpose (the store's fault seam): no decision is taken on a guess. Nothing
// is revoked or reported as drift, the vendor gets a clear error, commands exit non-zero.
class TestReadFailures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { StoreError::setFault({}); }
    void reconcileReportsNoDriftAndQueuesNoFix();
    void reconcileCommandRevokesNothing();
    void syncUntilIdleDoesNotClaimADrainedQueue();
    void bulkPreviewStopsWithAnError();

private:
    void grantAndSync(SyncHarness &h, int users);
    QProcess *run(const QStringList &args, const QString &fault);
    static ReconciliationReport reconcile(SyncHarness &h);
    QTemporaryDir m_home;
};

void TestReadFailures::grantAndSync(SyncHarness &h, int users)
{
    AccessChanges::Request r;
    r.usernames = traders(1, users);
    r.pineIds = {h.sandbox().pine()};
    r.duration = Duration::days(30);
    QVERIFY(AccessChanges(h.context()).apply(r));
    QVERIFY(h.runUntilIdle());
    QCOMPARE(h.differences(), QStringList());
}

ReconciliationReport TestReadFailures::reconcile(SyncHarness &h)
{
    Reconciler reconciler(h.context(), h.sandbox().client());
    std::optional<ReconciliationReport> report;
    reconciler.run([&report](const ReconciliationReport &r) { report = r; });
    (void)QTest::qWaitFor([&report] { return report.has_value(); }, 30000);
    return report.value_or(ReconciliationReport());
}

QProcess *TestReadFailures::run(const QStringList &args, const QString &fault)
{
    auto *p = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PINEDESK_TV_SESSION"_s, u"sessionid=sandbox-session"_s);
    env.insert(u"HOME"_s, m_home.path());
    env.insert(u"PINEDESK_FAULT_SQL"_s, fault);
    p->setProcessEnvironment(env);
    p->start(QStringLiteral(PINEDESK_EXE), args);
    return p;
}

void TestReadFailures::reconcileReportsNoDriftAndQueuesNoFix()
{
    SyncHarness h;
    grantAndSync(h, 5);
    const qint64 queued = h.count(u"SELECT COUNT(*) FROM sync_queue"_s);

    StoreError::setFault(intentRead);
    const ReconciliationReport report = reconcile(h);
    // Without the intent every holder would look like drift: none is reported instead.
    QCOMPARE(report.drifts.size(), 0);
    QVERIFY(!report.canQueueFixes());
    QCOMPARE(report.readFailures.size(), 1);
    QVERIFY(!report.errors.isEmpty());
    QVERIFY2(!report.errors.first().contains(u"SELECT"_s), qPrintable(report.errors.first()));

    StoreError::setFault({});
    const auto fixes =
        Reconciler::queueFixes(h.context(), report, Reconciler::UnknownUsers::Remove);
    QVERIFY(!fixes);
    QVERIFY(fixes.error().message().contains(u"no fix was queued"_s));
    QCOMPARE(h.count(u"SELECT COUNT(*) FROM sync_queue"_s), queued);
    QCOMPARE(h.sandbox().state().script(h.sandbox().pine())->grants.size(), 5);
}

void TestReadFailures::reconcileCommandRevokesNothing()
{
    SyncHarness h;
    grantAndSync(h, 5);
    const qint64 queued = h.count(u"SELECT COUNT(*) FROM sync_queue"_s);
    const QString url = h.sandbox().server().baseUrl().toString();
    const QString db = h.database().path();
    for (const QString &fault : {intentRead, catalogRead}) {
        QProcess *p = run({u"--db"_s, db, u"--base-url"_s, url, u"reconcile"_s, u"--fix"_s,
                           u"--remove-unknown"_s},
                          fault);
        QVERIFY(QTest::qWaitFor([p] { return p->state() == QProcess::NotRunning; }, 30000));
        const QString said = QString::fromUtf8(p->readAllStandardError());
        QVERIFY2(p->exitCode() == 1, qPrintable(said));
        QVERIFY2(said.contains(u"Stopped: PineDesk's database could not be read"_s),
                 qPrintable(said));
        QVERIFY2(!said.contains(u"SQL"_s) && !said.contains(u"SELECT"_s), qPrintable(said));
        QCOMPARE(h.count(u"SELECT COUNT(*) FROM sync_queue"_s), queued);
    }
    QCOMPARE(h.sandbox().state().script(h.sandbox().pine())->grants.size(), 5);
    QCOMPARE(h.differences(), QStringList());
}

void TestReadFailures::syncUntilIdleDoesNotClaimADrainedQueue()
{
    SyncHarness h;
    const QString url = h.sandbox().server().baseUrl().toString();
    QProcess *p = run({u"--db"_s, h.database().path(), u"--base-url"_s, url, u"sync"_s,
                       u"--until-idle"_s, u"--quiet"_s},
                      nextDueRead);
    QVERIFY(QTest::qWaitFor([p] { return p->state() == QProcess::NotRunning; }, 30000));
    const QString said = QString::fromUtf8(p->readAllStandardError());
    QCOMPARE(p->exitCode(), 1); // not 0: "nothing left to do" was never established
    QVERIFY2(said.contains(u"Stopped: The database could not be read"_s), qPrintable(said));

    // The same command with a healthy database exits 0.
    QProcess *ok = run({u"--db"_s, h.database().path(), u"--base-url"_s, url, u"sync"_s,
                        u"--until-idle"_s, u"--quiet"_s},
                       QString());
    QVERIFY(QTest::qWaitFor([ok] { return ok->state() == QProcess::NotRunning; }, 30000));
    QCOMPARE(ok->exitCode(), 0);
}

void TestReadFailures::bulkPreviewStopsWithAnError()
{
    SyncHarness h;
    grantAndSync(h, 3);
    const qint64 indicatorId = h.count(u"SELECT id FROM indicators LIMIT 1"_s);
    BulkRequest request;
    request.indicatorIds = {indicatorId};
    request.duration = Duration::days(7);
    QVERIFY(BulkPreview::compute(h.context(), request, traders(1, 3)));
    StoreError::setFault(catalogRead);
    const auto preview = BulkPreview::compute(h.context(), request, traders(1, 3));
    QVERIFY(!preview);
    QCOMPARE(preview.error().kind(), Error::Kind::Io);
    QVERIFY(!preview.error().message().contains(u"SELECT"_s));
    QVERIFY(preview.error().detail().contains(u"FROM indicators"_s));
}

QTEST_GUILESS_MAIN(TestReadFailures)
#include "tst_readfailures.moc"
