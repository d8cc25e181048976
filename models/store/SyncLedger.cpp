#include "SyncLedger.h"

#include "AccessStore.h"
#include "DbTime.h"
#include "Statement.h"
#include "SyncQueueStore.h"
#include "Transaction.h"

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

// Rows that may run: waiting, due, batch not paused, pair not already in flight.
const QString dueCondition =
    u"q.state IN ('pending', 'retry') AND q.next_attempt_at <= :now "
    "AND (q.batch_id IS NULL OR q.batch_id NOT IN (SELECT id FROM sync_batches WHERE paused = 1)) "
    "AND NOT EXISTS (SELECT 1 FROM sync_queue f WHERE f.state = 'in_flight' "
    "AND f.tv_username = q.tv_username AND f.pine_id = q.pine_id)"_s;

} // namespace

Status SyncLedger::checkLease(const QSqlDatabase &db)
{
    if (m_leaseOwner.isEmpty())
        return {};
    Statement st(db, u"SELECT 1 FROM queue_lease WHERE id = 1 AND owner_id = :owner"_s);
    st.bind(u":owner"_s, m_leaseOwner);
    const auto held = st.execAndFirst();
    if (!held)
        return Status::failure(held.error());
    if (!*held)
        return Status::failure(Error(leaseLostKind,
                                     tr("Another PineDesk took over applying the queue."),
                                     u"lease lost by "_s + m_leaseOwner));
    return {};
}

Expected<int> SyncLedger::recoverInterrupted()
{
    const QSqlDatabase db = m_ctx.database.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return Expected<int>::failure(tx.error());
    if (const Status s = checkLease(db); !s)
        return Expected<int>::failure(s.error());
    const QVariant now = DbTime::toDb(m_ctx.clock.nowUtc());
    // A row that waits for the same pair already covers the interrupted one (it reads the
    // intent when it runs).
    Statement superseded(db, u"UPDATE sync_queue SET state = 'done', result = 'superseded', "
                             "finished_at = :now, updated_at = :now WHERE state = 'in_flight' AND "
                             "EXISTS (SELECT 1 FROM sync_queue w WHERE w.state IN ('pending', "
                             "'retry') AND w.tv_username = sync_queue.tv_username AND w.pine_id = "
                             "sync_queue.pine_id)"_s);
    superseded.bind(u":now"_s, now);
    if (const Status s = superseded.exec(); !s)
        return Expected<int>::failure(s.error());
    Statement again(db, u"UPDATE sync_queue SET state = 'pending', next_attempt_at = :now, "
                        "updated_at = :now WHERE state = 'in_flight'"_s);
    again.bind(u":now"_s, now);
    if (const Status s = again.exec(); !s)
        return Expected<int>::failure(s.error());
    const int recovered = again.rowsAffected();
    if (const Status s = tx.commit(); !s)
        return Expected<int>::failure(s.error());
    return recovered;
}

Expected<std::optional<SyncQueueRow>> SyncLedger::claimNext()
{
    using R = Expected<std::optional<SyncQueueRow>>;
    const QSqlDatabase db = m_ctx.database.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return R::failure(tx.error());
    if (const Status s = checkLease(db); !s)
        return R::failure(s.error());
    const QVariant now = DbTime::toDb(m_ctx.clock.nowUtc());
    Statement pick(db, SyncQueueStore::selectColumns() + u"q WHERE "_s + dueCondition +
                           u" ORDER BY q.next_attempt_at, q.id LIMIT 1"_s);
    pick.bind(u":now"_s, now);
    const auto found = pick.execAndFirst();
    if (!found)
        return R::failure(found.error());
    if (!*found)
        return std::optional<SyncQueueRow>();
    SyncQueueRow row = SyncQueueStore::fromRow(pick);
    Statement mark(db, u"UPDATE sync_queue SET state = 'in_flight', attempts = attempts + 1, "
                       "updated_at = :now WHERE id = :id"_s);
    mark.bind(u":now"_s, now).bind(u":id"_s, row.id);
    if (const Status s = mark.exec(); !s)
        return R::failure(s.error());
    if (const Status s = tx.commit(); !s)
        return R::failure(s.error());
    row.state = QueueState::InFlight;
    ++row.attempts;
    return std::optional<SyncQueueRow>(row);
}

