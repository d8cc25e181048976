#include "IndicatorTableModel.h"

#include "store/DbTime.h"
#include "store/Statement.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

IndicatorTableModel::IndicatorTableModel(StoreContext context, QObject *parent)
    : RowTableModel(ColumnCount, parent)
    , m_ctx(std::move(context))
{}

Expected<QList<IndicatorTableModel::Row>> IndicatorTableModel::fetch(Database &database,
                                                                     const QDateTime &now)
{
    // Active users: granted and not expired at `now` (lifetime included), counted for all
    // indicators at once; the latest version is the newest release (then the newest row).
    Statement st(database.connection(),
                 u"SELECT i.id, i.name, i.pine_id, i.status, i.updated_at, "
                 "(SELECT v.version FROM indicator_versions v WHERE v.indicator_id = i.id "
                 "ORDER BY v.released_at DESC, v.id DESC LIMIT 1), "
                 "COALESCE(a.active, 0) "
                 "FROM indicators i LEFT JOIN "
                 "(SELECT indicator_id, COUNT(*) AS active FROM accesses "
                 "WHERE intended_state = 'granted' AND (expires_at IS NULL OR expires_at > :now) "
                 "GROUP BY indicator_id) a ON a.indicator_id = i.id "
                 "ORDER BY lower(i.name), i.id"_s);
    st.bind(u":now"_s, DbTime::toDb(now));
    if (const pinedesk::Status s = st.exec(); !s)
        return Expected<QList<Row>>::failure(s.error());
    QList<Row> rows;
    while (st.next()) {
        Row r;
        r.id = st.value(0).toLongLong();
        r.name = st.value(1).toString();
        r.pineId = st.value(2).toString();
        r.status = indicatorStatusFromText(st.value(3).toString()).value_or(IndicatorStatus::Live);
        r.updatedAt = DbTime::fromDb(st.value(4));
        r.latestVersion = st.value(5).toString();
        r.activeUsers = st.value(6).toLongLong();
        rows.append(r);
    }
    return rows;
}

Status IndicatorTableModel::reload()
{
    auto rows = fetch(m_ctx.database, m_ctx.clock.nowUtc());
    if (!rows)
        return pinedesk::Status::failure(rows.error());
    setRows(std::move(rows).value());
    return {};
}

QVariant IndicatorTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = rowOfIndex(index);
    switch (role) {
    case IdRole:
        return r.id;
    case StatusRole:
        return int(r.status);
    case SearchRole:
        return QString(r.name + u' ' + r.pineId);
    case Qt::TextAlignmentRole:
        return index.column() == ActiveUsers ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
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
    case PineId:
        return r.pineId;
    case Status:
        return raw ? QVariant(int(r.status))
                   : QVariant(IndicatorStatusNames::displayName(r.status));
    case LatestVersion:
        return r.latestVersion;
    case ActiveUsers:
        return raw ? QVariant(r.activeUsers) : QVariant(QLocale().toString(r.activeUsers));
    case Updated:
        return raw ? QVariant(r.updatedAt)
                   : QVariant(QLocale().toString(r.updatedAt.toLocalTime(), QLocale::ShortFormat));
    case ColumnCount:
        break;
    }
    return {};
}

QString IndicatorTableModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Name:
        return tr("Name");
    case PineId:
        return tr("Pine ID");
    case Status:
        return tr("Status");
    case LatestVersion:
        return tr("Latest version");
    case ActiveUsers:
        return tr("Active users");
    case Updated:
        return tr("Updated");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace pinedesk
