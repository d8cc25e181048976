#include "AccessStore.h"

#include "AccessHistoryStore.h"
#include "AuditLog.h"
#include "DbTime.h"
#include "Statement.h"
#include "SyncQueueStore.h"
#include "Transaction.h"

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

const QString selectColumns =
    u"SELECT id, client_id, indicator_id, starts_at, expires_at, intended_state, origin, "
    "plan_id, server_state, server_expires_at, synced_at, created_at, updated_at "
    "FROM accesses "_s;

QJsonValue expirationJson(const Expiration &e)
{
    return e.isLifetime() ? QJsonValue(u"lifetime"_s) : QJsonValue(DbTime::toText(e.until()));
}

QVariant expirationToDb(const Expiration &e)
{
    return e.isLifetime() ? QVariant(QMetaType::fromType<QString>()) : DbTime::toDb(e.until());
}

Expiration expirationFromDb(const QVariant &v)
{
    return v.isNull() ? Expiration::lifetime() : Expiration::at(DbTime::fromDb(v));
}

QVariant optionalId(std::optional<qint64> id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qlonglong>());
}

} // namespace

Access AccessStore::fromRow(const Statement &st)
{
    Access a;
    a.id = st.value(0).toLongLong();
    a.clientId = st.value(1).toLongLong();
    a.indicatorId = st.value(2).toLongLong();
    a.startsAt = DbTime::fromDb(st.value(3));
    a.expiration = expirationFromDb(st.value(4));
    a.intent = intendedStateFromText(st.value(5).toString()).value_or(IntendedState::Granted);
    a.origin = accessOriginFromText(st.value(6).toString()).value_or(AccessOrigin::Manual);
    if (!st.value(7).isNull())
        a.planId = st.value(7).toLongLong();
    const QString server = st.value(8).toString();
    a.serverKnown = server != u"unknown"_s;
    a.serverHasAccess = server == u"granted"_s;
    a.serverExpiration = expirationFromDb(st.value(9));
    a.syncedAt = DbTime::fromDb(st.value(10));
    a.createdAt = DbTime::fromDb(st.value(11));
    a.updatedAt = DbTime::fromDb(st.value(12));
    return a;
}

Expected<AccessStore::Pair> AccessStore::pairOf(qint64 clientId, qint64 indicatorId)
{
    Statement st(m_ctx.database.connection(),
                 u"SELECT c.tv_username, i.pine_id, i.name, i.status FROM clients c, "
                 "indicators i WHERE c.id = :c AND i.id = :i"_s);
    st.bind(u":c"_s, clientId).bind(u":i"_s, indicatorId);
    const auto first = st.execAndFirst();
    if (!first)
        return Expected<Pair>::failure(first.error());
    if (!*first)
        return Expected<Pair>::failure(tr("The client or the indicator no longer exists."));
    if (st.value(0).isNull() || st.value(0).toString().isEmpty()) {
        return Expected<Pair>::failure(
            tr("This client has no TradingView username yet; add it before giving access."));
    }
    return Pair{st.value(0).toString(), st.value(1).toString(), st.value(2).toString()};
}

