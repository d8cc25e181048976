#include "SyncQueueStore.h"

#include <QCoreApplication>

#include "AuditLog.h"
#include "DbTime.h"
#include "Statement.h"
#include "Transaction.h"

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

QString SyncQueueStore::selectColumns()
{
    return u"SELECT id, tv_username, pine_id, batch_id, state, attempts, next_attempt_at, "
           "last_error, created_at, updated_at FROM sync_queue "_s;
}

SyncQueueRow SyncQueueStore::fromRow(const Statement &st)
{
    SyncQueueRow r;
    r.id = st.value(0).toLongLong();
    r.tvUsername = st.value(1).toString();
    r.pineId = st.value(2).toString();
    if (!st.value(3).isNull())
        r.batchId = st.value(3).toLongLong();
    r.state = queueStateFromText(st.value(4).toString()).value_or(QueueState::Pending);
    r.attempts = st.value(5).toInt();
    r.nextAttemptAt = DbTime::fromDb(st.value(6));
    r.lastError = st.value(7).toString();
    r.createdAt = DbTime::fromDb(st.value(8));
    r.updatedAt = DbTime::fromDb(st.value(9));
    return r;
}

Expected<qint64> SyncQueueStore::createBatch(const QString &label)
{
    Statement st(m_ctx.database.connection(),
                 u"INSERT INTO sync_batches (label, created_at, created_by) "
                 "VALUES (:l, :now, :actor)"_s);
    st.bind(u":l"_s, label)
        .bind(u":now"_s, DbTime::toDb(m_ctx.clock.nowUtc()))
        .bind(u":actor"_s, m_ctx.who());
    if (const Status s = st.exec(); !s)
        return Expected<qint64>::failure(s.error());
    return st.lastInsertId();
}

Expected<qint64> SyncQueueStore::enqueue(const QString &tvUsername, const QString &pineId,
                                         std::optional<qint64> batchId)
{
    const QSqlDatabase db = m_ctx.database.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return Expected<qint64>::failure(tx.error());
    const QVariant now = DbTime::toDb(m_ctx.clock.nowUtc());
    const QVariant batch =
        batchId ? QVariant(*batchId) : QVariant(QMetaType::fromType<qlonglong>());

    // A row already waiting for this pair will read the newest intent: make it due now and let
    // the newest batch own it, so the batch's progress covers the change just made.
    Statement waiting(db, u"SELECT id FROM sync_queue WHERE tv_username = :u AND pine_id = :p "
                          "AND state IN ('pending', 'retry')"_s);
    waiting.bind(u":u"_s, tvUsername).bind(u":p"_s, pineId);
    const auto found = waiting.execAndFirst();
    if (!found)
        return Expected<qint64>::failure(found.error());
    qint64 id = 0;
    if (*found) {
        id = waiting.value(0).toLongLong();
        // A new change of intent deserves a fresh set of attempts.
        Statement touch(db, u"UPDATE sync_queue SET state = 'pending', next_attempt_at = :now, "
                            "attempts = 0, batch_id = COALESCE(:b, batch_id), updated_at = :now "
                            "WHERE id = :id"_s);
        touch.bind(u":now"_s, now).bind(u":b"_s, batch).bind(u":id"_s, id);
        if (const Status s = touch.exec(); !s)
            return Expected<qint64>::failure(s.error());
    } else {
        Statement insert(db, u"INSERT INTO sync_queue (tv_username, pine_id, batch_id, state, "
                             "attempts, next_attempt_at, created_at, updated_at) "
                             "VALUES (:u, :p, :b, 'pending', 0, :now, :now, :now)"_s);
        insert.bind(u":u"_s, tvUsername)
            .bind(u":p"_s, pineId)
            .bind(u":b"_s, batch)
            .bind(u":now"_s, now);
        if (const Status s = insert.exec(); !s)
            return Expected<qint64>::failure(s.error());
        id = insert.lastInsertId();
    }
    if (const Status s = tx.commit(); !s)
        return Expected<qint64>::failure(s.error());
    return id;
}

