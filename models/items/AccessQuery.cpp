#include "AccessQuery.h"

#include "domain/Access.h"
#include "domain/QueueState.h"
#include "store/DbTime.h"
#include "store/SqlDialect.h"
#include "store/Statement.h"

#include <QHash>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

// Every fragment below is a fixed piece of SQL chosen in code; user text is only ever bound.

const QString fromAccesses =
    u"FROM accesses a JOIN clients c ON c.id = a.client_id "
    "JOIN indicators i ON i.id = a.indicator_id LEFT JOIN plans p ON p.id = a.plan_id"_s;

// The state of the newest queue row of the access's (username, pine id) pair, or NULL.
const QString latestQueueState =
    u"(SELECT q.state FROM sync_queue q WHERE q.tv_username = c.tv_username AND "
    "q.pine_id = i.pine_id ORDER BY q.id DESC LIMIT 1)"_s;

// Access::serverMatchesIntent in SQL.
const QString serverMatchesIntent =
    u"(a.server_state <> 'unknown' AND CASE WHEN a.intended_state = 'revoked' THEN "
    "a.server_state = 'absent' ELSE a.server_state = 'granted' AND "
    "a.server_expires_at IS NOT DISTINCT FROM a.expires_at END)"_s;

// AccessStatusRule::statusOf as int(AccessStatus).
const QString statusRank =
    u"CASE WHEN a.intended_state = 'revoked' THEN 3 WHEN a.expires_at IS NULL THEN 4 "
    "WHEN a.expires_at <= :now THEN 2 WHEN a.expires_at <= :soon THEN 1 ELSE 0 END"_s;

// SyncStateRule::stateOf as int(SyncState).
QString syncRank()
{
    return u"CASE COALESCE(%1, '') WHEN 'pending' THEN 1 WHEN 'in_flight' THEN 1 "
           "WHEN 'retry' THEN 2 WHEN 'dead' THEN 3 ELSE CASE WHEN %2 THEN 0 ELSE 3 END END"_s.arg(
               latestQueueState, serverMatchesIntent);
}

// Accesses whose newest queue row is in one of the states (a fixed list of literals). Read from
// the queue side, so it costs what the queue holds, not what the accesses table holds.
QString newestQueueRowIn(const QString &stateLiterals)
{
    return u"a.id IN (SELECT a2.id FROM sync_queue q JOIN clients c2 ON "
           "c2.tv_username = q.tv_username JOIN indicators i2 ON i2.pine_id = q.pine_id "
           "JOIN accesses a2 ON a2.client_id = c2.id AND a2.indicator_id = i2.id "
           "WHERE q.state IN (%1) AND NOT EXISTS (SELECT 1 FROM sync_queue q3 WHERE "
           "q3.tv_username = q.tv_username AND q3.pine_id = q.pine_id AND q3.id > q.id))"_s.arg(
               stateLiterals);
}

QString filterCondition(AccessQuery::Filter filter)
{
    using F = AccessQuery::Filter;
    switch (filter) {
    case F::All:
        return {};
    case F::Active:
        return u"a.intended_state = 'granted' AND a.expires_at > :soon"_s;
    case F::Expiring:
        return u"a.intended_state = 'granted' AND a.expires_at > :now AND a.expires_at <= :soon"_s;
    case F::Expired:
        return u"a.intended_state = 'granted' AND a.expires_at <= :now"_s;
    case F::Revoked:
        return u"a.intended_state = 'revoked'"_s;
    case F::Lifetime:
        return u"a.intended_state = 'granted' AND a.expires_at IS NULL"_s;
    case F::PendingSync:
        return newestQueueRowIn(u"'pending', 'in_flight'"_s);
    case F::Failed:
        // Retrying, dead, or nothing under way while TradingView differs from the intent: the
        // Failed and NeedsAttention states of SyncStateRule. The cheap comparison comes first.
        return u"(%1 OR (NOT %2 AND COALESCE(%3, '') NOT IN ('pending', 'in_flight', "
               "'retry')))"_s.arg(newestQueueRowIn(u"'retry', 'dead'"_s), serverMatchesIntent,
                                  latestQueueState);
    }
    return {};
}

const QString searchCondition =
    u"(a.client_id IN (SELECT id FROM clients WHERE tv_username LIKE :search ESCAPE '\\' "
    "OR full_name LIKE :search ESCAPE '\\') OR a.indicator_id IN (SELECT id FROM indicators "
    "WHERE lower(name) LIKE lower(:search) ESCAPE '\\'))"_s;

