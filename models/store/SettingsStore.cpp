#include "SettingsStore.h"

#include "AuditLog.h"
#include "Statement.h"
#include "Transaction.h"

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

std::optional<QString> SettingsStore::value(const QString &key)
{
    Statement st(m_ctx.database.connection(), u"SELECT value FROM settings WHERE key = :k"_s);
    st.bind(u":k"_s, key);
    const auto first = st.execAndFirst();
    if (first && *first)
        return st.value(0).toString();
    return std::nullopt;
}

QString SettingsStore::value(const QString &key, const QString &fallback)
{
    return value(key).value_or(fallback);
}

Status SettingsStore::setValue(const QString &key, const QString &value)
{
    const QSqlDatabase db = m_ctx.database.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    Statement st(db, u"INSERT INTO settings (key, value) VALUES (:k, :v) "
                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    st.bind(u":k"_s, key).bind(u":v"_s, value);
    if (const Status s = st.exec(); !s)
        return s;
    if (const Status s = AuditLog(m_ctx).record(u"setting.changed"_s, u"setting"_s, 0,
                                                {{u"key"_s, key}, {u"value"_s, value}});
        !s)
        return s;
    return tx.commit();
}

} // namespace pinedesk
