#pragma once

#include "bulk/BulkResults.h"
#include "store/StoreContext.h"

#include <QAbstractTableModel>

namespace pinedesk {

// Step 5 of the bulk wizard: each recipient with its planned change, its live status and why it
// failed, over BulkResults. refresh() reads what changed in the database and updates only the
// rows concerned. Sorting on raw values (SortRole, failures first); FilterRole holds the state
// word ("failed", "waiting", "done", "nochange", "excluded", ...).
class BulkResultsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Username, Change, Status, Detail, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, FilterRole, StateRole };

    explicit BulkResultsModel(QObject *parent = nullptr);

    void setResults(const BulkResults &results);
    const BulkResults &results() const { return m_results; }
    // Reads the batch's progress; false (with the reason in `error`) when the database failed.
    bool refresh(const StoreContext &context, bool full = false, QString *error = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString filterWord(BulkResults::State state);

private:
    BulkResults m_results;
};

} // namespace pinedesk
