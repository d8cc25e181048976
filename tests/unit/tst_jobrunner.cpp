#include "TestDatabase.h"
#include "jobs/JobRunner.h"
#include "store/Statement.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTest>
#include <QThread>

using namespace pinedesk;
using namespace pinedesk::test;
using namespace Qt::Literals::StringLiterals;

// The one runner of background work: results come back on the page's thread, only from the
// newest run; cancel and destruction drop what is still running; progress is reported. A
// runner with a dedicated worker runs everything on one thread that keeps its connection.
class TestJobRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resultArrivesOnTheRunnersThread();
    void newerRunMakesTheOlderStale();
    void cancelledRunDeliversNothing();
    void progressIsReported();
    void destructionWaitsAndDeliversNothing();
    void pooledRunReleasesItsConnection();
    void dedicatedWorkerKeepsItsThreadAndConnection();
    void dedicatedWorkerRunsInTurnAndDropsStaleRuns();
};

namespace {

// What a run saw of its worker.
struct WorkerSeen
{
    QThread *thread = nullptr;
    QString connection;
    bool warm = false; // the connection was already open when the run started
};

// Runs on the worker: notes the thread, whether `name` (the previous run's connection) is still
// open there, then opens (or reuses) this thread's connection.
WorkerSeen seeWorker(Database *database, const QString &name)
{
    WorkerSeen seen;
    seen.thread = QThread::currentThread();
    seen.warm = !name.isEmpty() && QSqlDatabase::contains(name) &&
                QSqlDatabase::database(name, false).isOpen();
    seen.connection = database->connection().connectionName();
    return seen;
}

} // namespace

void TestJobRunner::resultArrivesOnTheRunnersThread()
{
    TestDatabase db;
    JobRunner runner(db.database());
    QSignalSpy running(&runner, &JobRunner::runningChanged);
    Database *database = &db.database();
    std::optional<int> got;
    QThread *deliveredOn = nullptr;
    QThread *workedOn = nullptr;
    runner.run<int>(
        [database, &workedOn](JobControl &) {
            workedOn = QThread::currentThread();
            Statement st(database->connection(), u"SELECT COUNT(*) FROM clients"_s);
            return st.execAndFirst().ok() ? st.value(0).toInt() + 42 : -1;
        },
        [&](int value) {
            got = value;
            deliveredOn = QThread::currentThread();
        });
    QVERIFY(runner.isRunning());
    QVERIFY(QTest::qWaitFor([&] { return got.has_value(); }, 5000));
    QCOMPARE(*got, 42);
    QCOMPARE(deliveredOn, QThread::currentThread());
    QVERIFY(workedOn != QThread::currentThread());
    QVERIFY(!runner.isRunning());
    QCOMPARE(running.count(), 2); // started, finished
}

void TestJobRunner::newerRunMakesTheOlderStale()
{
    TestDatabase db;
    JobRunner runner(db.database());
    QSemaphore release;
    QList<QString> delivered;
    runner.run<QString>(
        [&release](JobControl &) {
            release.acquire(); // held until the newer run has delivered
            return u"old"_s;
        },
        [&](const QString &v) { delivered.append(v); });
    runner.run<QString>([](JobControl &) { return u"new"_s; },
                        [&](const QString &v) { delivered.append(v); });
    QVERIFY(QTest::qWaitFor([&] { return !delivered.isEmpty(); }, 5000));
    release.release();
    QVERIFY(!QTest::qWaitFor([&] { return delivered.size() > 1; }, 300));
    QCOMPARE(delivered, QList<QString>{u"new"_s});
}

void TestJobRunner::cancelledRunDeliversNothing()
{
    TestDatabase db;
    JobRunner runner(db.database());
    QSemaphore release;
    bool delivered = false;
    std::atomic<bool> sawCancel{false};
    runner.run<int>(
        [&](JobControl &control) {
            release.acquire();
            sawCancel = control.isCancelled();
            return 1;
        },
        [&](int) { delivered = true; });
    runner.cancel();
    QVERIFY(!runner.isRunning());
    release.release();
    QVERIFY(!QTest::qWaitFor([&] { return delivered; }, 300));
    QVERIFY(QTest::qWaitFor([&] { return sawCancel.load(); }, 5000)); // the work could stop early
}

void TestJobRunner::progressIsReported()
{
    TestDatabase db;
    JobRunner runner(db.database());
    QSignalSpy progress(&runner, &JobRunner::progress);
    bool done = false;
    runner.run<int>(
        [](JobControl &control) {
            for (int i = 1; i <= 3; ++i)
                control.reportProgress(i, 3);
            return 3;
        },
        [&](int) { done = true; });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 5000));
    QCOMPARE(progress.count(), 3);
    QCOMPARE(progress.last().at(0).toLongLong(), 3);
    QCOMPARE(progress.last().at(1).toLongLong(), 3);
}

