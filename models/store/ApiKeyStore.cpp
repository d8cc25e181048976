#include "ApiKeyStore.h"

#include "AuditLog.h"
#include "DbTime.h"
#include "Statement.h"
#include "Transaction.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

const QString selectColumns = u"SELECT id, name, prefix, created_at, created_by, last_used_at, "
                              "revoked_at FROM api_keys "_s;

ApiKeyStore::Key fromRow(const Statement &st)
{
    ApiKeyStore::Key k;
    k.id = st.value(0).toLongLong();
    k.name = st.value(1).toString();
    k.prefix = st.value(2).toString();
    k.createdAt = DbTime::fromDb(st.value(3));
    k.createdBy = st.value(4).toString();
    k.lastUsedAt = DbTime::fromDb(st.value(5));
    k.revokedAt = DbTime::fromDb(st.value(6));
    return k;
}

} // namespace

QString ApiKeyStore::hashOf(const QString &secret)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(secret.trimmed().toUtf8(), QCryptographicHash::Sha256).toHex());
}

Expected<ApiKeyStore::Created> ApiKeyStore::create(const QString &name)
{
    using R = Expected<Created>;
    const QString cleaned = name.trimmed();
    if (cleaned.isEmpty() || cleaned.size() > 80)
        return R::failure(tr("Give the key a name of 1 to 80 characters, e.g. the system that "
                             "uses it."));
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(random.begin(), random.end());
    const QString key =
        u"pdk_"_s + QString::fromLatin1(random.toBase64(QByteArray::Base64UrlEncoding |
                                                        QByteArray::OmitTrailingEquals));
    const QSqlDatabase db = m_ctx.database.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return R::failure(tx.error());
    Statement st(db, u"INSERT INTO api_keys (name, prefix, key_hash, created_at, created_by) "
                     "VALUES (:n, :p, :h, :now, :by)"_s);
    st.bind(u":n"_s, cleaned)
        .bind(u":p"_s, key.left(8))
        .bind(u":h"_s, hashOf(key))
        .bind(u":now"_s, DbTime::toDb(m_ctx.clock.nowUtc()))
        .bind(u":by"_s, m_ctx.who());
    if (!st.exec())
        return R::failure(tr("A key called %1 exists already.").arg(cleaned));
    const qint64 id = st.lastInsertId();
    if (const Status s = AuditLog(m_ctx).record(u"api_key.created"_s, u"api_key"_s, id,
                                                QJsonObject{{u"name"_s, cleaned}});
        !s)
        return R::failure(s.error());
    if (const Status s = tx.commit(); !s)
        return R::failure(s.error());
    return Created{id, key};
}

Status ApiKeyStore::revoke(const QString &name)
{
    const QSqlDatabase db = m_ctx.database.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    Statement find(db, u"SELECT id FROM api_keys WHERE name = :n AND revoked_at IS NULL"_s);
    find.bind(u":n"_s, name.trimmed());
    const auto id = find.readOne([](const Statement &row) { return row.value(0).toLongLong(); });
    if (!id)
        return Status::failure(id.error());
    if (!*id)
        return Status::failure(tr("There is no live key called %1.").arg(name.trimmed()));
    Statement st(db, u"UPDATE api_keys SET revoked_at = :now WHERE id = :id"_s);
    st.bind(u":now"_s, DbTime::toDb(m_ctx.clock.nowUtc())).bind(u":id"_s, **id);
    if (const Status s = st.exec(); !s)
        return s;
    if (const Status s = AuditLog(m_ctx).record(u"api_key.revoked"_s, u"api_key"_s, **id,
                                                QJsonObject{{u"name"_s, name.trimmed()}});
        !s)
        return s;
    return tx.commit();
}

Expected<QList<ApiKeyStore::Key>> ApiKeyStore::list()
{
    Statement st(m_ctx.database.connection(), selectColumns + u"ORDER BY name"_s);
    return st.readAll(fromRow);
}

Expected<std::optional<ApiKeyStore::Key>> ApiKeyStore::authenticate(const QString &secret)
{
    if (!secret.trimmed().startsWith(u"pdk_"_s))
        return std::optional<Key>();
    Statement st(m_ctx.database.connection(),
                 selectColumns + u"WHERE key_hash = :h AND revoked_at IS NULL"_s);
    st.bind(u":h"_s, hashOf(secret));
    return st.readOne(fromRow);
}

Status ApiKeyStore::touch(qint64 id)
{
    Statement st(m_ctx.database.connection(),
                 u"UPDATE api_keys SET last_used_at = :now WHERE id = :id"_s);
    st.bind(u":now"_s, DbTime::toDb(m_ctx.clock.nowUtc())).bind(u":id"_s, id);
    return st.exec();
}

} // namespace pinedesk
