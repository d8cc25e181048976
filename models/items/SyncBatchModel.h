#pragma once

#include "domain/Expected.h"
#include "store/StoreContext.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace pinedesk {

// The batches of the outbox as the Sync page lists them (a bulk run, a reconciliation's fixes,
// a command-line grant): how many changes each holds and how far it has come, and whether the
// vendor paused it. Lists the batches that still have work or failures, and the most recent
// ones. A reload that finds the same batches updates the figures in place, so a selection
// survives the engine's progress.
class SyncBatchModel final : public QAbstractTableModel
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

    struct Row
    {
        qint64 id = 0;
        QString label;
        QDateTime createdAt;
        QString createdBy;
        bool paused = false;
        qint64 total = 0;
        qint64 done = 0;
        qint64 failed = 0;   // dead: a person must look
        qint64 waiting = 0;  // pending or retrying
        qint64 inFlight = 0; // being sent now
        qint64 cancelled = 0;

        bool finished() const { return waiting + inFlight == 0; }
        int percent() const
        {
            return total > 0 ? int((done + failed + cancelled) * 100 / total) : 100;
        }
    };

    explicit SyncBatchModel(StoreContext context, QObject *parent = nullptr);

    // Reads the batches on the calling thread's connection (newest first).
    static Expected<QList<Row>> fetch(Database &database, int recent = recentBatches);
    Status reload();
    void setRows(QList<Row> rows);
    const Row *rowAt(int row) const;
    int rowOf(qint64 batchId) const;
    static QString stateText(const Row &row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    StoreContext m_ctx;
    QList<Row> m_rows;
};

} // namespace pinedesk
