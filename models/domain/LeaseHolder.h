#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace pinedesk {

// Who drains the queue: an engine in the GUI, `pinedesk sync`, or `pinedesk serve`, in one
// process on one host, alive as long as its heartbeat is fresh.
struct LeaseHolder
{
    QString ownerId; // unique per engine instance
    QString kind;    // "gui", "sync", "serve", ...
    qint64 pid = 0;
    QString host;
    QDateTime acquiredAt;
    QDateTime heartbeatAt;
};

} // namespace pinedesk

Q_DECLARE_METATYPE(pinedesk::LeaseHolder)
