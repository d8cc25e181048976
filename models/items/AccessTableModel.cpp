#include "AccessTableModel.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

AccessTableModel::AccessTableModel(StoreContext context, QObject *parent)
    : QAbstractTableModel(parent)
    , m_ctx(std::move(context))
    , m_loads(m_ctx.database)
{}

int AccessTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int AccessTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AccessTableModel::originName(AccessOrigin origin)
{
    switch (origin) {
    case AccessOrigin::Manual:
        return tr("Manual");
    case AccessOrigin::Bulk:
        return tr("Bulk");
    case AccessOrigin::Plan:
        return tr("Plan");
    case AccessOrigin::Campaign:
        return tr("Campaign");
    case AccessOrigin::Import:
        return tr("Import");
    }
    return {};
}

AccessQuery::Sort AccessTableModel::sortFor(int column)
{
    using S = AccessQuery::Sort;
    switch (Column(column)) {
    case Username:
        return S::Username;
    case ClientName:
        return S::ClientName;
    case Indicator:
        return S::Indicator;
    case Status:
        return S::Status;
    case Expires:
        return S::Expires;
    case Sync:
        return S::Sync;
    case Origin:
        return S::Origin;
    case Plan:
        return S::Plan;
    case ColumnCount:
        break;
    }
    return S::Expires;
}

QVariant AccessTableModel::display(const AccessRow &r, int column) const
{
    switch (Column(column)) {
    case Username:
        return r.tvUsername;
    case ClientName:
        return r.clientName;
    case Indicator:
        return r.indicatorName;
    case Status:
        return AccessStatusRule::displayName(r.status);
    case Expires:
        return r.expiration.isLifetime()
                   ? tr("Lifetime")
                   : QLocale().toString(r.expiration.until().toLocalTime(), QLocale::ShortFormat);
    case Sync:
        return SyncStateRule::displayName(r.syncState);
    case Origin:
        return originName(r.origin);
    case Plan:
        return r.planName;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AccessTableModel::raw(const AccessRow &r, int column) const
{
    switch (Column(column)) {
    case Status:
        return int(r.status);
    case Expires:
        return r.expiration.isLifetime() ? QVariant(QMetaType::fromType<QDateTime>())
                                         : QVariant(r.expiration.until());
    case Sync:
        return int(r.syncState);
    case Origin:
        return toText(r.origin);
    case Plan:
        return r.planId ? QVariant(*r.planId) : QVariant(QMetaType::fromType<qlonglong>());
    default:
        return display(r, column);
    }
}

QVariant AccessTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == AccessIdRole)
        return accessIdAt(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role < AccessIdRole)
        return {};
    const AccessRow *r = rowAt(index.row());
    if (!r || r->accessId == 0)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*r, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Sync && !r->syncError.isEmpty())
            return r->syncError;
        if (index.column() == Expires && !r->expiration.isLifetime())
            return QLocale().toString(r->expiration.until().toLocalTime(), QLocale::LongFormat);
        return {};
    case ClientIdRole:
        return r->clientId;
    case IndicatorIdRole:
        return r->indicatorId;
    case StatusRole:
        return int(r->status);
    case SyncStateRole:
        return int(r->syncState);
    case RawRole:
        return raw(*r, index.column());
    default:
        return {};
    }
}

QVariant AccessTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Username:
        return tr("TradingView user");
    case ClientName:
        return tr("Client");
    case Indicator:
        return tr("Indicator");
    case Status:
        return tr("Status");
    case Expires:
        return tr("Expires");
    case Sync:
        return tr("Sync");
    case Origin:
        return tr("Origin");
    case Plan:
        return tr("Plan");
    case ColumnCount:
        break;
    }
    return {};
}

void AccessTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    if (column == m_sortColumn && order == m_params.order && !m_ids.isEmpty())
        return;
    m_sortColumn = column;
    m_params.sort = sortFor(column);
    m_params.order = order;
    scheduleReload(false);
}

void AccessTableModel::setFilter(Filter filter)
{
    if (filter == m_params.filter)
        return;
    m_params.filter = filter;
    scheduleReload(false);
}

void AccessTableModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_params.search)
        return;
    m_params.search = trimmed;
    scheduleReload(true);
}

void AccessTableModel::setExpiringWithinDays(int days)
{
    days = qMax(1, days);
    if (days == m_params.expiringWithinDays)
        return;
    m_params.expiringWithinDays = days;
    scheduleReload(true);
}

void AccessTableModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
    m_pages.clear();
}