Expected<qint64> AccessStore::grant(const Grant &grant)
{
    const QSqlDatabase db = m_ctx.database.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return Expected<qint64>::failure(tx.error());
    const auto pair = pairOf(grant.clientId, grant.indicatorId);
    if (!pair)
        return Expected<qint64>::failure(pair.error());

    const QDateTime now = m_ctx.clock.nowUtc();
    const std::optional<Access> before = forPair(grant.clientId, grant.indicatorId);
    // A new period starts when nothing was running; an extension keeps the original start.
    const bool running =
        before && before->intent == IntendedState::Granted && !before->expiration.isPastAt(now);
    qint64 id = 0;
    if (!before) {
        Statement st(db, u"INSERT INTO accesses (client_id, indicator_id, starts_at, expires_at, "
                         "intended_state, origin, plan_id, created_at, updated_at) VALUES (:c, "
                         ":i, :now, :e, 'granted', :o, :p, :now, :now)"_s);
        st.bind(u":c"_s, grant.clientId)
            .bind(u":i"_s, grant.indicatorId)
            .bind(u":now"_s, DbTime::toDb(now))
            .bind(u":e"_s, expirationToDb(grant.expiration))
            .bind(u":o"_s, toText(grant.origin))
            .bind(u":p"_s, optionalId(grant.planId));
        if (const Status s = st.exec(); !s)
            return Expected<qint64>::failure(s.error());
        id = st.lastInsertId();
    } else {
        id = before->id;
        Statement st(db, u"UPDATE accesses SET starts_at = :start, expires_at = :e, "
                         "intended_state = 'granted', origin = :o, plan_id = :p, "
                         "updated_at = :now WHERE id = :id"_s);
        st.bind(u":start"_s, DbTime::toDb(running ? before->startsAt : now))
            .bind(u":e"_s, expirationToDb(grant.expiration))
            .bind(u":o"_s, toText(grant.origin))
            .bind(u":p"_s, optionalId(grant.planId))
            .bind(u":now"_s, DbTime::toDb(now))
            .bind(u":id"_s, id);
        if (const Status s = st.exec(); !s)
            return Expected<qint64>::failure(s.error());
    }
    if (const Status s = recordGrant(id, grant, before, running, now); !s)
        return Expected<qint64>::failure(s.error());
    const auto queued =
        SyncQueueStore(m_ctx).enqueue(pair->tvUsername, pair->pineId, grant.batchId);
    if (!queued)
        return Expected<qint64>::failure(queued.error());

    QJsonObject details{{u"username"_s, pair->tvUsername},
                        {u"pine_id"_s, pair->pineId},
                        {u"indicator"_s, pair->label},
                        {u"origin"_s, toText(grant.origin)},
                        {u"to"_s, expirationJson(grant.expiration)}};
    if (before) {
        details.insert(u"from_state"_s, toText(before->intent));
        details.insert(u"from"_s, expirationJson(before->expiration));
    }
    const QString action = running ? u"access.extended"_s : u"access.granted"_s;
    if (const Status s = AuditLog(m_ctx).record(action, u"access"_s, id, details); !s)
        return Expected<qint64>::failure(s.error());
    if (const Status s = tx.commit(); !s)
        return Expected<qint64>::failure(s.error());
    return id;
}

Status AccessStore::recordGrant(qint64 accessId, const Grant &grant,
                                const std::optional<Access> &before, bool running,
                                const QDateTime &now)
{
    using Change = AccessHistoryStore::Change;
    AccessHistoryStore::Row row;
    row.accessId = accessId;
    row.clientId = grant.clientId;
    row.indicatorId = grant.indicatorId;
    row.origin = grant.origin;
    row.planId = grant.planId;
    row.paymentId = grant.paymentId;
    const std::optional<QDateTime> newEnd =
        grant.expiration.isLifetime() ? std::nullopt : std::optional(grant.expiration.until());
    if (!running) {
        row.change = Change::Grant;
        row.termStart = now;
        row.termEnd = newEnd;
        return AccessHistoryStore(m_ctx).record(row);
    }
    // A running access: the time added is the extension's term; less time is a shortening.
    const std::optional<QDateTime> oldEnd =
        before->expiration.isLifetime() ? std::nullopt : std::optional(before->expiration.until());
    const bool longer = oldEnd && (!newEnd || *newEnd > *oldEnd);
    const bool shorter = newEnd && (!oldEnd || *newEnd < *oldEnd);
    if (longer) {
        row.change = before->planId == grant.planId ? Change::Extend : Change::PlanChange;
        row.termStart = *oldEnd;
        row.termEnd = newEnd;
    } else if (shorter) {
        row.change = Change::Shorten;
        row.termStart = now;
        row.termEnd = newEnd;
    } else if (before->planId != grant.planId) {
        row.change = Change::PlanChange;
        row.termStart = oldEnd.value_or(now);
        row.termEnd = oldEnd;
    } else {
        return {}; // nothing changed in time or plan
    }
    return AccessHistoryStore(m_ctx).record(row);
}

