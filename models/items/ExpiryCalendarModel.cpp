#include "ExpiryCalendarModel.h"

#include <QLocale>

namespace pinedesk {

ExpiryCalendarModel::ExpiryCalendarModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ExpiryCalendarModel::setMonth(ExpiryMonth month)
{
    beginResetModel();
    m_month = std::move(month);
    refill();
    endResetModel();
}

void ExpiryCalendarModel::setDay(QDate day)
{
    if (day == m_day)
        return;
    beginResetModel();
    m_day = day;
    refill();
    endResetModel();
}

void ExpiryCalendarModel::refill()
{
    m_rows = m_month.contains(m_day) ? m_month.entriesOn(m_day) : QList<ExpiryMonth::Entry>();
}

const ExpiryMonth::Entry *ExpiryCalendarModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int ExpiryCalendarModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ExpiryCalendarModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExpiryCalendarModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ExpiryMonth::Entry &e = m_rows[index.row()];
    if (role == AccessIdRole)
        return e.accessId;
    if (role == SyncStateRole)
        return int(e.syncState);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool raw = role == SortRole;
    switch (Column(index.column())) {
    case Client:
        return e.client;
    case Username:
        return e.tvUsername;
    case Indicator:
        return e.indicator;
    case Expires:
        return raw ? QVariant(e.expiresAt)
                   : QVariant(QLocale().toString(e.expiresAt.toLocalTime(), QLocale::ShortFormat));
    case Sync:
        return raw ? QVariant(int(e.syncState)) : QVariant(SyncStateRule::displayName(e.syncState));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ExpiryCalendarModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Client:
        return tr("Client");
    case Username:
        return tr("TradingView user");
    case Indicator:
        return tr("Indicator");
    case Expires:
        return tr("Expires");
    case Sync:
        return tr("Sync");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace pinedesk
