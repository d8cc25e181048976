#include "ClientTableModel.h"

#include "domain/Clock.h"
#include "store/Database.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

std::optional<ClientQuery::Sort> sortOf(int column)
{
    switch (column) {
    case ClientTableModel::Username:
        return ClientQuery::Sort::Username;
    case ClientTableModel::Name:
        return ClientQuery::Sort::Name;
    case ClientTableModel::Email:
        return ClientQuery::Sort::Email;
    case ClientTableModel::Status:
        return ClientQuery::Sort::Status;
    case ClientTableModel::Created:
        return ClientQuery::Sort::Created;
    default:
        return std::nullopt;
    }
}

} // namespace

ClientTableModel::ClientTableModel(Database &database, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_clock(clock)
    , m_query(ClientFilter(), clock.nowUtc())
    , m_queries(database, JobRunner::Worker::Dedicated)
{
    refresh();
}

int ClientTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_total);
}

int ClientTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ClientTableModel::isSortable(int column)
{
    return sortOf(column).has_value();
}

const ClientRow *ClientTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_total)
        return nullptr;
    const int page = row / pageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        // A page the view scrolled to: one indexed read of pageSize rows.
        const auto rows =
            m_query.page(m_database.connection(), qint64(page) * pageSize, pageSize, m_total);
        if (!rows)
            return nullptr;
        if (m_pages.size() >= maxCachedPages) {
            m_pages.remove(m_recent.first());
            m_recent.removeFirst();
        }
        it = m_pages.insert(page, *rows);
    }
    m_recent.removeOne(page);
    m_recent.append(page);
    const int inPage = row % pageSize;
    return inPage < it->size() ? &it->at(inPage) : nullptr;
}

QVariant ClientTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != IdRole && role != Qt::ToolTipRole)
        return {};
    const ClientRow *r = rowAt(index.row());
    if (!r)
        return {};
    if (role == IdRole)
        return r->id;
    const QLocale locale;
    switch (index.column()) {
    case Username:
        if (role == Qt::ToolTipRole && r->tvUsername.isEmpty())
            return tr("No TradingView username yet");
        return r->tvUsername;
    case Name:
        return r->fullName;
    case Email:
        return r->email;
    case Status:
        return ClientStatusNames::displayName(r->status);
    case Created:
        return locale.toString(r->createdAt.toLocalTime().date(), QLocale::ShortFormat);
    case LastPayment:
        if (!r->lastPaidAt.isValid())
            return role == Qt::ToolTipRole ? tr("Never paid") : QVariant();
        return locale.toString(r->lastPaidAt.toLocalTime().date(), QLocale::ShortFormat);
    case ActiveAccesses:
        return role == Qt::ToolTipRole ? QVariant() : QVariant(r->activeAccesses);
    default:
        return {};
    }
}

QVariant ClientTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Username:
        return tr("TradingView user");
    case Name:
        return tr("Name");
    case Email:
        return tr("E-mail");
    case Status:
        return tr("Status");
    case Created:
        return tr("Client since");
    case LastPayment:
        return tr("Last payment");
    case ActiveAccesses:
        return tr("Active accesses");
    default:
        return {};
    }
}

void ClientTableModel::sort(int column, Qt::SortOrder order)
{
    const auto sort = sortOf(column);
    if (!sort || (*sort == m_sort && order == m_order))
        return;
    m_sort = *sort;
    m_order = order;
    refresh();
}

void ClientTableModel::setFilter(const ClientFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refresh();
}

ClientQuery ClientTableModel::currentQuery() const
{
    return ClientQuery(m_filter, m_clock.nowUtc(), m_sort, m_order);
}

void ClientTableModel::refresh()
{
    // The newest request wins: a query still running, or waiting for the worker, is dropped.
    const ClientQuery query = currentQuery();
    Database *database = &m_database;
    m_queries.run<Result>(
        [database, query](JobControl &control) {
            Result result;
            if (control.isCancelled())
                return result; // superseded while it waited for the worker
            const QSqlDatabase db = database->connection();
            const auto total = query.count(db);
            if (!total) {
                result.error = total.error();
                return result;
            }
            result.total = *total;
            const auto first = query.page(db, 0, pageSize, result.total);
            if (first)
                result.firstPage = *first;
            else
                result.error = first.error();
            return result;
        },
        [this, query](Result result) { apply(result, query); });
}

void ClientTableModel::apply(const Result &result, const ClientQuery &query)
{
    beginResetModel();
    m_pages.clear();
    m_recent.clear();
    m_error = result.error;
    m_total = result.error.isEmpty() ? result.total : 0;
    m_query = query; // later pages are read with the clock this count was taken at
    if (!result.firstPage.isEmpty()) {
        m_pages.insert(0, result.firstPage);
        m_recent.append(0);
    }
    endResetModel();
    Q_EMIT loaded();
}

qint64 ClientTableModel::idAt(int row) const
{
    const ClientRow *r = rowAt(row);
    return r ? r->id : 0;
}

Expected<QList<Client>>
ClientTableModel::clientsOf(const QList<std::pair<int, int>> &rowRanges) const
{
    QList<Client> clients;
    for (const auto &[first, last] : rowRanges) {
        const auto chunk =
            m_query.clients(m_database.connection(), first, qint64(last) - first + 1);
        if (!chunk)
            return chunk;
        clients.append(*chunk);
    }
    return clients;
}

Expected<QList<qint64>> ClientTableModel::idsOf(const QList<std::pair<int, int>> &rowRanges) const
{
    QList<qint64> ids;
    for (const auto &[first, last] : rowRanges) {
        const auto chunk = m_query.ids(m_database.connection(), first, qint64(last) - first + 1);
        if (!chunk)
            return chunk;
        ids.append(*chunk);
    }
    return ids;
}

} // namespace pinedesk
