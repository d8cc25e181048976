#pragma once

#include "RowTableModel.h"
#include "domain/Duration.h"
#include "domain/Expected.h"
#include "domain/Money.h"
#include "store/StoreContext.h"

#include <QList>
#include <QStringList>

namespace pinedesk {

// One plan as the Plans page lists it.
struct PlanRow
{
    qint64 id = 0;
    QString name;
    QStringList indicatorNames; // by name, case-insensitive
    Duration duration = Duration::days(30);
    Money price;
    qint64 activeClients = 0;
    bool active = true;
};

// The plans as the Plans page lists them: what each bundles, for how long, at what price, and
// how many clients hold an active access through it. Two queries whatever the number of plans
// (the client counts are one GROUP BY), so a page can fetch them on a worker thread.
class PlanTableModel final : public RowTableModel<PlanRow>
{
    Q_OBJECT

public:
    enum Column { Name, Indicators, DefaultDuration, Price, ActiveClients, Active, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SortRole,  // raw values: text, approximate days, minor units, counts
        ActiveRole // bool
    };

    explicit PlanTableModel(StoreContext context, QObject *parent = nullptr);

    // Reads every plan on the calling thread's connection; usable from a worker.
    static Expected<QList<Row>> fetch(Database &database, const QDateTime &now);

    Status reload();

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    QString columnTitle(int column) const override;

private:
    StoreContext m_ctx;
};

} // namespace pinedesk
