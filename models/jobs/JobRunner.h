#pragma once

#include "JobControl.h"
#include "store/Database.h"

#include <QFuture>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>

namespace pinedesk {

// The one way a page runs background work (loads, exports, aggregates, reports): the work runs
// on a worker thread with that thread's own database connection, released when it ends (or kept
// by a runner's dedicated thread, see Worker); its result comes back on the runner's thread. Only
// the newest run delivers: starting a run makes the previous one stale (cancelled, its result
// dropped), so a slow old load never overwrites a fresh one. Progress is reported through the
// signals; cancel() stops the current run. The destructor cancels and waits, so no result arrives
// at a destroyed page.
class JobRunner final : public QObject
{
    Q_OBJECT

public:
    // Where the work runs.
    enum class Worker {
        // Any thread of the global pool; its connection is closed when the run ends. Runs may
        // overlap (a stale one finishing while the newest runs).
        Pooled,
        // One thread of the runner's own, which keeps its connection between runs and closes it
        // when the runner goes. For a query re-run at every keystroke: each run starts on a warm
        // connection (SQLite's page cache and parsed schema) instead of opening the file
        // again, and runs queue behind each other instead of competing for the disk. Work
        // queued behind the newest run finds itself cancelled when it starts and should return
        // at once.
        Dedicated,
    };

    explicit JobRunner(Database &database, QObject *parent = nullptr);
    JobRunner(Database &database, Worker worker, QObject *parent = nullptr);
    ~JobRunner() override;

    template<typename T>
    void run(std::function<T(JobControl &)> work, std::function<void(T)> done)
    {
        auto control = begin();
        const quint64 generation = m_generation;
        Database *database = &m_database;
        QThreadPool *ownPool = m_ownPool.get();
        // The runner outlives its workers (its destructor waits for them), and a queued call to
        // a deleted object is dropped by Qt: a plain pointer is safe here.
        JobRunner *self = this;
        QThreadPool *pool = ownPool ? ownPool : QThreadPool::globalInstance();
        remember(
            QtConcurrent::run(pool, [self, database, ownPool, control, generation,
                                     work = std::move(work), done = std::move(done)]() mutable {
                T result = work(*control);
                // The dedicated thread keeps its connection for the next run. A run taken over by a
                // thread that waited for it before it started (QFuture::waitForFinished does that)
                // ran elsewhere, and releases that thread's connection like any other run.
                if (!ownPool || !ownPool->contains(QThread::currentThread()))
                    database->releaseWorkerConnection();
                if (control->isCancelled())
                    return;
                QMetaObject::invokeMethod(
                    self,
                    [self, generation, control, result = std::move(result),
                     done = std::move(done)]() mutable {
                        if (control->isCancelled() || generation != self->m_generation)
                            return; // stale: a newer run started, or the run was cancelled
                        self->finish();
                        done(std::move(result));
                    },
                    Qt::QueuedConnection);
            }));
    }

    bool isRunning() const { return m_running; }
    // Stops the current run: its result is never delivered.
    void cancel();

Q_SIGNALS:
    void runningChanged(bool running);
    // From the current run only; total 0 means "unknown".
    void progress(qint64 done, qint64 total);

private:
    std::shared_ptr<JobControl> begin();
    void finish();
    void remember(QFuture<void> future);

    Database &m_database;
    std::unique_ptr<QThreadPool> m_ownPool; // Worker::Dedicated only
    quint64 m_generation = 0;
    bool m_running = false;
    std::shared_ptr<JobControl> m_current;
    QList<QFuture<void>> m_futures;
};

} // namespace pinedesk