Status AccessStore::revoke(qint64 clientId, qint64 indicatorId, std::optional<qint64> batchId)
{
    const QSqlDatabase db = m_ctx.database.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    const auto pair = pairOf(clientId, indicatorId);
    if (!pair)
        return Status::failure(pair.error());
    std::optional<Access> before = forPair(clientId, indicatorId);
    const QVariant now = DbTime::toDb(m_ctx.clock.nowUtc());
    if (!before) {
        // Nothing recorded: TradingView may still hold a grant made by hand. Record the intent
        // so the engine removes it.
        Statement insert(db, u"INSERT INTO accesses (client_id, indicator_id, starts_at, "
                             "expires_at, intended_state, origin, created_at, updated_at) VALUES "
                             "(:c, :i, :now, :now, 'revoked', 'manual', :now, :now)"_s);
        insert.bind(u":c"_s, clientId).bind(u":i"_s, indicatorId).bind(u":now"_s, now);
        if (const Status s = insert.exec(); !s)
            return s;
        before = forPair(clientId, indicatorId);
        if (!before)
            return Status::failure(
                tr("%1 has no access to %2.").arg(pair->tvUsername, pair->label));
    } else {
        Statement st(db, u"UPDATE accesses SET intended_state = 'revoked', updated_at = :now "
                         "WHERE id = :id"_s);
        st.bind(u":now"_s, now).bind(u":id"_s, before->id);
        if (const Status s = st.exec(); !s)
            return s;
        const QDateTime at = m_ctx.clock.nowUtc();
        if (before->intent == IntendedState::Granted && !before->expiration.isPastAt(at)) {
            // The access ran until now: its history says it was cut here.
            AccessHistoryStore::Row row;
            row.accessId = before->id;
            row.clientId = clientId;
            row.indicatorId = indicatorId;
            row.change = AccessHistoryStore::Change::Revoke;
            row.termStart = at;
            row.termEnd = at;
            row.origin = before->origin;
            row.planId = before->planId;
            if (const Status s = AccessHistoryStore(m_ctx).record(row); !s)
                return s;
        }
    }
    // Even an already revoked intent is queued again: the vendor asked to make sure.
    const auto queued = SyncQueueStore(m_ctx).enqueue(pair->tvUsername, pair->pineId, batchId);
    if (!queued)
        return Status::failure(queued.error());
    const QJsonObject details{{u"username"_s, pair->tvUsername},
                              {u"pine_id"_s, pair->pineId},
                              {u"indicator"_s, pair->label},
                              {u"from_state"_s, toText(before->intent)},
                              {u"from"_s, expirationJson(before->expiration)}};
    if (const Status s =
            AuditLog(m_ctx).record(u"access.revoked"_s, u"access"_s, before->id, details);
        !s)
        return s;
    return tx.commit();
}

Status AccessStore::recordServerState(qint64 accessId, bool hasAccess, const Expiration &expiration)
{
    Statement st(m_ctx.database.connection(),
                 u"UPDATE accesses SET server_state = :s, server_expires_at = :e, synced_at = :now "
                 "WHERE id = :id"_s);
    st.bind(u":s"_s, hasAccess ? u"granted"_s : u"absent"_s)
        .bind(u":e"_s,
              hasAccess ? expirationToDb(expiration) : QVariant(QMetaType::fromType<QString>()))
        .bind(u":now"_s, DbTime::toDb(m_ctx.clock.nowUtc()))
        .bind(u":id"_s, accessId);
    return st.exec();
}

Expected<std::optional<PairIntent>> AccessStore::intentForPair(const QString &tvUsername,
                                                               const QString &pineId)
{
    using R = Expected<std::optional<PairIntent>>;
    Statement st(m_ctx.database.connection(),
                 u"SELECT a.id, c.tv_username, a.intended_state, a.expires_at FROM accesses a "
                 "JOIN clients c ON c.id = a.client_id JOIN indicators i ON i.id = a.indicator_id "
                 "WHERE c.tv_username = :u AND i.pine_id = :p"_s);
    st.bind(u":u"_s, tvUsername).bind(u":p"_s, pineId);
    const auto first = st.execAndFirst();
    if (!first)
        return R::failure(first.error());
    if (!*first)
        return std::optional<PairIntent>();
    PairIntent intent;
    intent.accessId = st.value(0).toLongLong();
    intent.tvUsername = st.value(1).toString();
    intent.intent = intendedStateFromText(st.value(2).toString()).value_or(IntendedState::Revoked);
    intent.expiration = expirationFromDb(st.value(3));
    return std::optional<PairIntent>(intent);
}

