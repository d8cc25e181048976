#pragma once

#include "RowTableModel.h"
#include "domain/Expected.h"
#include "domain/IndicatorStatus.h"
#include "store/StoreContext.h"

#include <QDateTime>
#include <QList>

namespace pinedesk {

// One indicator as the Indicators page lists it.
struct IndicatorRow
{
    qint64 id = 0;
    QString name;
    QString pineId;
    IndicatorStatus status = IndicatorStatus::Development;
    QString latestVersion;
    qint64 activeUsers = 0;
    QDateTime updatedAt;
};

// The catalog as the Indicators page lists it: one row per indicator with its latest version and
// how many clients hold it now. Rows come from one query (the active-user counts are one
// GROUP BY), so a page can fetch them on a worker thread and hand them over with setRows().
class IndicatorTableModel final : public RowTableModel<IndicatorRow>
{
    Q_OBJECT

public:
    enum Column { Name, PineId, Status, LatestVersion, ActiveUsers, Updated, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SortRole,   // raw values: text, status order, counts, times
        StatusRole, // IndicatorStatus as int
        SearchRole  // name and pine id, for a text filter
    };

    explicit IndicatorTableModel(StoreContext context, QObject *parent = nullptr);

    // Reads every indicator on the calling thread's connection; usable from a worker.
    static Expected<QList<Row>> fetch(Database &database, const QDateTime &now);

    // Re-reads the catalog here and now (small catalogs, tests).
    pinedesk::Status reload();

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    QString columnTitle(int column) const override;

private:
    StoreContext m_ctx;
};

} // namespace pinedesk
