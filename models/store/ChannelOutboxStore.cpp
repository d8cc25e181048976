#include "ChannelOutboxStore.h"

#include "DbTime.h"
#include "Statement.h"

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

const QString selectColumns =
    u"SELECT id, channel, dedup_key, kind, title, body, state, attempts, next_attempt_at, "
    "last_error, created_at, sent_at FROM channel_outbox "_s;

ChannelMessage fromRow(const Statement &row)
{
    ChannelMessage m;
    m.id = row.value(0).toLongLong();
    m.channel = TeamChannel::fromText(row.value(1).toString()).value_or(TeamChannel::Kind::Discord);
    m.dedupKey = row.value(2).toString();
    m.kind = row.value(3).toString();
    m.title = row.value(4).toString();
    m.body = row.value(5).toString();
    m.state = ChannelMessage::stateFromText(row.value(6).toString());
    m.attempts = row.value(7).toInt();
    m.nextAttemptAt = DbTime::fromDb(row.value(8));
    m.lastError = row.value(9).toString();
    m.createdAt = DbTime::fromDb(row.value(10));
    if (!row.value(11).isNull())
        m.sentAt = DbTime::fromDb(row.value(11));
    return m;
}

} // namespace

Expected<bool> ChannelOutboxStore::enqueue(const ChannelMessage &message)
{
    Statement st(m_ctx.database.connection(),
                 u"INSERT INTO channel_outbox (channel, dedup_key, kind, title, body, state, "
                 "next_attempt_at, created_at) VALUES (:c, :d, :k, :t, :b, 'pending', :now, :now) "
                 "ON CONFLICT (channel, dedup_key) DO NOTHING"_s);
    st.bind(u":c"_s, TeamChannel::toText(message.channel))
        .bind(u":d"_s, message.dedupKey)
        .bind(u":k"_s, message.kind)
        .bind(u":t"_s, message.title)
        .bind(u":b"_s, message.body)
        .bind(u":now"_s, DbTime::toDb(m_ctx.clock.nowUtc()));
    if (const Status s = st.exec(); !s)
        return Expected<bool>::failure(s.error());
    return st.rowsAffected() > 0;
}

Expected<QList<ChannelMessage>> ChannelOutboxStore::due(TeamChannel::Kind channel, int limit)
{
    Statement st(m_ctx.database.connection(),
                 selectColumns + u"WHERE state IN ('pending', 'retry') AND channel = :c AND "
                                 "next_attempt_at <= :now ORDER BY next_attempt_at, id LIMIT :l"_s);
    st.bind(u":c"_s, TeamChannel::toText(channel))
        .bind(u":now"_s, DbTime::toDb(m_ctx.clock.nowUtc()))
        .bind(u":l"_s, limit);
    return st.readAll(fromRow);
}

Expected<QList<ChannelMessage>> ChannelOutboxStore::latest(int limit)
{
    Statement st(m_ctx.database.connection(), selectColumns + u"ORDER BY id DESC LIMIT :l"_s);
    st.bind(u":l"_s, limit);
    return st.readAll(fromRow);
}

Expected<QMap<ChannelMessage::State, int>> ChannelOutboxStore::counts()
{
    using R = Expected<QMap<ChannelMessage::State, int>>;
    Statement st(m_ctx.database.connection(),
                 u"SELECT state, COUNT(*) FROM channel_outbox GROUP BY state"_s);
    const auto rows = st.readAll([](const Statement &row) {
        return std::pair{ChannelMessage::stateFromText(row.value(0).toString()),
                         row.value(1).toInt()};
    });
    if (!rows)
        return R::failure(rows.error());
    QMap<ChannelMessage::State, int> counts;
    for (const auto &[state, count] : *rows)
        counts.insert(state, count);
    return counts;
}

Expected<bool> ChannelOutboxStore::claim(const ChannelMessage &message, const QDateTime &until)
{
    Statement st(m_ctx.database.connection(),
                 u"UPDATE channel_outbox SET next_attempt_at = :until WHERE id = :id AND state IN "
                 "('pending', 'retry') AND next_attempt_at = :seen"_s);
    st.bind(u":until"_s, DbTime::toDb(until))
        .bind(u":id"_s, message.id)
        .bind(u":seen"_s, DbTime::toDb(message.nextAttemptAt));
    if (const Status s = st.exec(); !s)
        return Expected<bool>::failure(s.error());
    return st.rowsAffected() == 1;
}

Status ChannelOutboxStore::markSent(qint64 id)
{
    Statement st(m_ctx.database.connection(),
                 u"UPDATE channel_outbox SET state = 'sent', sent_at = :now, attempts = attempts "
                 "+ 1, last_error = '' WHERE id = :id"_s);
    st.bind(u":now"_s, DbTime::toDb(m_ctx.clock.nowUtc())).bind(u":id"_s, id);
    return st.exec();
}

Status ChannelOutboxStore::markRetry(qint64 id, const QDateTime &when, const QString &error,
                                     bool countAttempt)
{
    Statement st(m_ctx.database.connection(),
                 u"UPDATE channel_outbox SET state = 'retry', next_attempt_at = :when, attempts = "
                 "attempts + :n, last_error = :e WHERE id = :id"_s);
    st.bind(u":when"_s, DbTime::toDb(when))
        .bind(u":n"_s, countAttempt ? 1 : 0)
        .bind(u":e"_s, error)
        .bind(u":id"_s, id);
    return st.exec();
}

Status ChannelOutboxStore::markDead(qint64 id, const QString &error)
{
    Statement st(m_ctx.database.connection(),
                 u"UPDATE channel_outbox SET state = 'dead', attempts = attempts + 1, last_error = "
                 ":e WHERE id = :id"_s);
    st.bind(u":e"_s, error).bind(u":id"_s, id);
    return st.exec();
}

Expected<int> ChannelOutboxStore::retryAllNow()
{
    Statement st(m_ctx.database.connection(),
                 u"UPDATE channel_outbox SET state = 'pending', attempts = 0, next_attempt_at = "
                 ":now WHERE state IN ('dead', 'retry')"_s);
    st.bind(u":now"_s, DbTime::toDb(m_ctx.clock.nowUtc()));
    if (const Status s = st.exec(); !s)
        return Expected<int>::failure(s.error());
    return st.rowsAffected();
}

} // namespace pinedesk
