#pragma once

#include "domain/AccessStatus.h"
#include "domain/Expected.h"
#include "items/AccessRow.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <array>

namespace pinedesk {

// The SQL behind the Subscriptions table: which accesses a status filter and a search select,
// in which order, and the rows for a page of ids. The status filters say in SQL what
// AccessStatusRule and SyncStateRule say in C++ (the tests compare them row by row). Sorting is
// done by SQLite on raw values, with the access id as the last key so the order is total.
class AccessQuery
{
public:
    enum class Filter { All, Active, Expiring, Expired, Revoked, Lifetime, PendingSync, Failed };
    static constexpr int filterCount = 8;
    enum class Sort { Username, ClientName, Indicator, Status, Expires, Sync, Origin, Plan };

    struct Params
    {
        Filter filter = Filter::All;
        // Prefix of a TradingView username, a client's name or an indicator's name, ignoring
        // case. Blank: everything.
        QString search;
        Sort sort = Sort::Username;
        Qt::SortOrder order = Qt::AscendingOrder;
        QDateTime nowUtc;
        int expiringWithinDays = AccessStatusRule::defaultExpiringDays;
    };
    // How many accesses each filter shows for the search, indexed by int(Filter).
    using Counts = std::array<qint64, filterCount>;

    // The ids of every matching access in table order: 8 bytes a row, so even a million
    // accesses are a few megabytes, and any page can then be read by id without OFFSET scans.
    static Expected<QList<qint64>> ids(const QSqlDatabase &db, const Params &params);
    // The count for every filter under the search (params.filter is ignored).
    static Expected<Counts> counts(const QSqlDatabase &db, const Params &params);
    // The rows for these ids, aligned with them; an id no longer stored gives a row with
    // accessId 0.
    static Expected<QList<AccessRow>> rows(const QSqlDatabase &db, const QList<qint64> &ids,
                                           const QDateTime &nowUtc, int expiringWithinDays);

    // The LIKE pattern for a search prefix: %, _ and \ are matched literally.
    static QString prefixPattern(const QString &text);
};

} // namespace pinedesk
