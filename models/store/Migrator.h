#pragma once

#include "MigrationStep.h"
#include "domain/Expected.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace pinedesk {

// Brings a database to the newest schema this program knows, one step per transaction. The
// version is SQLite's user_version, or the pinedesk_schema table of a team database.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    explicit Migrator(QList<MigrationStep> steps);

    int latestVersion() const;
    static Expected<int> versionOf(const QSqlDatabase &db);

    // Opens the file read-only and refuses it, untouched, when it is not a SQLite database or
    // its schema is newer than latestVersion().
    Status checkReadOnly(const QString &path, const QString &connectionPrefix) const;
    // Applies every step above the database's version. A failed step is rolled back and named.
    Status migrate(const QSqlDatabase &db) const;

private:
    static Status recordVersion(const QSqlDatabase &db, int version);
    Status refuseNewer(int found) const;

    QList<MigrationStep> m_steps;
};

} // namespace pinedesk
