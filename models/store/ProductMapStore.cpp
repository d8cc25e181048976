#include "ProductMapStore.h"

#include "AuditLog.h"
#include "DbTime.h"
#include "Statement.h"
#include "Transaction.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

Status ProductMapStore::map(const QString &provider, const QString &productId, qint64 planId)
{
    const QString product = productId.trimmed();
    if (provider.trimmed().isEmpty() || product.isEmpty())
        return Status::failure(tr("Say which provider and which product id to map."));
    const QSqlDatabase db = m_ctx.database.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    Statement st(db, u"INSERT INTO product_plans (provider, product_id, plan_id, created_at) "
                     "VALUES (:p, :id, :plan, :now) ON CONFLICT (provider, product_id) DO UPDATE "
                     "SET plan_id = excluded.plan_id, created_at = excluded.created_at"_s);
    st.bind(u":p"_s, provider.trimmed())
        .bind(u":id"_s, product)
        .bind(u":plan"_s, planId)
        .bind(u":now"_s, DbTime::toDb(m_ctx.clock.nowUtc()));
    if (!st.exec())
        return Status::failure(tr("The mapping could not be saved: the plan no longer exists."));
    const QJsonObject details{
        {u"provider"_s, provider}, {u"product_id"_s, product}, {u"plan_id"_s, planId}};
    if (const Status s = AuditLog(m_ctx).record(u"product.mapped"_s, u"plan"_s, planId, details);
        !s)
        return s;
    return tx.commit();
}

Status ProductMapStore::unmap(const QString &provider, const QString &productId)
{
    Statement st(m_ctx.database.connection(),
                 u"DELETE FROM product_plans WHERE provider = :p AND product_id = :id"_s);
    st.bind(u":p"_s, provider).bind(u":id"_s, productId.trimmed());
    if (const Status s = st.exec(); !s)
        return s;
    if (st.rowsAffected() == 0)
        return Status::failure(tr("%1 product %2 is not mapped.").arg(provider, productId));
    return {};
}

Expected<std::optional<qint64>> ProductMapStore::planFor(const QString &provider,
                                                         const QStringList &productIds)
{
    const QSqlDatabase db = m_ctx.database.connection();
    for (const QString &product : productIds) {
        if (product.isEmpty())
            continue;
        Statement st(db, u"SELECT plan_id FROM product_plans WHERE provider = :p AND "
                         "product_id = :id"_s);
        st.bind(u":p"_s, provider).bind(u":id"_s, product);
        auto plan = st.readOne([](const Statement &row) { return row.value(0).toLongLong(); });
        if (!plan || *plan)
            return plan;
    }
    return std::optional<qint64>();
}

Expected<QList<ProductMapStore::Mapping>> ProductMapStore::list()
{
    Statement st(m_ctx.database.connection(),
                 u"SELECT m.provider, m.product_id, m.plan_id, p.name, m.created_at FROM "
                 "product_plans m JOIN plans p ON p.id = m.plan_id "
                 "ORDER BY m.provider, m.product_id"_s);
    return st.readAll([](const Statement &row) {
        return Mapping{row.value(0).toString(), row.value(1).toString(), row.value(2).toLongLong(),
                       row.value(3).toString(), DbTime::fromDb(row.value(4))};
    });
}

} // namespace pinedesk
