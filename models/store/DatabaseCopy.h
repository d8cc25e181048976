#pragma once

#include "Database.h"
#include "domain/Expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace pinedesk {

// Copies a vendor's SQLite database into an empty team database on PostgreSQL, in one
// transaction on the team side: every table in an order that satisfies the foreign keys, ids
// kept (the identities continue after the highest), then every table read back from both sides
// and compared by row count and by a checksum of its rows. Any difference rolls everything back.
// The queue lease is not copied: it belongs to a running program, not to the data.
class DatabaseCopy
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)

public:
    struct Table
    {
        QString name;
        qint64 rows = 0;
        QByteArray checksum; // SHA-256 over the sorted digests of the rows, in hex
    };
    // (table, rows copied so far in it)
    using Progress = std::function<void(const QString &, qint64)>;

    DatabaseCopy(Database &from, Database &to);

    // The tables copied, parents first.
    static QStringList tables();
    // Tables of a schema that are not data: search indexes, the version, the lease.
    static bool isCopied(const QString &table);

    Expected<QList<Table>> run(const Progress &progress = {},
                               const std::atomic<bool> *cancel = nullptr);

private:
    Database &m_from;
    Database &m_to;
};

} // namespace pinedesk