// The ascending keys of each sort; descending reverses every key, so it is the exact reverse.
QStringList sortKeys(AccessQuery::Sort sort)
{
    using S = AccessQuery::Sort;
    switch (sort) {
    case S::Username:
        return {u"c.tv_username"_s, u"lower(i.name)"_s, u"a.id"_s};
    case S::ClientName:
        return {u"c.full_name"_s, u"c.tv_username"_s, u"lower(i.name)"_s, u"a.id"_s};
    case S::Indicator:
        return {u"lower(i.name)"_s, u"c.tv_username"_s, u"a.id"_s};
    case S::Status:
        return {statusRank, u"a.expires_at"_s, u"c.tv_username"_s, u"a.id"_s};
    case S::Expires:
        return {u"a.expires_at IS NULL"_s, u"a.expires_at"_s, u"c.tv_username"_s, u"a.id"_s};
    case S::Sync:
        return {syncRank(), u"c.tv_username"_s, u"a.id"_s};
    case S::Origin:
        return {u"a.origin"_s, u"c.tv_username"_s, u"a.id"_s};
    case S::Plan:
        return {u"p.name IS NULL"_s, u"p.name"_s, u"c.tv_username"_s, u"a.id"_s};
    }
    return {u"a.id"_s};
}

QString whereClause(const QStringList &conditions)
{
    QStringList present;
    for (const QString &c : conditions) {
        if (!c.isEmpty())
            present.append(c);
    }
    return present.isEmpty() ? QString() : u" WHERE "_s + present.join(u" AND "_s);
}

// Binds the parameters the statement text uses (the driver refuses unused ones).
void bindUsed(Statement &st, const QString &sql, const AccessQuery::Params &params)
{
    if (sql.contains(u":now"_s))
        st.bind(u":now"_s, DbTime::toDb(params.nowUtc));
    if (sql.contains(u":soon"_s))
        st.bind(u":soon"_s, DbTime::toDb(params.nowUtc.addDays(params.expiringWithinDays)));
    if (sql.contains(u":search"_s))
        st.bind(u":search"_s, AccessQuery::prefixPattern(params.search));
}

QString searchFor(const AccessQuery::Params &params)
{
    return params.search.trimmed().isEmpty() ? QString() : searchCondition;
}

Expected<qint64> count(const QSqlDatabase &db, const QString &sql,
                       const AccessQuery::Params &params)
{
    Statement st(db, sql);
    bindUsed(st, sql, params);
    const auto first = st.execAndFirst();
    if (!first)
        return Expected<qint64>::failure(first.error());
    return *first ? st.value(0).toLongLong() : 0;
}

Expiration expirationFromDb(const QVariant &value)
{
    return value.isNull() ? Expiration::lifetime() : Expiration::at(DbTime::fromDb(value));
}

} // namespace

QString AccessQuery::prefixPattern(const QString &text)
{
    QString escaped = text.trimmed();
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return escaped + u'%';
}

Expected<QList<qint64>> AccessQuery::ids(const QSqlDatabase &db, const Params &params)
{
    QStringList keys = sortKeys(params.sort);
    if (params.order == Qt::DescendingOrder) {
        for (QString &key : keys)
            key += u" DESC"_s;
    }
    const QString sql =
        QStringList{u"SELECT a.id"_s, fromAccesses,
                    whereClause({filterCondition(params.filter), searchFor(params)}),
                    u" ORDER BY "_s + keys.join(u", "_s)}
            .join(u' ');
    Statement st(db, sql);
    bindUsed(st, sql, params);
    if (const Status s = st.exec(); !s)
        return Expected<QList<qint64>>::failure(s.error());
    QList<qint64> ids;
    while (st.next())
        ids.append(st.value(0).toLongLong());
    return ids;
}