void TestJobRunner::destructionWaitsAndDeliversNothing()
{
    TestDatabase db;
    QSemaphore started;
    std::atomic<bool> finished{false};
    bool delivered = false;
    {
        JobRunner runner(db.database());
        runner.run<int>(
            [&](JobControl &control) {
                started.release();
                while (!control.isCancelled())
                    QThread::yieldCurrentThread();
                finished = true;
                return 1;
            },
            [&](int) { delivered = true; });
        started.acquire();
    } // cancels and waits
    QVERIFY(finished);
    QCoreApplication::processEvents();
    QVERIFY(!delivered);
}

// The usual runner closes the worker's connection when the run ends: pool threads come and go.
void TestJobRunner::pooledRunReleasesItsConnection()
{
    TestDatabase db;
    JobRunner runner(db.database());
    Database *database = &db.database();
    std::optional<WorkerSeen> seen;
    runner.run<WorkerSeen>([database](JobControl &) { return seeWorker(database, {}); },
                           [&](WorkerSeen s) { seen = s; });
    QVERIFY(QTest::qWaitFor([&] { return seen.has_value(); }, 5000));
    QVERIFY(!seen->connection.isEmpty());
    QVERIFY(!QSqlDatabase::contains(seen->connection));
}

// A search re-run at every keystroke: every run lands on the same thread, which finds its
// connection still open; the runner closes it when it goes.
void TestJobRunner::dedicatedWorkerKeepsItsThreadAndConnection()
{
    TestDatabase db;
    Database *database = &db.database();
    auto runner = std::make_unique<JobRunner>(db.database(), JobRunner::Worker::Dedicated);
    QList<WorkerSeen> seen;
    for (int i = 0; i < 3; ++i) {
        const QString previous = seen.isEmpty() ? QString() : seen.last().connection;
        runner->run<WorkerSeen>(
            [database, previous](JobControl &) { return seeWorker(database, previous); },
            [&](WorkerSeen s) { seen.append(s); });
        QVERIFY(QTest::qWaitFor([&] { return seen.size() == i + 1; }, 5000));
        QVERIFY(!runner->isRunning());
    }
    QVERIFY(seen[0].thread != QThread::currentThread());
    QVERIFY(!seen[0].warm); // the first run opens it
    for (int i = 1; i < seen.size(); ++i) {
        QCOMPARE(seen[i].thread, seen[0].thread);
        QCOMPARE(seen[i].connection, seen[0].connection);
        QVERIFY(seen[i].warm);
    }
    QVERIFY(QSqlDatabase::contains(seen[0].connection));
    runner.reset();
    QVERIFY(!QSqlDatabase::contains(seen[0].connection)); // closed on its own thread
}

// Typing fast with one worker: the runs queue behind each other, one at a time; those
// superseded while they waited find themselves cancelled, and only the newest delivers.
void TestJobRunner::dedicatedWorkerRunsInTurnAndDropsStaleRuns()
{
    TestDatabase db;
    JobRunner runner(db.database(), JobRunner::Worker::Dedicated);
    QSemaphore release;
    std::atomic<bool> firstDone{false};
    std::atomic<bool> secondStartedAfterFirst{false};
    std::atomic<bool> secondSawCancel{false};
    QList<QString> delivered;
    const auto deliver = [&](const QString &v) {
        delivered.append(v);
    };
    runner.run<QString>(
        [&](JobControl &) {
            release.acquire(); // held until all three are asked for
            firstDone = true;
            return u"first"_s;
        },
        deliver);
    runner.run<QString>(
        [&](JobControl &control) {
            secondStartedAfterFirst = firstDone.load();
            secondSawCancel = control.isCancelled();
            return u"second"_s;
        },
        deliver);
    runner.run<QString>([](JobControl &) { return u"third"_s; }, deliver);
    QVERIFY(runner.isRunning());
    release.release();
    QVERIFY(QTest::qWaitFor([&] { return !delivered.isEmpty(); }, 5000));
    QVERIFY(!QTest::qWaitFor([&] { return delivered.size() > 1; }, 300));
    QCOMPARE(delivered, QList<QString>{u"third"_s});
    QVERIFY(!runner.isRunning());
    QVERIFY(secondStartedAfterFirst);
    QVERIFY(secondSawCancel);
}

QTEST_GUILESS_MAIN(TestJobRunner)
#include "tst_jobrunner.moc"
