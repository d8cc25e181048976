#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace pinedesk {

class Database;

// The backups, headless: `pinedesk backup [--to DIR]` takes one (verified, then the retention
// applies), `pinedesk backups [--in DIR] [--verify] [--json]` lists them, and
// `pinedesk restore FILE [--yes]` puts one in place of the database (see BackupRestore).
class BackupCommand
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    static int backup(const QStringList &arguments, Database &database);
    static int list(const QStringList &arguments);
    // Runs before the database is opened: nothing of this process may hold it.
    static int restore(const QStringList &arguments, const QString &databasePath);
};

} // namespace pinedesk
