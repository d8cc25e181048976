#include "EmailOutboxStore.h"

#include "DbTime.h"
#include "Statement.h"

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

const QString selectColumns =
    u"SELECT id, dedup_key, client_id, kind, to_address, subject, body, message_id, state, "
    "attempts, next_attempt_at, last_error, created_at, sent_at FROM email_outbox "_s;

OutgoingEmail fromRow(const Statement &row)
{
    OutgoingEmail e;
    e.id = row.value(0).toLongLong();
    e.dedupKey = row.value(1).toString();
    if (!row.value(2).isNull())
        e.clientId = row.value(2).toLongLong();
    e.kind = row.value(3).toString();
    e.to = row.value(4).toString();
    e.subject = row.value(5).toString();
    e.body = row.value(6).toString();
    e.messageId = row.value(7).toString();
    e.state = OutgoingEmail::stateFromText(row.value(8).toString());
    e.attempts = row.value(9).toInt();
    e.nextAttemptAt = DbTime::fromDb(row.value(10));
    e.lastError = row.value(11).toString();
    e.createdAt = DbTime::fromDb(row.value(12));
    if (!row.value(13).isNull())
        e.sentAt = DbTime::fromDb(row.value(13));
    return e;
}

} // namespace

Expected<bool> EmailOutboxStore::enqueue(OutgoingEmail email)
{
    const QDateTime now = m_ctx.clock.nowUtc();
    Statement st(m_ctx.database.connection(),
                 u"INSERT INTO email_outbox (dedup_key, client_id, kind, to_address, subject, "
                 "body, message_id, state, next_attempt_at, created_at) VALUES (:d, :c, :k, :to, "
                 ":s, :b, :m, 'pending', :now, :now) ON CONFLICT (dedup_key) DO NOTHING"_s);
    st.bind(u":d"_s, email.dedupKey)
        .bind(u":c"_s, email.clientId ? QVariant(*email.clientId)
                                      : QVariant(QMetaType::fromType<qlonglong>()))
        .bind(u":k"_s, email.kind)
        .bind(u":to"_s, email.to)
        .bind(u":s"_s, email.subject)
        .bind(u":b"_s, email.body)
        .bind(u":m"_s, email.messageId)
        .bind(u":now"_s, DbTime::toDb(now));
    if (const Status s = st.exec(); !s)
        return Expected<bool>::failure(s.error());
    return st.rowsAffected() > 0;
}

Expected<QList<OutgoingEmail>> EmailOutboxStore::due(int limit)
{
    Statement st(m_ctx.database.connection(),
                 selectColumns + u"WHERE state IN ('pending', 'retry') AND next_attempt_at <= :now "
                                 "ORDER BY next_attempt_at, id LIMIT :l"_s);
    st.bind(u":now"_s, DbTime::toDb(m_ctx.clock.nowUtc())).bind(u":l"_s, limit);
    return st.readAll(fromRow);
}

Expected<QList<OutgoingEmail>> EmailOutboxStore::latest(int limit)
{
    Statement st(m_ctx.database.connection(), selectColumns + u"ORDER BY id DESC LIMIT :l"_s);
    st.bind(u":l"_s, limit);
    return st.readAll(fromRow);
}

Expected<QMap<OutgoingEmail::State, int>> EmailOutboxStore::counts()
{
    using R = Expected<QMap<OutgoingEmail::State, int>>;
    Statement st(m_ctx.database.connection(),
                 u"SELECT state, COUNT(*) FROM email_outbox GROUP BY state"_s);
    const auto rows = st.readAll([](const Statement &row) {
        return std::pair{OutgoingEmail::stateFromText(row.value(0).toString()),
                         row.value(1).toInt()};
    });
    if (!rows)
        return R::failure(rows.error());
    QMap<OutgoingEmail::State, int> counts;
    for (const auto &[state, count] : *rows)
        counts.insert(state, count);
    return counts;
}

Status EmailOutboxStore::markSent(qint64 id)
{
    Statement st(m_ctx.database.connection(),
                 u"UPDATE email_outbox SET state = 'sent', sent_at = :now, attempts = attempts + "
                 "1, last_error = '' WHERE id = :id"_s);
    st.bind(u":now"_s, DbTime::toDb(m_ctx.clock.nowUtc())).bind(u":id"_s, id);
    return st.exec();
}

Status EmailOutboxStore::markRetry(qint64 id, const QDateTime &when, const QString &error)
{
    Statement st(m_ctx.database.connection(),
                 u"UPDATE email_outbox SET state = 'retry', next_attempt_at = :when, attempts = "
                 "attempts + 1, last_error = :e WHERE id = :id"_s);
    st.bind(u":when"_s, DbTime::toDb(when)).bind(u":e"_s, error).bind(u":id"_s, id);
    return st.exec();
}

Status EmailOutboxStore::markDead(qint64 id, const QString &error)
{
    Statement st(m_ctx.database.connection(),
                 u"UPDATE email_outbox SET state = 'dead', attempts = attempts + 1, last_error = "
                 ":e WHERE id = :id"_s);
    st.bind(u":e"_s, error).bind(u":id"_s, id);
    return st.exec();
}

Status EmailOutboxStore::retryNow(qint64 id)
{
    Statement st(m_ctx.database.connection(),
                 u"UPDATE email_outbox SET state = 'pending', next_attempt_at = :now WHERE id = "
                 ":id AND state IN ('dead', 'retry', 'pending')"_s);
    st.bind(u":now"_s, DbTime::toDb(m_ctx.clock.nowUtc())).bind(u":id"_s, id);
    return st.exec();
}

} // namespace pinedesk
