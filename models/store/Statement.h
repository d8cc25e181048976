#pragma once

#include "domain/Expected.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

namespace pinedesk {

// A prepared statement with bound values: the only way PineDesk runs SQL. An empty QString is
// stored as '' (never NULL), a bool as 0 or 1. A failure is a typed Error: the vendor's sentence,
// and the statement's first words with the driver's text as the logged detail (never the values).
class Statement
{
public:
    Statement(const QSqlDatabase &db, const QString &sql);

    // Runs fixed text that takes no values and cannot be prepared on every backend: schema
    // changes and transaction control. Never for text with anything the user typed.
    [[nodiscard]] static Status runFixed(const QSqlDatabase &db, const QString &sql);

    Statement &bind(const QString &placeholder, const QVariant &value);
    [[nodiscard]] Status exec();
    // exec() and then next(); for single-row lookups.
    Expected<bool> execAndFirst();

    // Runs the statement and reads its first row (nullopt: none) or all rows with `read`, which
    // takes this statement positioned on a row. A failed run is an error, never "no rows".
    template<typename Read>
    auto readOne(Read read) -> Expected<std::optional<decltype(read(*this))>>
    {
        using T = decltype(read(*this));
        const auto first = execAndFirst();
        if (!first)
            return Expected<std::optional<T>>::failure(first.error());
        if (!*first)
            return std::optional<T>();
        return std::optional<T>(read(*this));
    }
    template<typename Read>
    auto readAll(Read read) -> Expected<QList<decltype(read(*this))>>
    {
        using T = decltype(read(*this));
        if (const Status s = exec(); !s)
            return Expected<QList<T>>::failure(s.error());
        QList<T> list;
        while (next())
            list.append(read(*this));
        return list;
    }

    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QVariant value(const QString &name) const { return m_query.value(name); }
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }

private:
    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
    QSqlError m_prepareError;
};

} // namespace pinedesk
