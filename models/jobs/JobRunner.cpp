#include "JobRunner.h"

namespace pinedesk {

JobRunner::JobRunner(Database &database, QObject *parent)
    : JobRunner(database, Worker::Pooled, parent)
{}

JobRunner::JobRunner(Database &database, Worker worker, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    if (worker == Worker::Dedicated) {
        m_ownPool = std::make_unique<QThreadPool>();
        m_ownPool->setMaxThreadCount(1);
        // The thread never expires: an idle thread that ended would take its open connection
        // with it, never closed.
        m_ownPool->setExpiryTimeout(-1);
    }
}

JobRunner::~JobRunner()
{
    if (m_current)
        m_current->cancel();
    for (QFuture<void> &future : m_futures)
        future.waitForFinished();
    if (m_ownPool) {
        // A connection must be closed on the thread that opened it: the last task of the
        // dedicated thread does it (QThreadPool::waitForDone never runs a task here).
        Database *database = &m_database;
        m_ownPool->start([database] { database->releaseWorkerConnection(); });
        m_ownPool->waitForDone();
    }
}

std::shared_ptr<JobControl> JobRunner::begin()
{
    if (m_current)
        m_current->cancel(); // the previous run is stale now
    ++m_generation;
    m_current = std::make_shared<JobControl>();
    const quint64 generation = m_generation;
    // The runner outlives its workers (its destructor waits for them), and a queued call to a
    // deleted object is dropped by Qt: a plain pointer is safe here.
    JobRunner *self = this;
    m_current->setProgressHandler([self, generation](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            self,
            [self, generation, done, total] {
                if (generation == self->m_generation && self->m_running)
                    Q_EMIT self->progress(done, total);
            },
            Qt::QueuedConnection);
    });
    if (!m_running) {
        m_running = true;
        Q_EMIT runningChanged(true);
    }
    return m_current;
}

void JobRunner::finish()
{
    m_current.reset();
    if (m_running) {
        m_running = false;
        Q_EMIT runningChanged(false);
    }
}

void JobRunner::cancel()
{
    if (m_current)
        m_current->cancel();
    ++m_generation;
    finish();
}

void JobRunner::remember(QFuture<void> future)
{
    // Finished runs are forgotten; the list holds only the few still running.
    m_futures.removeIf([](const QFuture<void> &f) { return f.isFinished(); });
    m_futures.append(std::move(future));
}

} // namespace pinedesk
