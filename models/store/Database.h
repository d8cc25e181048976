#pragma once

#include "DatabaseTarget.h"
#include "domain/Expected.h"
#include "domain/TeamMember.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class QThread;

namespace pinedesk {

// The PineDesk database: a SQLite file (WAL, foreign keys, a busy timeout) or a team's
// PostgreSQL database. Every thread gets its own named connection, opened on first use, so the
// GUI, workers and the sync engine can work at once. open() applies the schema migrations once,
// on the opening thread.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    explicit Database(QString path);
    explicit Database(DatabaseTarget target);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // The file most users want: <AppDataLocation>/pinedesk.sqlite.
    static QString defaultPath();

    // Creates the file (and its folder) if needed, applies pending migrations and refuses a
    // schema newer than this program. Call once before using the stores.
    Status open();

    // This thread's connection, opened and configured on first use. Check isOpen() on it.
    QSqlDatabase connection();
    // Closes and forgets this thread's connection (workers call it before they finish).
    void closeThreadConnection();
    // What a worker task calls when it ends: closes its thread's connection, except on the
    // thread that created this Database (a task that was waited for before it started runs
    // there, and that connection stays in use).
    void releaseWorkerConnection();

    // The SQLite file; empty for a team database.
    QString path() const { return m_target.path; }
    const DatabaseTarget &target() const { return m_target; }
    bool isPostgresql() const { return m_target.isPostgresql(); }
    // The team database's password, from the keychain; used by connections opened after this.
    // Without one libpq looks in PGPASSWORD and ~/.pgpass.
    void setPassword(const QString &password);
    QString lastOpenError() const;
    // Who works on this database: on a team database, the member behind this login (read when
    // it opens, refused if not a member); on a file, its one user, the admin.
    const TeamMember &member() const { return m_member; }

private:
    QString connectionNameForThisThread() const;
    Status configure(QSqlDatabase &db) const;
    Status openSqliteFile();

    DatabaseTarget m_target;
    QString m_password;
    QThread *m_ownerThread;
    QString m_prefix;
    mutable QMutex m_mutex;
    QStringList m_connectionNames;
    QString m_lastOpenError;
    TeamMember m_member;
};

} // namespace pinedesk
