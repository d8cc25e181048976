#include "CustomerLinkStore.h"

#include "DbTime.h"
#include "Statement.h"

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

Status CustomerLinkStore::link(const QString &provider, const QString &customerRef, qint64 clientId)
{
    if (customerRef.isEmpty())
        return {};
    Statement st(m_ctx.database.connection(),
                 u"INSERT INTO customer_links (provider, customer_ref, client_id, updated_at) "
                 "VALUES (:p, :c, :client, :now) ON CONFLICT (provider, customer_ref) DO UPDATE "
                 "SET client_id = excluded.client_id, updated_at = excluded.updated_at"_s);
    st.bind(u":p"_s, provider)
        .bind(u":c"_s, customerRef)
        .bind(u":client"_s, clientId)
        .bind(u":now"_s, DbTime::toDb(m_ctx.clock.nowUtc()));
    return st.exec();
}

Expected<std::optional<qint64>> CustomerLinkStore::clientFor(const QString &provider,
                                                             const QString &customerRef)
{
    if (customerRef.isEmpty())
        return std::optional<qint64>();
    Statement st(m_ctx.database.connection(),
                 u"SELECT client_id FROM customer_links WHERE provider = :p AND "
                 "customer_ref = :c"_s);
    st.bind(u":p"_s, provider).bind(u":c"_s, customerRef);
    return st.readOne([](const Statement &row) { return row.value(0).toLongLong(); });
}

} // namespace pinedesk
