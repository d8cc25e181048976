#include "PlanStore.h"

#include "AuditLog.h"
#include "DbTime.h"
#include "Statement.h"
#include "Transaction.h"

#include <QJsonArray>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

const QString selectColumns = u"SELECT id, name, duration, price_minor, currency, description, "
                              "active, created_at, updated_at, renewal_url FROM plans "_s;

QJsonObject describe(const Plan &p)
{
    QJsonArray ids;
    for (qint64 id : p.indicatorIds)
        ids.append(id);
    return {{u"name"_s, p.name},
            {u"duration"_s, p.duration.toString()},
            {u"price"_s, p.price.toPlainString()},
            {u"active"_s, p.active},
            {u"renewal_url"_s, p.renewalUrl},
            {u"indicators"_s, ids}};
}

} // namespace

Plan PlanStore::fromRow(const Statement &st)
{
    Plan p;
    p.id = st.value(0).toLongLong();
    p.name = st.value(1).toString();
    const auto duration = Duration::parse(st.value(2).toString());
    p.duration = duration ? *duration : Duration::days(30);
    p.price = Money(st.value(3).toLongLong(), st.value(4).toString());
    p.description = st.value(5).toString();
    p.active = st.value(6).toBool();
    p.createdAt = DbTime::fromDb(st.value(7));
    p.updatedAt = DbTime::fromDb(st.value(8));
    p.renewalUrl = st.value(9).toString();
    return p;
}

Status PlanStore::validate(Plan &plan)
{
    plan.name = plan.name.trimmed();
    if (plan.name.isEmpty())
        return Status::failure(tr("The plan needs a name."));
    if (plan.price.minorUnits() < 0)
        return Status::failure(tr("A plan's price cannot be negative."));
    const auto currency = Money::validateCurrency(plan.price.currency());
    if (!currency)
        return Status::failure(currency.error());
    plan.price = Money(plan.price.minorUnits(), *currency);
    if (plan.indicatorIds.isEmpty())
        return Status::failure(tr("A plan needs at least one indicator."));
    plan.renewalUrl = plan.renewalUrl.trimmed();
    if (!plan.renewalUrl.isEmpty()) {
        const QUrl url(plan.renewalUrl, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s) ||
            url.host().isEmpty())
            return Status::failure(
                tr("The renewal link is a web address such as https://example.com/renew."));
    }
    return {};
}

Status PlanStore::writeIndicators(qint64 planId, const QList<qint64> &indicatorIds)
{
    const QSqlDatabase db = m_ctx.database.connection();
    Statement clear(db, u"DELETE FROM plan_indicators WHERE plan_id = :p"_s);
    clear.bind(u":p"_s, planId);
    if (const Status s = clear.exec(); !s)
        return s;
    for (qint64 indicatorId : indicatorIds) {
        Statement add(db, u"INSERT INTO plan_indicators (plan_id, indicator_id) "
                          "VALUES (:p, :i) ON CONFLICT DO NOTHING"_s);
        add.bind(u":p"_s, planId).bind(u":i"_s, indicatorId);
        if (const Status s = add.exec(); !s)
            return Status::failure(tr("An indicator of the plan no longer exists."));
    }
    return {};
}

Expected<QList<qint64>> PlanStore::indicatorsOf(qint64 planId)
{
    Statement st(m_ctx.database.connection(),
                 u"SELECT indicator_id FROM plan_indicators WHERE plan_id = :p "
                 "ORDER BY indicator_id"_s);
    st.bind(u":p"_s, planId);
    return st.readAll([](const Statement &row) { return row.value(0).toLongLong(); });
}

Expected<qint64> PlanStore::create(Plan plan)
{
    if (const Status s = validate(plan); !s)
        return Expected<qint64>::failure(s.error());
    Transaction tx(m_ctx.database.connection());
    if (!tx.isActive())
        return Expected<qint64>::failure(tx.error());
    Statement dup(m_ctx.database.connection(), u"SELECT id FROM plans WHERE name = :n"_s);
    dup.bind(u":n"_s, plan.name);
    if (const auto first = dup.execAndFirst(); first && *first)
        return Expected<qint64>::failure(tr("A plan named \"%1\" already exists.").arg(plan.name));
    Statement st(m_ctx.database.connection(),
                 u"INSERT INTO plans (name, duration, price_minor, currency, description, active, "
                 "renewal_url, created_at, updated_at) VALUES (:n, :d, :p, :c, :desc, :a, :url, "
                 ":now, :now)"_s);
    st.bind(u":n"_s, plan.name)
        .bind(u":d"_s, plan.duration.toString())
        .bind(u":p"_s, plan.price.minorUnits())
        .bind(u":c"_s, plan.price.currency())
        .bind(u":desc"_s, plan.description)
        .bind(u":a"_s, plan.active)
        .bind(u":url"_s, plan.renewalUrl)
        .bind(u":now"_s, DbTime::toDb(m_ctx.clock.nowUtc()));
    if (const Status s = st.exec(); !s)
        return Expected<qint64>::failure(s.error());
    const qint64 id = st.lastInsertId();
    if (const Status s = writeIndicators(id, plan.indicatorIds); !s)
        return Expected<qint64>::failure(s.error());
    if (const Status s = AuditLog(m_ctx).record(u"plan.created"_s, u"plan"_s, id, describe(plan));
        !s)
        return Expected<qint64>::failure(s.error());
    if (const Status s = tx.commit(); !s)
        return Expected<qint64>::failure(s.error());
    return id;
}