Expected<QList<PairIntent>> AccessStore::intentsForIndicator(qint64 indicatorId)
{
    Statement st(m_ctx.database.connection(),
                 u"SELECT a.id, c.tv_username, a.intended_state, a.expires_at FROM accesses a "
                 "JOIN clients c ON c.id = a.client_id WHERE a.indicator_id = :i AND "
                 "c.tv_username IS NOT NULL"_s);
    st.bind(u":i"_s, indicatorId);
    return st.readAll([](const Statement &row) {
        return PairIntent{
            row.value(0).toLongLong(), row.value(1).toString(),
            intendedStateFromText(row.value(2).toString()).value_or(IntendedState::Revoked),
            expirationFromDb(row.value(3))};
    });
}

std::optional<Access> AccessStore::byId(qint64 id)
{
    Statement st(m_ctx.database.connection(), selectColumns + u"WHERE id = :id"_s);
    st.bind(u":id"_s, id);
    const auto first = st.execAndFirst();
    if (first && *first)
        return fromRow(st);
    return std::nullopt;
}

Expected<std::optional<Access>> AccessStore::findForPair(qint64 clientId, qint64 indicatorId)
{
    Statement st(m_ctx.database.connection(),
                 selectColumns + u"WHERE client_id = :c AND indicator_id = :i"_s);
    st.bind(u":c"_s, clientId).bind(u":i"_s, indicatorId);
    return st.readOne([this](const Statement &row) { return fromRow(row); });
}

std::optional<Access> AccessStore::forPair(qint64 clientId, qint64 indicatorId)
{
    auto found = findForPair(clientId, indicatorId);
    return found ? std::move(found).value() : std::nullopt;
}

Expected<QList<Access>> AccessStore::listForClient(qint64 clientId)
{
    Statement st(m_ctx.database.connection(),
                 selectColumns + u"WHERE client_id = :c ORDER BY indicator_id"_s);
    st.bind(u":c"_s, clientId);
    return st.readAll([this](const Statement &row) { return fromRow(row); });
}

Expected<bool> AccessStore::holdsPlan(const QString &tvUsername, qint64 planId)
{
    Statement st(m_ctx.database.connection(),
                 u"SELECT EXISTS (SELECT 1 FROM accesses a JOIN clients c ON c.id = a.client_id "
                 "WHERE c.tv_username = :u AND a.plan_id = :p AND a.intended_state = 'granted')"_s);
    st.bind(u":u"_s, tvUsername).bind(u":p"_s, planId);
    const auto found = st.readOne([](const Statement &row) { return row.value(0).toBool(); });
    if (!found)
        return Expected<bool>::failure(found.error());
    return found->value_or(false);
}

QList<Access> AccessStore::forClient(qint64 clientId)
{
    auto list = listForClient(clientId);
    return list ? std::move(list).value() : QList<Access>();
}

QList<Access> AccessStore::expiringBetween(const QDateTime &from, const QDateTime &to, int limit)
{
    Statement st(m_ctx.database.connection(),
                 selectColumns + u"WHERE intended_state = 'granted' AND expires_at >= :from AND "
                                 "expires_at < :to ORDER BY expires_at, id LIMIT :limit"_s);
    st.bind(u":from"_s, DbTime::toDb(from))
        .bind(u":to"_s, DbTime::toDb(to))
        .bind(u":limit"_s, limit);
    QList<Access> list;
    if (!st.exec())
        return list;
    while (st.next())
        list.append(fromRow(st));
    return list;
}

} // namespace pinedesk
