#include "SubscriptionEndStore.h"

#include "DbTime.h"
#include "Statement.h"

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

Status SubscriptionEndStore::record(const QString &provider, const QString &subscriptionRef,
                                    const End &end)
{
    if (subscriptionRef.isEmpty())
        return {};
    Statement st(m_ctx.database.connection(),
                 u"INSERT INTO subscription_ends (provider, subscription_ref, kind, ended_at, "
                 "access_until) VALUES (:p, :s, :k, :at, :until) ON CONFLICT (provider, "
                 "subscription_ref) DO UPDATE SET kind = excluded.kind, ended_at = "
                 "excluded.ended_at, access_until = excluded.access_until WHERE excluded.ended_at "
                 ">= subscription_ends.ended_at"_s);
    st.bind(u":p"_s, provider)
        .bind(u":s"_s, subscriptionRef)
        .bind(u":k"_s, end.kind == Kind::Cancelled ? u"cancelled"_s : u"ended"_s)
        .bind(u":at"_s, DbTime::toDb(end.endedAt))
        .bind(u":until"_s, end.accessUntil.isValid() ? DbTime::toDb(end.accessUntil)
                                                     : QVariant(QMetaType::fromType<QString>()));
    return st.exec();
}

Expected<std::optional<SubscriptionEndStore::End>>
SubscriptionEndStore::find(const QString &provider, const QString &subscriptionRef)
{
    if (subscriptionRef.isEmpty())
        return std::optional<End>();
    Statement st(m_ctx.database.connection(),
                 u"SELECT kind, ended_at, access_until FROM subscription_ends WHERE provider = :p "
                 "AND subscription_ref = :s"_s);
    st.bind(u":p"_s, provider).bind(u":s"_s, subscriptionRef);
    return st.readOne([](const Statement &row) {
        End end;
        end.kind = row.value(0).toString() == u"cancelled"_s ? Kind::Cancelled : Kind::Ended;
        end.endedAt = DbTime::fromDb(row.value(1));
        if (!row.value(2).isNull())
            end.accessUntil = DbTime::fromDb(row.value(2));
        return end;
    });
}

} // namespace pinedesk
