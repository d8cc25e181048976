#pragma once

#include "domain/Expected.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace pinedesk {

// A prepared statement with bound values: the only way PineDesk runs SQL. An empty QString is
// stored as '' (never NULL); Errors carry the
// statement's first words so a log line says which query failed without dumping values.
class Statement
{
public:
    Statement(const QSqlDatabase &db, const QString &sql);

    Statement &bind(const QString &placeholder, const QVariant &value);
    Status exec();
    // exec() and then next(); for single-row lookups.
    Expected<bool> execAndFirst();

    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QVariant value(const QString &name) const { return m_query.value(name); }
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }

private:
    QString failure(const QString &driverText) const;

    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
    QString m_prepareError;
};

} // namespace pinedesk
