#pragma once

#include "crm/ClientQuery.h"
#include "jobs/JobRunner.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace pinedesk {

class Clock;
class Database;

// The CRM table over any number of clients. It never loads them all: the count and the first
// page are computed on a worker thread whenever the filter or the order changes (the newest
// request wins), and further pages are read on demand and kept in a small cache. The worker is
// a thread of its own that keeps its database connection between queries: a search re-run at
// every keystroke starts warm.
class ClientTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Username,
        Name,
        Email,
        Status,
        Created,
        LastPayment,
        ActiveAccesses,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1 };
    static constexpr int pageSize = 200;
    static constexpr int maxCachedPages = 64;

    ClientTableModel(Database &database, const Clock &clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Only columns with an index behind them sort; the others keep the current order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    static bool isSortable(int column);

    ClientFilter filter() const { return m_filter; }
    void setFilter(const ClientFilter &filter);
    // Runs the current query again (after an edit or an import).
    void refresh();
    bool isLoading() const { return m_queries.isRunning(); }
    QString lastError() const { return m_error; }

    qint64 idAt(int row) const;
    // The ids of the given rows, in table order, read in ranges (works for a million rows).
    Expected<QList<qint64>> idsOf(const QList<std::pair<int, int>> &rowRanges) const;
    // The whole clients of the given rows, in table order, one query per range.
    Expected<QList<Client>> clientsOf(const QList<std::pair<int, int>> &rowRanges) const;
    ClientQuery currentQuery() const;

Q_SIGNALS:
    // A refresh finished and the table shows its result (or lastError() says why not).
    void loaded();

private:
    struct Result
    {
        qint64 total = 0;
        QList<ClientRow> firstPage;
        QString error;
    };
    void apply(const Result &result, const ClientQuery &query);
    const ClientRow *rowAt(int row) const;

    Database &m_database;
    const Clock &m_clock;
    ClientFilter m_filter;
    ClientQuery::Sort m_sort = ClientQuery::Sort::Username;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    qint64 m_total = 0;
    QString m_error;
    ClientQuery m_query; // the query the shown rows come from
    mutable QHash<int, QList<ClientRow>> m_pages;
    mutable QList<int> m_recent; // most recently used page last
    // Last, so it goes first: its destructor waits for the query still running (it uses the
    // database) and closes the worker's connection on its thread.
    JobRunner m_queries;
};

} // namespace pinedesk