Expected<QMap<QueueState, qint64>> SyncQueueStore::countsByState(std::optional<qint64> batchId)
{
    Statement st(m_ctx.database.connection(),
                 batchId ? u"SELECT state, COUNT(*) FROM sync_queue WHERE batch_id = :b "
                           "GROUP BY state"_s
                         : u"SELECT state, COUNT(*) FROM sync_queue GROUP BY state"_s);
    if (batchId)
        st.bind(u":b"_s, *batchId);
    QMap<QueueState, qint64> counts;
    if (const Status s = st.exec(); !s)
        return Expected<QMap<QueueState, qint64>>::failure(s.error());
    while (st.next()) {
        if (const auto state = queueStateFromText(st.value(0).toString()))
            counts.insert(*state, st.value(1).toLongLong());
    }
    return counts;
}

Expected<std::optional<SyncQueueRow>> SyncQueueStore::byId(qint64 id)
{
    Statement st(m_ctx.database.connection(), selectColumns() + u"WHERE id = :id"_s);
    st.bind(u":id"_s, id);
    const auto first = st.execAndFirst();
    if (!first)
        return Expected<std::optional<SyncQueueRow>>::failure(first.error());
    if (*first)
        return std::optional<SyncQueueRow>(fromRow(st));
    return std::optional<SyncQueueRow>();
}

Expected<QList<SyncQueueRow>> SyncQueueStore::forUsername(const QString &tvUsername, int limit)
{
    Statement st(m_ctx.database.connection(), selectColumns() +
                                                  u"WHERE tv_username = :u ORDER BY id DESC "
                                                  "LIMIT :l"_s);
    st.bind(u":u"_s, tvUsername).bind(u":l"_s, limit);
    return st.readAll([](const Statement &row) { return fromRow(row); });
}

Expected<std::optional<SyncQueueRow>> SyncQueueStore::latestForPair(const QString &tvUsername,
                                                                    const QString &pineId)
{
    Statement st(m_ctx.database.connection(),
                 selectColumns() + u"WHERE tv_username = :u AND pine_id = :p ORDER BY id DESC "
                                   "LIMIT 1"_s);
    st.bind(u":u"_s, tvUsername).bind(u":p"_s, pineId);
    const auto first = st.execAndFirst();
    if (!first)
        return Expected<std::optional<SyncQueueRow>>::failure(first.error());
    if (*first)
        return std::optional<SyncQueueRow>(fromRow(st));
    return std::optional<SyncQueueRow>();
}

Expected<QList<SyncQueueRow>> SyncQueueStore::rows(QueueState state, int limit)
{
    Statement st(m_ctx.database.connection(),
                 selectColumns() + u"WHERE state = :s ORDER BY next_attempt_at, id LIMIT :limit"_s);
    st.bind(u":s"_s, toText(state)).bind(u":limit"_s, limit);
    QList<SyncQueueRow> list;
    if (const Status s = st.exec(); !s)
        return Expected<QList<SyncQueueRow>>::failure(s.error());
    while (st.next())
        list.append(fromRow(st));
    return list;
}

Status SyncQueueStore::setBatchPaused(qint64 batchId, bool paused)
{
    const QSqlDatabase db = m_ctx.database.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    Statement st(db, u"UPDATE sync_batches SET paused = :p WHERE id = :id"_s);
    st.bind(u":p"_s, paused ? 1 : 0).bind(u":id"_s, batchId);
    if (const Status s = st.exec(); !s)
        return s;
    if (const Status s = AuditLog(m_ctx).record(
            paused ? u"sync.batch_paused"_s : u"sync.batch_resumed"_s, u"batch"_s, batchId);
        !s)
        return s;
    return tx.commit();
}

Expected<int> SyncQueueStore::cancelWaiting(std::optional<qint64> batchId)
{
    const QSqlDatabase db = m_ctx.database.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return Expected<int>::failure(tx.error());
    Statement st(db, batchId ? u"UPDATE sync_queue SET state = 'cancelled', updated_at = :now, "
                               "finished_at = :now WHERE state IN ('pending', 'retry') AND "
                               "batch_id = :b"_s
                             : u"UPDATE sync_queue SET state = 'cancelled', updated_at = :now, "
                               "finished_at = :now WHERE state IN ('pending', 'retry')"_s);
    st.bind(u":now"_s, DbTime::toDb(m_ctx.clock.nowUtc()));
    if (batchId)
        st.bind(u":b"_s, *batchId);
    if (const Status s = st.exec(); !s)
        return Expected<int>::failure(s.error());
    const int cancelled = st.rowsAffected();
    if (const Status s = AuditLog(m_ctx).record(u"sync.cancelled"_s, u"batch"_s,
                                                batchId.value_or(0), {{u"rows"_s, cancelled}});
        !s)
        return Expected<int>::failure(s.error());
    if (const Status s = tx.commit(); !s)
        return Expected<int>::failure(s.error());
    return cancelled;
}

