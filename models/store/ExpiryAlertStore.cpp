#include "ExpiryAlertStore.h"

#include "DbTime.h"
#include "Statement.h"

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

QString ExpiryAlertStore::candidateSql(const QString &alertedColumn)
{
    return uR"(SELECT a.id, a.expires_at, c.id, COALESCE(c.tv_username, ''), c.full_name,
    c.email, c.language, c.email_opt_out, i.name, COALESCE(p.name, ''),
    COALESCE(p.renewal_url, ''), %1
FROM accesses a
JOIN clients c ON c.id = a.client_id
JOIN indicators i ON i.id = a.indicator_id
LEFT JOIN plans p ON p.id = a.plan_id
)"_s.arg(alertedColumn);
}

ExpiryAlertStore::Candidate ExpiryAlertStore::candidateFrom(const Statement &row)
{
    Candidate c;
    c.accessId = row.value(0).toLongLong();
    if (!row.value(1).isNull())
        c.expiresAt = DbTime::fromDb(row.value(1));
    c.clientId = row.value(2).toLongLong();
    c.tvUsername = row.value(3).toString();
    c.fullName = row.value(4).toString();
    c.email = row.value(5).toString();
    c.language = row.value(6).toString();
    c.emailOptOut = row.value(7).toBool();
    c.indicatorName = row.value(8).toString();
    c.planName = row.value(9).toString();
    c.renewalUrl = row.value(10).toString();
    if (!row.value(11).isNull())
        c.alertedDays = row.value(11).toInt();
    return c;
}

Expected<QList<ExpiryAlertStore::Candidate>> ExpiryAlertStore::endingBetween(const QDateTime &from,
                                                                             const QDateTime &to)
{
    Statement st(m_ctx.database.connection(),
                 candidateSql(u"(SELECT MIN(e.threshold_days) FROM expiry_alerts e WHERE "
                              "e.access_id = a.id AND e.expires_at = a.expires_at)"_s) +
                     u"WHERE a.intended_state = 'granted' AND a.expires_at > :from AND "
                     "a.expires_at <= :to ORDER BY a.expires_at, a.id"_s);
    st.bind(u":from"_s, DbTime::toDb(from)).bind(u":to"_s, DbTime::toDb(to));
    return st.readAll(candidateFrom);
}

Status ExpiryAlertStore::record(qint64 accessId, int thresholdDays, const QDateTime &expiresAt)
{
    Statement st(m_ctx.database.connection(),
                 u"INSERT INTO expiry_alerts (access_id, threshold_days, expires_at, raised_at) "
                 "VALUES (:a, :t, :e, :now) ON CONFLICT DO NOTHING"_s);
    st.bind(u":a"_s, accessId)
        .bind(u":t"_s, thresholdDays)
        .bind(u":e"_s, DbTime::toDb(expiresAt))
        .bind(u":now"_s, DbTime::toDb(m_ctx.clock.nowUtc()));
    return st.exec();
}

} // namespace pinedesk
