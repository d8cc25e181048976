#include "SyncThread.h"

#include "logging/LogCategories.h"
#include "store/Database.h"

namespace pinedesk {

SyncThread::SyncThread(Database &database, const Clock &clock, const QUrl &baseUrl,
                       const SyncConfig &config, QObject *parent)
    : QObject(parent)
    , m_engine(new SyncEngine(database, clock, baseUrl, config))
    , m_applies(allows(database.member().role, Permission::ManageQueue))
{
    m_thread.setObjectName(QStringLiteral("pinedesk-sync"));
    m_engine->moveToThread(&m_thread);
    // The engine is destroyed on its own thread (its connection and sockets live there).
    connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    m_thread.start();
}

SyncThread::~SyncThread()
{
    // Calls in flight are abandoned; their rows stay in flight in the database and run again at
    // the next start, exactly as after a crash.
    m_thread.quit();
    m_thread.wait();
}

void SyncThread::start(const TvSession &session)
{
    if (!m_applies) {
        // The database would refuse its lease and outcomes: the other members' desktops
        // apply the queue, and this one shows it.
        qCInfo(lcSync) << "a read-only member does not apply the queue";
        return;
    }
    QMetaObject::invokeMethod(
        m_engine, [e = m_engine, session] { e->start(session); }, Qt::QueuedConnection);
}

void SyncThread::wake()
{
    QMetaObject::invokeMethod(m_engine, &SyncEngine::wake, Qt::QueuedConnection);
}

void SyncThread::pauseAll()
{
    QMetaObject::invokeMethod(m_engine, &SyncEngine::pauseAll, Qt::QueuedConnection);
}

void SyncThread::resumeAll()
{
    QMetaObject::invokeMethod(m_engine, &SyncEngine::resumeAll, Qt::QueuedConnection);
}

void SyncThread::supplySession(const TvSession &session)
{
    QMetaObject::invokeMethod(
        m_engine, [e = m_engine, session] { e->supplySession(session); }, Qt::QueuedConnection);
}

} // namespace pinedesk
