#pragma once

#include "domain/Expected.h"
#include "domain/IndicatorStatus.h"
#include "store/StoreContext.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace pinedesk {

// The catalog as the Indicators page lists it: one row per indicator with its latest version and
// how many clients hold it now. Rows come from one query (the active-user counts are one
// GROUP BY), so a page can fetch them on a worker thread and hand them over with setRows().
class IndicatorTableModel final : public QAbstractTableModel
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

    struct Row
    {
        qint64 id = 0;
        QString name;
        QString pineId;
        IndicatorStatus status = IndicatorStatus::Development;
        QString latestVersion;
        qint64 activeUsers = 0;
        QDateTime updatedAt;
    };

    explicit IndicatorTableModel(StoreContext context, QObject *parent = nullptr);

    // Reads every indicator on the calling thread's connection; usable from a worker.
    static Expected<QList<Row>> fetch(Database &database, const QDateTime &now);

    // Re-reads the catalog here and now (small catalogs, tests).
    pinedesk::Status reload();
    void setRows(QList<Row> rows);
    const Row *rowAt(int row) const;
    // The row of an indicator, or -1.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    StoreContext m_ctx;
    QList<Row> m_rows;
};

} // namespace pinedesk
