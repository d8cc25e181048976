#include "PlanTableModel.h"

#include "store/DbTime.h"
#include "store/Statement.h"

#include <QHash>
#include <QLocale>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

// For sorting only: months and years as their usual length in days, lifetime last.
qint64 approximateDays(const Duration &d)
{
    switch (d.unit()) {
    case Duration::Unit::Days:
        return d.count();
    case Duration::Unit::Weeks:
        return qint64(d.count()) * 7;
    case Duration::Unit::Months:
        return qint64(d.count()) * 30;
    case Duration::Unit::Years:
        return qint64(d.count()) * 365;
    case Duration::Unit::Lifetime:
        break;
    }
    return std::numeric_limits<qint64>::max();
}

} // namespace

PlanTableModel::PlanTableModel(StoreContext context, QObject *parent)
    : RowTableModel(ColumnCount, parent)
    , m_ctx(std::move(context))
{}

Expected<QList<PlanTableModel::Row>> PlanTableModel::fetch(Database &database, const QDateTime &now)
{
    const QSqlDatabase db = database.connection();
    // Clients (not accesses) holding something through the plan right now.
    Statement plans(db, u"SELECT p.id, p.name, p.duration, p.price_minor, p.currency, p.active, "
                        "COALESCE(a.clients, 0) FROM plans p LEFT JOIN "
                        "(SELECT plan_id, COUNT(DISTINCT client_id) AS clients FROM accesses "
                        "WHERE plan_id IS NOT NULL AND intended_state = 'granted' "
                        "AND (expires_at IS NULL OR expires_at > :now) GROUP BY plan_id) a "
                        "ON a.plan_id = p.id ORDER BY lower(p.name), p.id"_s);
    plans.bind(u":now"_s, DbTime::toDb(now));
    if (const Status s = plans.exec(); !s)
        return Expected<QList<Row>>::failure(s.error());
    QList<Row> rows;
    QHash<qint64, qsizetype> indexOf;
    while (plans.next()) {
        Row r;
        r.id = plans.value(0).toLongLong();
        r.name = plans.value(1).toString();
        if (const auto d = Duration::parse(plans.value(2).toString()))
            r.duration = *d;
        r.price = Money(plans.value(3).toLongLong(), plans.value(4).toString());
        r.active = plans.value(5).toBool();
        r.activeClients = plans.value(6).toLongLong();
        indexOf.insert(r.id, rows.size());
        rows.append(r);
    }

    Statement members(db, u"SELECT pi.plan_id, i.name FROM plan_indicators pi "
                          "JOIN indicators i ON i.id = pi.indicator_id "
                          "ORDER BY pi.plan_id, lower(i.name)"_s);
    if (const Status s = members.exec(); !s)
        return Expected<QList<Row>>::failure(s.error());
    while (members.next()) {
        const qsizetype at = indexOf.value(members.value(0).toLongLong(), -1);
        if (at >= 0)
            rows[at].indicatorNames.append(members.value(1).toString());
    }
    return rows;
}

Status PlanTableModel::reload()
{
    auto rows = fetch(m_ctx.database, m_ctx.clock.nowUtc());
    if (!rows)
        return Status::failure(rows.error());
    setRows(std::move(rows).value());
    return {};
}

QVariant PlanTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = rowOfIndex(index);
    switch (role) {
    case IdRole:
        return r.id;
    case ActiveRole:
        return r.active;
    case Qt::ToolTipRole:
        return index.column() == Indicators ? QVariant(r.indicatorNames.join(u'\n')) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Price || index.column() == ActiveClients
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool raw = role == SortRole;
    switch (Column(index.column())) {
    case Name:
        return raw ? QVariant(r.name.toLower()) : QVariant(r.name);
    case Indicators:
        return raw ? QVariant(qint64(r.indicatorNames.size()))
                   : QVariant(r.indicatorNames.join(u", "_s));
    case DefaultDuration:
        return raw ? QVariant(approximateDays(r.duration)) : QVariant(r.duration.displayText());
    case Price:
        return raw ? QVariant(r.price.minorUnits()) : QVariant(r.price.toDisplayString(QLocale()));
    case ActiveClients:
        return raw ? QVariant(r.activeClients) : QVariant(QLocale().toString(r.activeClients));
    case Active:
        return raw ? QVariant(r.active) : QVariant(r.active ? tr("Active") : tr("Inactive"));
    case ColumnCount:
        break;
    }
    return {};
}

QString PlanTableModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Name:
        return tr("Name");
    case Indicators:
        return tr("Indicators");
    case DefaultDuration:
        return tr("Default duration");
    case Price:
        return tr("Price");
    case ActiveClients:
        return tr("Active clients");
    case Active:
        return tr("State");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace pinedesk
