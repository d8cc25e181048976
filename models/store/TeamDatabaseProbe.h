#pragma once

#include "DatabaseTarget.h"
#include "domain/Expected.h"

#include <QCoreApplication>
#include <QString>

namespace pinedesk {

// "Test connection" for a team database: connects with the given password (empty: libpq's
// PGPASSWORD or ~/.pgpass), reads what is there, and disconnects. Changes nothing. Safe to run on
// a worker thread.
class TeamDatabaseProbe
{
    Q_DECLARE_TR_FUNCTIONS(TeamDatabaseProbe)

public:
    struct Found
    {
        QString serverVersion;
        int schemaVersion = 0;  // PineDesk's schema; 0: none yet
        qint64 otherTables = 0; // tables when there is no PineDesk schema
    };

    static Expected<Found> probe(const DatabaseTarget &target, const QString &password);
    // One sentence for the vendor: what opening this database will do.
    static QString describe(const Found &found, int latestSchema);
};

} // namespace pinedesk
