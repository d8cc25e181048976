#pragma once

#include "domain/Expected.h"
#include "store/Database.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace pinedesk {

// The figures the dashboard opens with: a few indexed reads on the calling thread's own
// connection. The GUI calls it from a worker thread.
struct BusinessSummary
{
    struct Expiry
    {
        QString tvUsername;
        QString indicator;
        QDateTime expiresAt;
    };

    qint64 clients = 0;
    qint64 activeClients = 0;
    qint64 activeAccesses = 0;
    qint64 lifetimeAccesses = 0;
    qint64 expiringSoon = 0;
    qint64 queuedChanges = 0;
    qint64 deadChanges = 0;
    QMap<QString, qint64> revenueLast30Days; // minor units per currency
    QList<Expiry> upcoming;                  // soonest first

    static Expected<BusinessSummary> compute(Database &database, const QDateTime &nowUtc,
                                             int expiringWithinDays, int upcomingLimit = 50);
};

} // namespace pinedesk
