#pragma once

#include "domain/Expected.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class QThread;

namespace pinedesk {

// The PineDesk SQLite file. Every thread gets its own named connection, opened on first use
// with WAL, foreign keys and a busy timeout, so the GUI, workers and the sync engine can work at
// once. open() applies the schema migrations once, on the opening thread.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    explicit Database(QString path);
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

    QString path() const { return m_path; }
    QString lastOpenError() const;

private:
    QString connectionNameForThisThread() const;
    Status configure(QSqlDatabase &db) const;

    QString m_path;
    QThread *m_ownerThread;
    QString m_prefix;
    mutable QMutex m_mutex;
    QStringList m_connectionNames;
    QString m_lastOpenError;
};

} // namespace pinedesk
