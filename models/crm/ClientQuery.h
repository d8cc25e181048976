#pragma once

#include "ClientFilter.h"
#include "ClientRow.h"
#include "domain/Client.h"
#include "domain/Expected.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <functional>

namespace pinedesk {

class SqlDialect;
class Statement;

// The CRM's reads over any number of clients: how many match a filter, and one page of them in
// a given order. Sorting happens in SQL on the raw column; pages are read with LIMIT/OFFSET, from
// the far end when that is shorter, so the last page of a million rows is as cheap as the first.
class ClientQuery
{
public:
    enum class Sort { Username, Name, Email, Status, Created };

    ClientQuery(ClientFilter filter, QDateTime nowUtc, Sort sort = Sort::Username,
                Qt::SortOrder order = Qt::AscendingOrder);

    const ClientFilter &filter() const { return m_filter; }
    Expected<qint64> count(const QSqlDatabase &db) const;
    // Rows [offset, offset + limit) of the ordered result; `total` (from count()) lets the
    // query read from the end when the rows are nearer to it.
    Expected<QList<ClientRow>> page(const QSqlDatabase &db, qint64 offset, int limit,
                                    qint64 total) const;
    // Whole clients of rows [offset, offset + limit), for exports.
    Expected<QList<Client>> clients(const QSqlDatabase &db, qint64 offset, qint64 limit) const;
    // Every matching client in order, one statement read to the end (one consistent snapshot);
    // `each` returns false to stop. For exports.
    Status forEachClient(const QSqlDatabase &db,
                         const std::function<bool(const Client &)> &each) const;
    // Ids of rows [offset, offset + limit): for handing a selection to bulk actions.
    Expected<QList<qint64>> ids(const QSqlDatabase &db, qint64 offset, qint64 limit) const;

    // The FTS5 query for what the vendor typed: each word a prefix, all words required.
    // Empty when the text has no word characters.
    static QString matchExpression(const QString &text);

private:
    QString whereClause(const SqlDialect &dialect, bool scanInOrder) const;
    bool isDense(const QSqlDatabase &db, qint64 matches) const;
    QString orderBy(bool reversed) const;
    void bindFilter(Statement &st, const QString &sql, const SqlDialect &dialect) const;

    ClientFilter m_filter;
    QDateTime m_now;
    Sort m_sort;
    Qt::SortOrder m_order;
};

} // namespace pinedesk
