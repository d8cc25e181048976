#pragma once

#include "domain/Duration.h"
#include "domain/Expected.h"
#include "domain/Money.h"
#include "store/StoreContext.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace pinedesk {

// The plans as the Plans page lists them: what each bundles, for how long, at what price, and
// how many clients hold an active access through it. Two queries whatever the number of plans
// (the client counts are one GROUP BY), so a page can fetch them on a worker thread.
class PlanTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Indicators, DefaultDuration, Price, ActiveClients, Active, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SortRole,  // raw values: text, approximate days, minor units, counts
        ActiveRole // bool
    };

    struct Row
    {
        qint64 id = 0;
        QString name;
        QStringList indicatorNames; // by name, case-insensitive
        Duration duration = Duration::days(30);
        Money price;
        qint64 activeClients = 0;
        bool active = true;
    };

    explicit PlanTableModel(StoreContext context, QObject *parent = nullptr);

    // Reads every plan on the calling thread's connection; usable from a worker.
    static Expected<QList<Row>> fetch(Database &database, const QDateTime &now);

    Status reload();
    void setRows(QList<Row> rows);
    const Row *rowAt(int row) const;
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
