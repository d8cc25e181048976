#pragma once

#include "RowTableModel.h"
#include "domain/Expected.h"
#include "domain/SyncQueueRow.h"
#include "store/StoreContext.h"

#include <QList>

namespace pinedesk {

// The changes not yet applied on TradingView, for the Sync page: dead rows (a person must
// look), in flight, retrying, waiting. Sorting is done on raw values (SortRole).
class SyncQueueModel final : public RowTableModel<SyncQueueRow>
{
    Q_OBJECT

public:
    enum Column { Username, Script, State, Attempts, NextAttempt, Reason, ColumnCount };
    enum Role { RowIdRole = Qt::UserRole + 1, SortRole, StateRole };
    static constexpr int maxRows = 5000;

    explicit SyncQueueModel(StoreContext context, QObject *parent = nullptr);

    // Reads the queue on the calling thread's connection (an indexed query of at most `limit`
    // rows); usable from a worker. It takes a StoreContext because SyncQueueStore, which owns
    // the query, does; the read itself uses only the database.
    static Expected<QList<Row>> fetch(const StoreContext &context, int limit = maxRows);
    // Shows what a fetch() brought: its rows, or none and the reason in lastError().
    void setFetched(Expected<QList<Row>> fetched);
    // Re-reads the queue here and now (fetch() then setFetched()).
    void reload();
    // Why the last reload shows nothing ("" when it read fine).
    QString lastError() const { return m_error; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static QString stateName(QueueState state);

protected:
    QString columnTitle(int column) const override;

private:
    StoreContext m_ctx;
    QString m_error;
};

} // namespace pinedesk
