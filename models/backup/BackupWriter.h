#pragma once

#include "BackupFile.h"
#include "domain/Expected.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace pinedesk {

class Database;

// Takes a backup of the open database into a folder: SQLite's VACUUM INTO writes a consistent
// snapshot (other connections, the sync engine included, keep writing meanwhile) into a ".part"
// file, which is flushed to disk, verified (BackupVerifier) and only then renamed to its
// backup name. A crash or kill at any moment leaves at most a ".part" file, never a file that
// looks like a backup and is not one.
class BackupWriter
{
    Q_DECLARE_TR_FUNCTIONS(BackupWriter)

public:
    // reason: "daily", "manual", "pre-restore", ... (lower-case letters and dashes).
    [[nodiscard]] static Expected<BackupFile> write(Database &database, const QString &folder,
                                                    const QString &reason, const QDateTime &nowUtc);
    // Before a newer PineDesk upgrades an existing file's schema: a backup of it as it is
    // ("pre-migration"), read through a read-only connection. Nothing when the file does not
    // exist or needs no upgrade. Call before the database is opened.
    [[nodiscard]] static Expected<std::optional<BackupFile>>
    beforeMigration(const QString &databasePath, const QString &folder, const QDateTime &nowUtc);

private:
    static Expected<BackupFile> writeFrom(const QSqlDatabase &connection, const QString &folder,
                                          const QString &reason, const QDateTime &nowUtc);
};

} // namespace pinedesk
