#include "SyncQueueModel.h"

#include "store/SyncQueueStore.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

SyncQueueModel::SyncQueueModel(StoreContext context, QObject *parent)
    : RowTableModel(ColumnCount, parent)
    , m_ctx(std::move(context))
{}

Expected<QList<SyncQueueModel::Row>> SyncQueueModel::fetch(const StoreContext &context, int limit)
{
    return SyncQueueStore(context).unfinishedRows(limit);
}

void SyncQueueModel::setFetched(Expected<QList<Row>> fetched)
{
    m_error = fetched ? QString() : fetched.error().message();
    setRows(fetched ? std::move(fetched).value() : QList<Row>());
}

void SyncQueueModel::reload()
{
    setFetched(fetch(m_ctx));
}

QString SyncQueueModel::stateName(QueueState state)
{
    switch (state) {
    case QueueState::Pending:
        return tr("Waiting");
    case QueueState::InFlight:
        return tr("Sending");
    case QueueState::Retry:
        return tr("Retrying");
    case QueueState::Dead:
        return tr("Failed");
    case QueueState::Done:
        return tr("Done");
    case QueueState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QVariant SyncQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SyncQueueRow &r = rowOfIndex(index);
    if (role == RowIdRole)
        return r.id;
    if (role == StateRole)
        return int(r.state);
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool raw = role == SortRole;
        switch (Column(index.column())) {
        case Username:
            return r.tvUsername;
        case Script:
            return r.pineId;
        case State:
            return raw ? QVariant(int(r.state)) : QVariant(stateName(r.state));
        case Attempts:
            return r.attempts;
        case NextAttempt:
            if (raw)
                return r.nextAttemptAt;
            return r.state == QueueState::Retry || r.state == QueueState::Pending
                       ? QLocale().toString(r.nextAttemptAt.toLocalTime(), QLocale::ShortFormat)
                       : QString();
        case Reason:
            return r.lastError;
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Reason && !r.lastError.isEmpty())
        return r.lastError;
    return {};
}

QString SyncQueueModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Username:
        return tr("TradingView user");
    case Script:
        return tr("Script");
    case State:
        return tr("State");
    case Attempts:
        return tr("Attempts");
    case NextAttempt:
        return tr("Next attempt");
    case Reason:
        return tr("Reason");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace pinedesk
