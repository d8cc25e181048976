#pragma once

#include "RowTableModel.h"
#include "SyncBatchRow.h"
#include "domain/Expected.h"
#include "store/StoreContext.h"

#include <QList>

namespace pinedesk {

// The batches of the outbox as the Sync page lists them (a bulk run, a reconciliation's fixes,
// a command-line grant): how many changes each holds and how far it has come, and whether the
// vendor paused it. Lists the batches that still have work or failures, and the most recent
// ones. A reload that finds the same batches updates the figures in place, so a selection
// survives the engine's progress.
class SyncBatchModel final : public RowTableModel<SyncBatchRow>
{
    Q_OBJECT

public:
    enum Column { Label, Created, Total, Done, Failed, Waiting, Progress, State, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SortRole,     // raw values
        PausedRole,   // bool
        PercentRole,  // 0..100: changes settled (done, failed or cancelled)
        FinishedRole, // bool: nothing waiting or in flight
    };
    static constexpr int recentBatches = 20;

    explicit SyncBatchModel(StoreContext context, QObject *parent = nullptr);

    // Reads the batches on the calling thread's connection (newest first).
    static Expected<QList<Row>> fetch(Database &database, int recent = recentBatches);
    Status reload();
    static QString stateText(const Row &row);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    QString columnTitle(int column) const override;

private:
    StoreContext m_ctx;
};

} // namespace pinedesk
