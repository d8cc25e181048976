#include "AccessNoticeStore.h"

#include "DbTime.h"
#include "Statement.h"

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

QString kindText(AccessNoticeStore::Kind kind)
{
    return kind == AccessNoticeStore::Kind::Granted ? u"granted"_s : u"ended"_s;
}

} // namespace

Expected<QList<AccessNoticeStore::Candidate>>
AccessNoticeStore::confirmedSince(const QDateTime &since)
{
    Statement st(m_ctx.database.connection(),
                 ExpiryAlertStore::candidateSql(u"NULL"_s) +
                     uR"(WHERE a.intended_state = 'granted' AND a.server_state = 'granted'
  AND a.synced_at >= :since AND a.synced_at >= a.updated_at
  AND (a.expires_at IS NULL OR a.expires_at > :now)
  AND NOT EXISTS (SELECT 1 FROM access_notices n WHERE n.access_id = a.id
                  AND n.kind = 'granted' AND n.expires_at = COALESCE(a.expires_at, ''))
ORDER BY c.id, a.id)"_s);
    st.bind(u":since"_s, DbTime::toDb(since)).bind(u":now"_s, DbTime::toDb(m_ctx.clock.nowUtc()));
    return st.readAll(ExpiryAlertStore::candidateFrom);
}

Expected<QList<AccessNoticeStore::Candidate>> AccessNoticeStore::endedSince(const QDateTime &from)
{
    Statement st(m_ctx.database.connection(),
                 ExpiryAlertStore::candidateSql(u"NULL"_s) +
                     uR"(WHERE a.intended_state = 'granted' AND a.expires_at > :from
  AND a.expires_at <= :now
  AND NOT EXISTS (SELECT 1 FROM access_notices n WHERE n.access_id = a.id
                  AND n.kind = 'ended' AND n.expires_at = a.expires_at)
ORDER BY c.id, a.id)"_s);
    st.bind(u":from"_s, DbTime::toDb(from)).bind(u":now"_s, DbTime::toDb(m_ctx.clock.nowUtc()));
    return st.readAll(ExpiryAlertStore::candidateFrom);
}

Status AccessNoticeStore::record(qint64 accessId, Kind kind, const QDateTime &expiresAt)
{
    Statement st(m_ctx.database.connection(),
                 u"INSERT INTO access_notices (access_id, kind, expires_at, sent_at) VALUES (:a, "
                 ":k, :e, :now) ON CONFLICT DO NOTHING"_s);
    st.bind(u":a"_s, accessId)
        .bind(u":k"_s, kindText(kind))
        .bind(u":e"_s, expiresAt.isValid() ? DbTime::toDb(expiresAt) : QVariant(u""_s))
        .bind(u":now"_s, DbTime::toDb(m_ctx.clock.nowUtc()));
    return st.exec();
}

Expected<bool> AccessNoticeStore::isNewClient(qint64 clientId, const QDateTime &since)
{
    Statement st(m_ctx.database.connection(),
                 uR"(SELECT NOT EXISTS (SELECT 1 FROM accesses a WHERE a.client_id = :c
                                     AND a.created_at < :since)
  AND NOT EXISTS (SELECT 1 FROM accesses a JOIN access_notices n ON n.access_id = a.id
                  WHERE a.client_id = :c AND n.kind = 'granted'))"_s);
    st.bind(u":c"_s, clientId).bind(u":since"_s, DbTime::toDb(since));
    const auto value = st.readOne([](const Statement &row) { return row.value(0).toInt(); });
    if (!value)
        return Expected<bool>::failure(value.error());
    return value->value_or(0) == 1;
}

} // namespace pinedesk
