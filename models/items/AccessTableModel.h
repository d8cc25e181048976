#pragma once

#include "items/AccessQuery.h"
#include "jobs/JobRunner.h"
#include "store/StoreContext.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QItemSelection>
#include <QList>
#include <QSet>

#include <optional>

namespace pinedesk {

// Every access of every client for the Subscriptions page, for any number of them. A load
// (filter + search + sort) runs on a worker thread and yields the matching ids in table order
// and the first page; the newest load wins and older results are dropped. Rows are then read
// by id a page at a time (a keyed lookup, as fast at row 900,000 as at row 0) and kept in a
// small LRU cache of pages. Sorting is done by SQLite on raw values.
class AccessTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Username,
        ClientName,
        Indicator,
        Status,
        Expires,
        Sync,
        Origin,
        Plan,
        ColumnCount
    };
    enum Role {
        AccessIdRole = Qt::UserRole + 1,
        ClientIdRole,
        IndicatorIdRole,
        StatusRole,    // int(AccessStatus)
        SyncStateRole, // int(SyncState)
        RawRole,       // the raw value of the column (expires: a UTC QDateTime, null = lifetime)
    };
    using Filter = AccessQuery::Filter;
    static constexpr int defaultPageSize = 256;
    static constexpr int defaultMaxCachedPages = 32;

    explicit AccessTableModel(StoreContext context, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    Filter filter() const { return m_params.filter; }
    void setFilter(Filter filter);
    QString searchText() const { return m_params.search; }
    void setSearchText(const QString &text);
    int expiringWithinDays() const { return m_params.expiringWithinDays; }
    void setExpiringWithinDays(int days);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_params.order; }

    // Paging knobs (the defaults suit the table; tests use small pages).
    void setPageSize(int rows);
    void setMaxCachedPages(int pages);
    int pageSize() const { return m_pageSize; }
    int cachedPageCount() const { return int(m_pages.size()); }
    int pageReads() const { return m_pageReads; }

    // Reads the current filter again (after changes were queued, or when the clock moved).
    // Calls in one turn of the event loop make one load.
    void reload();
    bool isLoading() const { return m_reloadQueued || m_loads.isRunning(); }
    QString lastError() const { return m_error; }
    // Counts per filter under the current search (valid once countsChanged was emitted).
    AccessQuery::Counts counts() const { return m_counts; }
    bool hasCounts() const { return m_hasCounts; }

    // Ids without reading rows, so a selection of a million rows costs 8 MB, not a million rows.
    qint64 accessIdAt(int row) const;
    QList<qint64> accessIds(const QItemSelection &selection) const;
    // The rows (in table order) that show these accesses.
    QList<int> rowsOf(const QSet<qint64> &accessIds) const;
    // The row's data, reading its page when needed; null for a row out of range.
    const AccessRow *rowAt(int row) const;

    static QString originName(AccessOrigin origin);
    static AccessQuery::Sort sortFor(int column);

Q_SIGNALS:
    // A load finished and the table shows its result (or lastError() says why not).
    void loaded();
    void countsChanged();

private:
    struct Page
    {
        QList<AccessRow> rows;
        quint64 lastUse = 0;
    };
    struct LoadResult
    {
        QString error;
        QList<qint64> ids;
        QList<AccessRow> firstPage;
        std::optional<AccessQuery::Counts> counts;
    };
    void scheduleReload(bool withCounts);
    void startLoad();
    void finishLoad(const LoadResult &result, const AccessQuery::Params &params);
    void storePage(int page, QList<AccessRow> rows) const;
    QVariant display(const AccessRow &row, int column) const;
    QVariant raw(const AccessRow &row, int column) const;

    StoreContext m_ctx;
    AccessQuery::Params m_params;
    int m_sortColumn = Username;
    int m_pageSize = defaultPageSize;
    int m_maxCachedPages = defaultMaxCachedPages;

    QList<qint64> m_ids;
    QDateTime m_loadedNow; // the clock of the shown load: statuses are judged against it
    int m_loadedExpiringDays = AccessStatusRule::defaultExpiringDays;
    mutable QHash<int, Page> m_pages;
    mutable quint64 m_useCounter = 0;
    mutable int m_pageReads = 0;
    AccessQuery::Counts m_counts{};
    bool m_hasCounts = false;
    QString m_error;

    bool m_reloadQueued = false;
    bool m_countsWanted = true;
    // Last, so it goes first: its destructor cancels and waits for the load still running,
    // which uses the database (that may go right after this model).
    JobRunner m_loads;
};

} // namespace pinedesk