Status PlanStore::update(Plan plan)
{
    if (const Status s = validate(plan); !s)
        return s;
    Transaction tx(m_ctx.database.connection());
    if (!tx.isActive())
        return Status::failure(tx.error());
    const auto before = byId(plan.id);
    if (!before)
        return Status::failure(tr("The plan no longer exists."));
    Statement dup(m_ctx.database.connection(),
                  u"SELECT id FROM plans WHERE name = :n AND id <> :id"_s);
    dup.bind(u":n"_s, plan.name).bind(u":id"_s, plan.id);
    if (const auto first = dup.execAndFirst(); first && *first)
        return Status::failure(tr("A plan named \"%1\" already exists.").arg(plan.name));
    Statement st(m_ctx.database.connection(),
                 u"UPDATE plans SET name = :n, duration = :d, price_minor = :p, currency = :c, "
                 "description = :desc, active = :a, renewal_url = :url, updated_at = :now WHERE "
                 "id = :id"_s);
    st.bind(u":n"_s, plan.name)
        .bind(u":d"_s, plan.duration.toString())
        .bind(u":p"_s, plan.price.minorUnits())
        .bind(u":c"_s, plan.price.currency())
        .bind(u":desc"_s, plan.description)
        .bind(u":a"_s, plan.active)
        .bind(u":url"_s, plan.renewalUrl)
        .bind(u":now"_s, DbTime::toDb(m_ctx.clock.nowUtc()))
        .bind(u":id"_s, plan.id);
    if (const Status s = st.exec(); !s)
        return s;
    if (const Status s = writeIndicators(plan.id, plan.indicatorIds); !s)
        return s;
    const QJsonObject details{{u"from"_s, describe(*before)}, {u"to"_s, describe(plan)}};
    if (const Status s = AuditLog(m_ctx).record(u"plan.updated"_s, u"plan"_s, plan.id, details); !s)
        return s;
    return tx.commit();
}

Status PlanStore::remove(qint64 id)
{
    Transaction tx(m_ctx.database.connection());
    if (!tx.isActive())
        return Status::failure(tx.error());
    const auto before = byId(id);
    if (!before)
        return Status::failure(tr("The plan no longer exists."));
    Statement st(m_ctx.database.connection(), u"DELETE FROM plans WHERE id = :id"_s);
    st.bind(u":id"_s, id);
    if (const Status s = st.exec(); !s)
        return s;
    if (const Status s =
            AuditLog(m_ctx).record(u"plan.deleted"_s, u"plan"_s, id, describe(*before));
        !s)
        return s;
    return tx.commit();
}

Expected<std::optional<Plan>> PlanStore::findById(qint64 id)
{
    using R = Expected<std::optional<Plan>>;
    Statement st(m_ctx.database.connection(), selectColumns + u"WHERE id = :id"_s);
    st.bind(u":id"_s, id);
    auto found = st.readOne([this](const Statement &row) { return fromRow(row); });
    if (!found || !*found)
        return found;
    auto ids = indicatorsOf(id);
    if (!ids)
        return R::failure(ids.error());
    found.value()->indicatorIds = std::move(ids).value();
    return found;
}

Expected<std::optional<Plan>> PlanStore::findByName(const QString &name)
{
    using R = Expected<std::optional<Plan>>;
    Statement st(m_ctx.database.connection(), u"SELECT id FROM plans WHERE name = :n"_s);
    st.bind(u":n"_s, name.trimmed());
    const auto id = st.readOne([](const Statement &row) { return row.value(0).toLongLong(); });
    if (!id)
        return R::failure(id.error());
    if (!*id)
        return std::optional<Plan>();
    return findById(**id);
}

std::optional<Plan> PlanStore::byId(qint64 id)
{
    auto found = findById(id);
    return found ? std::move(found).value() : std::nullopt;
}

Expected<QList<Plan>> PlanStore::list()
{
    using R = Expected<QList<Plan>>;
    Statement st(m_ctx.database.connection(), selectColumns + u"ORDER BY name"_s);
    auto plans = st.readAll([this](const Statement &row) { return fromRow(row); });
    if (!plans)
        return plans;
    for (Plan &plan : plans.value()) {
        auto read = indicatorsOf(plan.id);
        if (!read)
            return R::failure(read.error());
        plan.indicatorIds = std::move(read).value();
    }
    return plans;
}

QList<Plan> PlanStore::all()
{
    auto plans = list();
    return plans ? std::move(plans).value() : QList<Plan>();
}

} // namespace pinedesk
