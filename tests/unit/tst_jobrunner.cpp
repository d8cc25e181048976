#include "TestDatabase.h"
#include "jobs/JobRunner.h"
#include "store/Statement.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace pinedesk;
using namespace pinedesk::test;
using namespace Qt::Literals::StringLiterals;

// The one runner of background work: results come back on the page's thread, only from the
// newest run; cancel and destruction drop what is still running; progress is reported.
class TestJobRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resultArrivesOnTheRunnersThread();
    void newerRunMakesTheOlderStale();
    void cancelledRunDeliversNothing();
    void progressIsReported();
    void destructionWaitsAndDeliversNothing();
};

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

QTEST_GUILESS_MAIN(TestJobRunner)
#include "tst_jobrunner.moc"
