#include "SyncBatchModel.h"

#include "store/DbTime.h"
#include "store/Statement.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

// Both subqueries are indexed (the batches' primary key, sync_queue (state, ...)), and the
// counts read sync_queue (batch_id, state) for the chosen batches only.
const QString batchesSql = uR"(SELECT b.id, b.label, b.created_at, b.created_by, b.paused,
    COUNT(q.id),
    COALESCE(SUM(CASE WHEN q.state = 'done' THEN 1 ELSE 0 END), 0),
    COALESCE(SUM(CASE WHEN q.state = 'dead' THEN 1 ELSE 0 END), 0),
    COALESCE(SUM(CASE WHEN q.state IN ('pending', 'retry') THEN 1 ELSE 0 END), 0),
    COALESCE(SUM(CASE WHEN q.state = 'in_flight' THEN 1 ELSE 0 END), 0),
    COALESCE(SUM(CASE WHEN q.state = 'cancelled' THEN 1 ELSE 0 END), 0)
FROM sync_batches b JOIN sync_queue q ON q.batch_id = b.id
WHERE b.id IN (SELECT id FROM sync_batches ORDER BY id DESC LIMIT :recent)
   OR b.id IN (SELECT batch_id FROM sync_queue
               WHERE state IN ('pending', 'retry', 'in_flight', 'dead') AND batch_id IS NOT NULL)
GROUP BY b.id
ORDER BY b.id DESC)"_s;

// Today's batches by their time, older ones by their date: the column stays narrow.
QString createdText(const QDateTime &createdAt, QDate today)
{
    const QLocale locale;
    const QDateTime local = createdAt.toLocalTime();
    return local.date() == today ? locale.toString(local.time(), QLocale::ShortFormat)
                                 : locale.toString(local.date(), QLocale::ShortFormat);
}

} // namespace

SyncBatchModel::SyncBatchModel(StoreContext context, QObject *parent)
    : RowTableModel(ColumnCount, parent)
    , m_ctx(std::move(context))
{
    // The Sync page reloads as the engine works through the queue: the same batches come back
    // with new figures, and the vendor's selection must stay put.
    setUpdatesInPlace(true);
}

Expected<QList<SyncBatchModel::Row>> SyncBatchModel::fetch(Database &database, int recent)
{
    Statement st(database.connection(), batchesSql);
    st.bind(u":recent"_s, recent);
    if (const Status s = st.exec(); !s)
        return Expected<QList<Row>>::failure(s.error());
    QList<Row> rows;
    while (st.next()) {
        Row r;
        r.id = st.value(0).toLongLong();
        r.label = st.value(1).toString();
        r.createdAt = DbTime::fromDb(st.value(2));
        r.createdBy = st.value(3).toString();
        r.paused = st.value(4).toBool();
        r.total = st.value(5).toLongLong();
        r.done = st.value(6).toLongLong();
        r.failed = st.value(7).toLongLong();
        r.waiting = st.value(8).toLongLong();
        r.inFlight = st.value(9).toLongLong();
        r.cancelled = st.value(10).toLongLong();
        rows.append(r);
    }
    return rows;
}

Status SyncBatchModel::reload()
{
    auto rows = fetch(m_ctx.database);
    if (!rows)
        return Status::failure(rows.error());
    setRows(std::move(rows).value());
    return {};
}

QString SyncBatchModel::stateText(const Row &row)
{
    if (!row.finished())
        return row.paused ? tr("Paused") : (row.inFlight > 0 ? tr("Sending") : tr("Waiting"));
    if (row.cancelled == row.total)
        return tr("Cancelled");
    return row.failed > 0 ? tr("Finished, %n failed", nullptr, int(row.failed)) : tr("Finished");
}

QVariant SyncBatchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = rowOfIndex(index);
    switch (role) {
    case IdRole:
        return r.id;
    case PausedRole:
        return r.paused;
    case PercentRole:
        return r.percent();
    case FinishedRole:
        return r.finished();
    case Qt::ToolTipRole:
        if (index.column() == Label || index.column() == Created)
            return tr("Batch %1, queued by %2 on %3")
                .arg(QString::number(r.id), r.createdBy,
                     QLocale().toString(r.createdAt.toLocalTime(), QLocale::LongFormat));
        if (index.column() == Waiting && r.inFlight > 0)
            return tr("%n being sent now", nullptr, int(r.inFlight));
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= Total && index.column() <= Progress
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool raw = role == SortRole;
    const QLocale locale;
    switch (Column(index.column())) {
    case Label:
        return raw ? QVariant(r.label.toLower()) : QVariant(r.label);
    case Created:
        return raw ? QVariant(r.createdAt.toMSecsSinceEpoch())
                   : QVariant(createdText(r.createdAt, m_ctx.clock.nowUtc().toLocalTime().date()));
    case Total:
        return raw ? QVariant(r.total) : QVariant(locale.toString(r.total));
    case Done:
        return raw ? QVariant(r.done) : QVariant(locale.toString(r.done));
    case Failed:
        return raw ? QVariant(r.failed) : QVariant(locale.toString(r.failed));
    case Waiting:
        return raw ? QVariant(r.waiting + r.inFlight)
                   : QVariant(locale.toString(r.waiting + r.inFlight));
    case Progress:
        return raw ? QVariant(r.percent()) : QVariant(tr("%1 %").arg(r.percent()));
    case State:
        return stateText(r);
    case ColumnCount:
        break;
    }
    return {};
}

QString SyncBatchModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Label:
        return tr("Batch");
    case Created:
        return tr("Queued");
    case Total:
        return tr("Total");
    case Done:
        return tr("Done");
    case Failed:
        return tr("Failed");
    case Waiting:
        return tr("Waiting");
    case Progress:
        return tr("Progress");
    case State:
        return tr("State");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace pinedesk