void AccessTableModel::setMaxCachedPages(int pages)
{
    m_maxCachedPages = qMax(1, pages);
    m_pages.clear();
}

void AccessTableModel::reload()
{
    scheduleReload(true);
}

void AccessTableModel::scheduleReload(bool withCounts)
{
    m_countsWanted = m_countsWanted || withCounts;
    if (m_reloadQueued)
        return;
    m_reloadQueued = true;
    // From now on a load still running is stale, even if it ends before the new one starts: it
    // skips its remaining queries and its result is dropped.
    m_loads.cancel();
    QMetaObject::invokeMethod(this, &AccessTableModel::startLoad, Qt::QueuedConnection);
}

void AccessTableModel::startLoad()
{
    m_reloadQueued = false;
    AccessQuery::Params params = m_params;
    params.nowUtc = m_ctx.clock.nowUtc();
    const bool withCounts = m_countsWanted; // wanted until a result brings them
    const int firstPageSize = m_pageSize;
    Database *database = &m_ctx.database;

    m_loads.run<LoadResult>(
        [database, params, withCounts, firstPageSize](JobControl &control) {
            LoadResult result;
            const QSqlDatabase db = database->connection();
            if (control.isCancelled())
                return result;
            const auto ids = AccessQuery::ids(db, params);
            if (!ids) {
                result.error = ids.error();
                return result;
            }
            result.ids = *ids;
            if (control.isCancelled())
                return result;
            const auto rows = AccessQuery::rows(db, result.ids.mid(0, firstPageSize), params.nowUtc,
                                                params.expiringWithinDays);
            if (rows)
                result.firstPage = *rows;
            if (withCounts && !control.isCancelled()) {
                const auto counts = AccessQuery::counts(db, params);
                if (counts)
                    result.counts = *counts;
            }
            return result;
        },
        [this, params](LoadResult result) { finishLoad(result, params); });
}

void AccessTableModel::finishLoad(const LoadResult &result, const AccessQuery::Params &params)
{
    // Statuses of the rows read later are judged against the clock of this load.
    m_loadedNow = params.nowUtc;
    m_loadedExpiringDays = params.expiringWithinDays;
    m_error = result.error;
    beginResetModel();
    m_ids = result.ids;
    m_pages.clear();
    if (!result.firstPage.isEmpty())
        storePage(0, result.firstPage);
    endResetModel();
    if (result.counts) {
        m_counts = *result.counts;
        m_hasCounts = true;
        m_countsWanted = false;
        Q_EMIT countsChanged();
    }
    Q_EMIT loaded();
}

void AccessTableModel::storePage(int page, QList<AccessRow> rows) const
{
    while (m_pages.size() >= m_maxCachedPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        }
        m_pages.erase(oldest);
    }
    m_pages.insert(page, Page{std::move(rows), ++m_useCounter});
}

const AccessRow *AccessTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    const int page = row / m_pageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        const QList<qint64> ids = m_ids.mid(qsizetype(page) * m_pageSize, m_pageSize);
        ++m_pageReads;
        auto rows =
            AccessQuery::rows(m_ctx.database.connection(), ids, m_loadedNow, m_loadedExpiringDays);
        if (!rows) {
            qWarning("Subscriptions: a page could not be read: %s", qPrintable(rows.error()));
            rows = QList<AccessRow>(ids.size()); // blank rows; tried again after the next load
        }
        storePage(page, *rows);
        it = m_pages.find(page);
    }
    it->lastUse = ++m_useCounter;
    const int offset = row - page * m_pageSize;
    return offset < it->rows.size() ? &it->rows[offset] : nullptr;
}

qint64 AccessTableModel::accessIdAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids[row] : 0;
}

QList<qint64> AccessTableModel::accessIds(const QItemSelection &selection) const
{
    QList<int> rows;
    for (const QItemSelectionRange &range : selection) {
        if (range.model() != this)
            continue;
        for (int row = range.top(); row <= range.bottom() && row < m_ids.size(); ++row)
            rows.append(row);
    }
    // Ranges may overlap (cells of one row); the ids come out once each, in table order.
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (int row : std::as_const(rows))
        ids.append(m_ids[row]);
    return ids;
}

QList<int> AccessTableModel::rowsOf(const QSet<qint64> &accessIds) const
{
    QList<int> rows;
    if (accessIds.isEmpty())
        return rows;
    for (int row = 0; row < m_ids.size(); ++row) {
        if (accessIds.contains(m_ids[row]))
            rows.append(row);
    }
    return rows;
}

} // namespace pinedesk
