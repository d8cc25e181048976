#pragma once

#include "domain/SyncQueueRow.h"
#include "store/StoreContext.h"

#include <QAbstractTableModel>
#include <QList>

namespace pinedesk {

// The changes not yet applied on TradingView, for the Sync page: dead rows (a person must
// look), in flight, retrying, waiting. Sorting is done on raw values (SortRole).
class SyncQueueModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Username, Script, State, Attempts, NextAttempt, Reason, ColumnCount };
    enum Role { RowIdRole = Qt::UserRole + 1, SortRole, StateRole };
    static constexpr int maxRows = 5000;

    explicit SyncQueueModel(StoreContext context, QObject *parent = nullptr);

    // Re-reads the queue (an indexed query of at most maxRows rows).
    void reload();
    // Why the last reload shows nothing ("" when it read fine).
    QString lastError() const { return m_error; }
    const SyncQueueRow *rowAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString stateName(QueueState state);

private:
    StoreContext m_ctx;
    QList<SyncQueueRow> m_rows;
    QString m_error;
};

} // namespace pinedesk
