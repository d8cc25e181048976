#include "BulkResultsModel.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

using State = BulkResults::State;

int stateRank(State s)
{
    switch (s) {
    case State::Failed:
        return 0;
    case State::Retrying:
        return 1;
    case State::Sending:
        return 2;
    case State::Waiting:
        return 3;
    case State::Paused:
        return 4;
    case State::Cancelled:
        return 5;
    case State::Done:
        return 6;
    case State::NoChange:
        return 7;
    case State::Excluded:
        return 8;
    }
    return 9;
}

} // namespace

BulkResultsModel::BulkResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void BulkResultsModel::setResults(const BulkResults &results)
{
    beginResetModel();
    m_results = results;
    endResetModel();
}

bool BulkResultsModel::refresh(const StoreContext &context, bool full, QString *error)
{
    const bool wasPaused = m_results.isPaused();
    const auto changed = m_results.refresh(context, full);
    if (!changed) {
        if (error)
            *error = changed.error();
        return false;
    }
    if (m_results.users().isEmpty())
        return true;
    if (wasPaused != m_results.isPaused()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return true;
    }
    if (changed->isEmpty())
        return true;
    // One signal over all changed rows: a sorting proxy re-sorts them together (one by one, it
    // would place each among rows whose keys already changed but were not re-sorted yet).
    const auto [low, high] = std::minmax_element(changed->cbegin(), changed->cend());
    Q_EMIT dataChanged(index(*low, 0), index(*high, ColumnCount - 1));
    return true;
}

int BulkResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.users().size());
}

int BulkResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BulkResultsModel::filterWord(State state)
{
    switch (state) {
    case State::Excluded:
        return u"excluded"_s;
    case State::NoChange:
        return u"nochange"_s;
    case State::Waiting:
    case State::Paused:
    case State::Sending:
    case State::Retrying:
        return u"waiting"_s;
    case State::Done:
        return u"done"_s;
    case State::Failed:
        return u"failed"_s;
    case State::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

QVariant BulkResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int row = index.row();
    const BulkResults::User &u = m_results.users().at(row);
    if (role == StateRole)
        return int(m_results.state(row));
    if (role == FilterRole)
        return filterWord(m_results.state(row));
    switch (index.column()) {
    case Username:
        if (role == Qt::DisplayRole)
            return u.username;
        if (role == SortRole)
            return u.username.toLower();
        break;
    case Change:
        if (role == Qt::DisplayRole || role == SortRole)
            return m_results.change(row);
        if (role == Qt::ToolTipRole)
            return m_results.change(row).replace(u"; "_s, u"\n"_s);
        break;
    case Status:
        if (role == Qt::DisplayRole)
            return BulkResults::stateName(m_results.state(row));
        if (role == SortRole) // then in the order given, whatever order rows changed in
            return qint64(stateRank(m_results.state(row))) * 10000000 + row;
        break;
    case Detail:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole)
            return m_results.detail(row);
        break;
    default:
        break;
    }
    return {};
}

QVariant BulkResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Username:
        return tr("Username");
    case Change:
        return tr("Change");
    case Status:
        return tr("Status");
    case Detail:
        return tr("Detail");
    default:
        return {};
    }
}

} // namespace pinedesk