Expected<int> SyncQueueStore::retryDead(std::optional<qint64> rowId)
{
    const QSqlDatabase db = m_ctx.database.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return Expected<int>::failure(tx.error());
    const QVariant now = DbTime::toDb(m_ctx.clock.nowUtc());
    const QVariant id = rowId ? QVariant(*rowId) : QVariant(QMetaType::fromType<qlonglong>());
    // A pair that already waits keeps that row; the dead one is then only history.
    Statement covered(
        db, u"UPDATE sync_queue SET state = 'done', result = 'superseded', "
            "updated_at = :now WHERE state = 'dead' AND (CAST(:id AS BIGINT) IS NULL OR id = :id) "
            "AND EXISTS (SELECT 1 FROM sync_queue w WHERE w.state IN ('pending', "
            "'retry') AND w.tv_username = sync_queue.tv_username AND "
            "w.pine_id = sync_queue.pine_id)"_s);
    Statement again(db, u"UPDATE sync_queue SET state = 'pending', attempts = 0, last_error = '', "
                        "next_attempt_at = :now, finished_at = NULL, updated_at = :now "
                        "WHERE state = 'dead' AND (CAST(:id AS BIGINT) IS NULL OR id = :id)"_s);
    // Of several dead rows for one pair only the newest runs again.
    Statement older(
        db, u"UPDATE sync_queue SET state = 'done', result = 'superseded', "
            "updated_at = :now WHERE state = 'dead' AND (CAST(:id AS BIGINT) IS NULL OR id = :id) "
            "AND EXISTS (SELECT 1 FROM sync_queue n WHERE n.state = 'dead' AND "
            "n.id > sync_queue.id AND n.tv_username = sync_queue.tv_username AND "
            "n.pine_id = sync_queue.pine_id)"_s);
    for (Statement *st : {&covered, &older, &again}) {
        st->bind(u":now"_s, now).bind(u":id"_s, id);
        if (const Status s = st->exec(); !s)
            return Expected<int>::failure(s.error());
    }
    const int retried = again.rowsAffected();
    if (const Status s = AuditLog(m_ctx).record(u"sync.retried"_s, u"sync_row"_s, rowId.value_or(0),
                                                {{u"rows"_s, retried}});
        !s)
        return Expected<int>::failure(s.error());
    if (const Status s = tx.commit(); !s)
        return Expected<int>::failure(s.error());
    return retried;
}

Expected<QList<SyncQueueRow>> SyncQueueStore::unfinishedRows(int limit)
{
    Statement st(m_ctx.database.connection(),
                 selectColumns() + u"WHERE state IN ('dead', 'in_flight', 'retry', 'pending') "
                                   "ORDER BY CASE state WHEN 'dead' THEN 0 WHEN 'in_flight' THEN 1 "
                                   "WHEN 'retry' THEN 2 ELSE 3 END, next_attempt_at, id "
                                   "LIMIT :limit"_s);
    st.bind(u":limit"_s, limit);
    QList<SyncQueueRow> list;
    if (const Status s = st.exec(); !s)
        return Expected<QList<SyncQueueRow>>::failure(s.error());
    while (st.next())
        list.append(fromRow(st));
    return list;
}

Status SyncQueueStore::cancelRow(qint64 rowId)
{
    const QSqlDatabase db = m_ctx.database.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    Statement st(db, u"UPDATE sync_queue SET state = 'cancelled', updated_at = :now, "
                     "finished_at = :now WHERE id = :id AND state IN ('pending', 'retry')"_s);
    st.bind(u":now"_s, DbTime::toDb(m_ctx.clock.nowUtc())).bind(u":id"_s, rowId);
    if (const Status s = st.exec(); !s)
        return s;
    if (st.rowsAffected() == 0)
        return Status::failure(QCoreApplication::translate(
            "SyncQueueStore", "This change is no longer waiting (it is being sent or is done)."));
    if (const Status s = AuditLog(m_ctx).record(u"sync.cancelled"_s, u"sync_row"_s, rowId); !s)
        return s;
    return tx.commit();
}

} // namespace pinedesk