Expected<std::optional<QDateTime>> SyncLedger::nextDue()
{
    using R = Expected<std::optional<QDateTime>>;
    Statement st(m_ctx.database.connection(),
                 u"SELECT MIN(next_attempt_at) FROM sync_queue q WHERE q.state IN ('pending', "
                 "'retry') AND (q.batch_id IS NULL OR q.batch_id NOT IN (SELECT id FROM "
                 "sync_batches WHERE paused = 1))"_s);
    const auto first = st.execAndFirst();
    if (!first)
        return R::failure(first.error());
    if (!*first || st.value(0).isNull())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(DbTime::fromDb(st.value(0)));
}

Expected<qint64> SyncLedger::waitingCount()
{
    Statement st(
        m_ctx.database.connection(),
        u"SELECT COUNT(*) FROM sync_queue WHERE state IN ('pending', 'retry', 'in_flight')"_s);
    const auto first = st.execAndFirst();
    if (!first)
        return Expected<qint64>::failure(first.error());
    return *first ? st.value(0).toLongLong() : 0;
}

Status SyncLedger::finish(qint64 rowId, const QString &state, const QString &result,
                          const QString &error, const QDateTime &nextAttempt, bool countAttempt,
                          const std::optional<ServerObservation> &observed)
{
    const QSqlDatabase db = m_ctx.database.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    if (const Status s = checkLease(db); !s)
        return s;
    const QVariant now = DbTime::toDb(m_ctx.clock.nowUtc());
    QString finalState = state;
    QString finalResult = result;
    if (state == u"retry"_s || state == u"pending"_s) {
        Statement waiting(db, u"SELECT COUNT(*) FROM sync_queue w, sync_queue r WHERE r.id = :id "
                              "AND w.id <> r.id AND w.state IN ('pending', 'retry') AND "
                              "w.tv_username = r.tv_username AND w.pine_id = r.pine_id"_s);
        waiting.bind(u":id"_s, rowId);
        const auto counted = waiting.execAndFirst();
        if (!counted)
            return Status::failure(counted.error());
        if (waiting.value(0).toLongLong() > 0) {
            finalState = u"done"_s;
            finalResult = u"superseded"_s;
        }
    }
    const bool terminal = finalState == u"done"_s || finalState == u"dead"_s;
    Statement st(db,
                 u"UPDATE sync_queue SET state = :state, result = :result, last_error = :error, "
                 "next_attempt_at = COALESCE(:next, next_attempt_at), "
                 "attempts = attempts - :uncount, finished_at = :finished, updated_at = :now "
                 "WHERE id = :id"_s);
    st.bind(u":state"_s, finalState)
        .bind(u":result"_s, finalResult)
        .bind(u":error"_s, error)
        .bind(u":next"_s, DbTime::toDb(nextAttempt))
        .bind(u":uncount"_s, countAttempt ? 0 : 1)
        .bind(u":finished"_s, terminal ? now : QVariant(QMetaType::fromType<QString>()))
        .bind(u":now"_s, now)
        .bind(u":id"_s, rowId);
    if (const Status s = st.exec(); !s)
        return s;
    if (observed && observed->accessId > 0) {
        if (const Status s = AccessStore(m_ctx).recordServerState(
                observed->accessId, observed->hasAccess, observed->expiration);
            !s)
            return s;
    }
    return tx.commit();
}

Status SyncLedger::finishDone(qint64 rowId, const QString &result,
                              const std::optional<ServerObservation> &observed)
{
    return finish(rowId, u"done"_s, result, QString(), QDateTime(), true, observed);
}

Status SyncLedger::finishRetry(qint64 rowId, const QDateTime &at, const QString &error,
                               bool countAttempt, const std::optional<ServerObservation> &observed)
{
    return finish(rowId, countAttempt ? u"retry"_s : u"pending"_s, QString(), error, at,
                  countAttempt, observed);
}

Status SyncLedger::finishDead(qint64 rowId, const QString &reason,
                              const std::optional<ServerObservation> &observed)
{
    return finish(rowId, u"dead"_s, QString(), reason, QDateTime(), true, observed);
}

} // namespace pinedesk
