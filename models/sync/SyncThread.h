#pragma once

#include "SyncEngine.h"

#include <QObject>
#include <QThread>

namespace pinedesk {

// Owns the sync engine and the thread it lives on, for the GUI. Every call is queued to the
// engine's thread; the engine's signals arrive queued on the caller's thread.
class SyncThread final : public QObject
{
    Q_OBJECT

public:
    SyncThread(Database &database, const Clock &clock, const QUrl &baseUrl,
               const SyncConfig &config, QObject *parent = nullptr);
    ~SyncThread() override;

    SyncEngine *engine() const { return m_engine; }

    void start(const TvSession &session);
    void wake();
    void pauseAll();
    void resumeAll();
    void supplySession(const TvSession &session);

private:
    QThread m_thread;
    SyncEngine *m_engine;
    bool m_applies; // false for a read-only member of a team database
};

} // namespace pinedesk
