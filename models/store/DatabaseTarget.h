#pragma once

#include "domain/Expected.h"

#include <QCoreApplication>
#include <QString>

namespace pinedesk {

// Where the data lives: a SQLite file (the default, one desktop) or a PostgreSQL database that
// a team shares. Parsed from what the vendor types after --db or in the connect dialog: a file
// path, or postgresql://user@host:port/dbname?sslmode=require. A password never belongs in the
// address (it would end up in settings, shell history and logs): it comes from the keychain, or
// from PGPASSWORD / ~/.pgpass, which libpq reads itself.
struct DatabaseTarget
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseTarget)

public:
    enum class Backend { Sqlite, Postgresql };

    Backend backend = Backend::Sqlite;
    QString path; // SQLite
    QString host; // PostgreSQL: host name, address, or a Unix socket folder
    int port = 5432;
    QString user;
    QString database;
    QString sslMode; // empty: libpq's default ("prefer")

    static DatabaseTarget sqliteFile(const QString &path);
    static bool looksLikeUrl(const QString &text);
    // A file path or a postgresql:// address; a bad address is an error that says why.
    static Expected<DatabaseTarget> parse(const QString &text);

    bool isPostgresql() const { return backend == Backend::Postgresql; }
    // The address without any secret: what settings keep and what the window shows.
    QString toString() const;
    // libpq options for QSqlDatabase::setConnectOptions.
    QString connectOptions() const;
};

} // namespace pinedesk
