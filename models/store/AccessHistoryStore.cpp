#include "AccessHistoryStore.h"

#include "DbTime.h"
#include "Statement.h"

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

const QString selectColumns =
    u"SELECT id, access_id, client_id, indicator_id, change, term_start, term_end, origin, "
    "plan_id, payment_id, paid, at, actor FROM access_history "_s;

QVariant optionalId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qlonglong>());
}

AccessHistoryStore::Row fromRow(const Statement &st)
{
    AccessHistoryStore::Row r;
    r.id = st.value(0).toLongLong();
    r.accessId = st.value(1).toLongLong();
    r.clientId = st.value(2).toLongLong();
    r.indicatorId = st.value(3).toLongLong();
    r.change = AccessHistoryStore::changeFromText(st.value(4).toString())
                   .value_or(AccessHistoryStore::Change::Grant);
    r.termStart = DbTime::fromDb(st.value(5));
    if (!st.value(6).isNull())
        r.termEnd = DbTime::fromDb(st.value(6));
    r.origin = accessOriginFromText(st.value(7).toString()).value_or(AccessOrigin::Manual);
    if (!st.value(8).isNull())
        r.planId = st.value(8).toLongLong();
    if (!st.value(9).isNull())
        r.paymentId = st.value(9).toLongLong();
    r.paid = st.value(10).toInt() != 0;
    r.at = DbTime::fromDb(st.value(11));
    r.actor = st.value(12).toString();
    return r;
}

} // namespace

QString AccessHistoryStore::toText(Change change)
{
    switch (change) {
    case Change::Grant:
        return u"grant"_s;
    case Change::Extend:
        return u"extend"_s;
    case Change::PlanChange:
        return u"plan_change"_s;
    case Change::Shorten:
        return u"shorten"_s;
    case Change::Revoke:
        return u"revoke"_s;
    }
    return {};
}

std::optional<AccessHistoryStore::Change> AccessHistoryStore::changeFromText(const QString &text)
{
    for (Change c :
         {Change::Grant, Change::Extend, Change::PlanChange, Change::Shorten, Change::Revoke}) {
        if (toText(c) == text)
            return c;
    }
    return std::nullopt;
}

Status AccessHistoryStore::record(Row row)
{
    Statement st(m_ctx.database.connection(),
                 uR"(INSERT INTO access_history (access_id, client_id, indicator_id, change,
    term_start, term_end, origin, plan_id, payment_id, paid, at, actor)
VALUES (:a, :c, :i, :ch, :s, :e, :o, :p, :pay,
    CASE WHEN CAST(:pay AS BIGINT) IS NOT NULL THEN 1 WHEN :o = 'campaign' THEN 0
         ELSE COALESCE((SELECT CASE WHEN price_minor > 0 THEN 1 ELSE 0 END FROM plans
                        WHERE id = :p), 0) END,
    :at, :actor))"_s);
    st.bind(u":a"_s, row.accessId)
        .bind(u":c"_s, row.clientId)
        .bind(u":i"_s, row.indicatorId)
        .bind(u":ch"_s, toText(row.change))
        .bind(u":s"_s, DbTime::toDb(row.termStart))
        .bind(u":e"_s,
              row.termEnd ? DbTime::toDb(*row.termEnd) : QVariant(QMetaType::fromType<QString>()))
        .bind(u":o"_s, pinedesk::toText(row.origin))
        .bind(u":p"_s, optionalId(row.planId))
        .bind(u":pay"_s, optionalId(row.paymentId))
        .bind(u":at"_s, DbTime::toDb(m_ctx.clock.nowUtc()))
        .bind(u":actor"_s, m_ctx.who());
    return st.exec();
}

Expected<QList<AccessHistoryStore::Row>> AccessHistoryStore::forClient(qint64 clientId)
{
    Statement st(m_ctx.database.connection(),
                 selectColumns + u"WHERE client_id = :c ORDER BY id DESC"_s);
    st.bind(u":c"_s, clientId);
    return st.readAll(fromRow);
}

Status AccessHistoryStore::forEachTerm(const std::function<bool(const Row &)> &take)
{
    // Only what the terms need: a whole history is millions of rows.
    Statement st(m_ctx.database.connection(),
                 u"SELECT access_id, client_id, indicator_id, change, term_start, term_end, "
                 "plan_id, paid FROM access_history ORDER BY access_id, id"_s);
    if (const Status s = st.exec(); !s)
        return s;
    Row r;
    while (st.next()) {
        r.accessId = st.value(0).toLongLong();
        r.clientId = st.value(1).toLongLong();
        r.indicatorId = st.value(2).toLongLong();
        r.change = changeFromText(st.value(3).toString()).value_or(Change::Grant);
        r.termStart = DbTime::fromDb(st.value(4));
        const QVariant end = st.value(5);
        r.termEnd = end.isNull() ? std::nullopt : std::optional(DbTime::fromDb(end));
        const QVariant plan = st.value(6);
        r.planId = plan.isNull() ? std::nullopt : std::optional(plan.toLongLong());
        r.paid = st.value(7).toInt() != 0;
        if (!take(r))
            break;
    }
    return {};
}

Status AccessHistoryStore::forEach(const std::function<bool(const Row &)> &take)
{
    Statement st(m_ctx.database.connection(), selectColumns + u"ORDER BY access_id, id"_s);
    if (const Status s = st.exec(); !s)
        return s;
    while (st.next()) {
        if (!take(fromRow(st)))
            break;
    }
    return {};
}

} // namespace pinedesk
