#pragma once

#include <QMetaType>
#include <QtGlobal>

namespace pinedesk {

// How far one batch of queued changes has come, for progress bars and the command line.
struct BatchProgress
{
    qint64 batchId = 0;
    qint64 done = 0;
    qint64 failed = 0;    // dead rows: need a person
    qint64 remaining = 0; // waiting or in flight
    qint64 cancelled = 0;
    double opsPerSecond = 0;
    double etaSeconds = -1; // unknown while nothing has finished
};

} // namespace pinedesk

Q_DECLARE_METATYPE(pinedesk::BatchProgress)
