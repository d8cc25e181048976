#pragma once

#include <QDateTime>
#include <QString>

namespace pinedesk {

// One outbox batch as the Sync page lists it: who queued it, and how many of its changes are in
// each state.
struct SyncBatchRow
{
    qint64 id = 0;
    QString label;
    QDateTime createdAt;
    QString createdBy;
    bool paused = false;
    qint64 total = 0;
    qint64 done = 0;
    qint64 failed = 0;   // dead: a person must look
    qint64 waiting = 0;  // pending or retrying
    qint64 inFlight = 0; // being sent now
    qint64 cancelled = 0;

    bool finished() const { return waiting + inFlight == 0; }
    int percent() const { return total > 0 ? int((done + failed + cancelled) * 100 / total) : 100; }
};

} // namespace pinedesk