Expected<AccessQuery::Counts> AccessQuery::counts(const QSqlDatabase &db, const Params &params)
{
    Counts counts{};
    const QString search = searchFor(params);
    // The five statuses in one pass over the accesses alone (the search needs no join).
    const QString byStatus = QStringList{u"SELECT"_s, statusRank, u", COUNT(*) FROM accesses a"_s,
                                         whereClause({search}), u"GROUP BY 1"_s}
                                 .join(u' ');
    Statement st(db, byStatus);
    bindUsed(st, byStatus, params);
    if (const Status s = st.exec(); !s)
        return Expected<Counts>::failure(s.error());
    static constexpr Filter byRank[] = {Filter::Active, Filter::Expiring, Filter::Expired,
                                        Filter::Revoked, Filter::Lifetime};
    while (st.next()) {
        const int rank = st.value(0).toInt();
        const qint64 n = st.value(1).toLongLong();
        counts[int(Filter::All)] += n;
        if (rank >= 0 && rank < 5)
            counts[int(byRank[rank])] = n;
    }
    for (Filter f : {Filter::PendingSync, Filter::Failed}) {
        const QString sql = QStringList{u"SELECT COUNT(*)"_s, fromAccesses,
                                        whereClause({filterCondition(f), search})}
                                .join(u' ');
        const auto n = count(db, sql, params);
        if (!n)
            return Expected<Counts>::failure(n.error());
        counts[int(f)] = *n;
    }
    return counts;
}

Expected<QList<AccessRow>> AccessQuery::rows(const QSqlDatabase &db, const QList<qint64> &ids,
                                             const QDateTime &nowUtc, int expiringWithinDays)
{
    QStringList idTexts;
    idTexts.reserve(ids.size());
    for (qint64 id : ids)
        idTexts.append(QString::number(id));
    Statement st(db, u"SELECT a.id, a.client_id, a.indicator_id, c.tv_username, c.full_name, "
                     "i.name, i.pine_id, a.intended_state, a.expires_at, a.origin, a.plan_id, "
                     "p.name, a.server_state, a.server_expires_at, q.state, q.last_error "
                     "FROM accesses a JOIN clients c ON c.id = a.client_id "
                     "JOIN indicators i ON i.id = a.indicator_id "
                     "LEFT JOIN plans p ON p.id = a.plan_id "
                     "LEFT JOIN sync_queue q ON q.id = (SELECT q2.id FROM sync_queue q2 WHERE "
                     "q2.tv_username = c.tv_username AND q2.pine_id = i.pine_id "
                     "ORDER BY q2.id DESC LIMIT 1) "
                     "WHERE a.id IN ("_s +
                         SqlDialect::of(db).integersOf(u":ids"_s) + u')');
    st.bind(u":ids"_s, QString(u'[' + idTexts.join(u',') + u']'));
    if (const Status s = st.exec(); !s)
        return Expected<QList<AccessRow>>::failure(s.error());

    const AccessStatusRule statusRule(expiringWithinDays);
    QHash<qint64, AccessRow> found;
    found.reserve(ids.size());
    while (st.next()) {
        AccessRow r;
        r.accessId = st.value(0).toLongLong();
        r.clientId = st.value(1).toLongLong();
        r.indicatorId = st.value(2).toLongLong();
        r.tvUsername = st.value(3).toString();
        r.clientName = st.value(4).toString();
        r.indicatorName = st.value(5).toString();
        r.pineId = st.value(6).toString();
        r.intent = intendedStateFromText(st.value(7).toString()).value_or(IntendedState::Revoked);
        r.expiration = expirationFromDb(st.value(8));
        r.origin = accessOriginFromText(st.value(9).toString()).value_or(AccessOrigin::Manual);
        if (!st.value(10).isNull())
            r.planId = st.value(10).toLongLong();
        r.planName = st.value(11).toString();
        r.status = statusRule.statusOf(r.intent, r.expiration, nowUtc);

        Access access; // only what serverMatchesIntent reads
        access.intent = r.intent;
        access.expiration = r.expiration;
        const QString server = st.value(12).toString();
        access.serverKnown = server != u"unknown"_s;
        access.serverHasAccess = server == u"granted"_s;
        access.serverExpiration = expirationFromDb(st.value(13));
        const std::optional<QueueState> latest =
            st.value(14).isNull() ? std::nullopt : queueStateFromText(st.value(14).toString());
        r.syncState = SyncStateRule::stateOf(latest, access.serverMatchesIntent());
        r.syncError = st.value(15).toString();
        found.insert(r.accessId, r);
    }
    QList<AccessRow> aligned;
    aligned.reserve(ids.size());
    for (qint64 id : ids)
        aligned.append(found.value(id));
    return aligned;
}

} // namespace pinedesk
