#include "ClientStore.h"

#include "AuditLog.h"
#include "ClientConflict.h"
#include "DbTime.h"
#include "Statement.h"
#include "Transaction.h"
#include "domain/EmailValidator.h"
#include "domain/UsernameValidator.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

const QString selectColumns = u"SELECT id, tv_username, email, full_name, status, notes, tags, "
                              "created_at, updated_at, language, email_opt_out, version FROM "
                              "clients "_s;

QString tagsToDb(const QStringList &tags)
{
    QStringList cleaned;
    for (const QString &tag : tags) {
        const QString t = tag.trimmed();
        if (!t.isEmpty() && !cleaned.contains(t, Qt::CaseInsensitive))
            cleaned.append(t);
    }
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(cleaned)).toJson(QJsonDocument::Compact));
}

QStringList tagsFromDb(const QString &text)
{
    QStringList tags;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &v : array)
        tags.append(v.toString());
    return tags;
}

QJsonObject describe(const Client &c)
{
    return {{u"tv_username"_s, c.tvUsername},
            {u"email"_s, c.email},
            {u"full_name"_s, c.fullName},
            {u"status"_s, toText(c.status)},
            {u"notes"_s, c.notes},
            {u"tags"_s, QJsonArray::fromStringList(c.tags)},
            {u"language"_s, c.language},
            {u"email_opt_out"_s, c.emailOptOut}};
}

// Only the fields that changed, as {"field": {"from": old, "to": new}}.
QJsonObject changes(const Client &before, const Client &after)
{
    const QJsonObject a = describe(before);
    const QJsonObject b = describe(after);
    QJsonObject diff;
    for (auto it = b.begin(); it != b.end(); ++it) {
        if (a.value(it.key()) != it.value())
            diff.insert(it.key(),
                        QJsonObject{{u"from"_s, a.value(it.key())}, {u"to"_s, it.value()}});
    }
    return diff;
}

QVariant usernameToDb(const QString &username)
{
    return username.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(username);
}

} // namespace

Client ClientStore::fromRow(const Statement &st)
{
    Client c;
    c.id = st.value(0).toLongLong();
    c.tvUsername = st.value(1).toString();
    c.email = st.value(2).toString();
    c.fullName = st.value(3).toString();
    c.status = clientStatusFromText(st.value(4).toString()).value_or(ClientStatus::Active);
    c.notes = st.value(5).toString();
    c.tags = tagsFromDb(st.value(6).toString());
    c.createdAt = DbTime::fromDb(st.value(7));
    c.updatedAt = DbTime::fromDb(st.value(8));
    c.language = st.value(9).toString();
    c.emailOptOut = st.value(10).toBool();
    c.version = st.value(11).toLongLong();
    return c;
}

Status ClientStore::validate(Client &client)
{
    if (!client.tvUsername.trimmed().isEmpty()) {
        const auto name = UsernameValidator::validate(client.tvUsername);
        if (!name)
            return Status::failure(name.error());
        client.tvUsername = *name;
    } else {
        client.tvUsername.clear();
    }
    const auto email = EmailValidator::validate(client.email);
    if (!email)
        return Status::failure(email.error());
    client.email = *email;
    client.fullName = client.fullName.trimmed();
    client.language = client.language.trimmed().toLower();
    if (!client.language.isEmpty() && client.language != u"en"_s && client.language != u"es"_s)
        return Status::failure(tr("The client's language is English (en) or Spanish (es)."));
    if (client.tvUsername.isEmpty() && client.email.isEmpty())
        return Status::failure(tr("A client needs a TradingView username or an e-mail address."));
    return {};
}

std::optional<qint64> ClientStore::idOfUsername(const QString &username)
{
    Statement st(m_ctx.database.connection(), u"SELECT id FROM clients WHERE tv_username = :u"_s);
    st.bind(u":u"_s, username);
    const auto first = st.execAndFirst();
    if (first && *first)
        return st.value(0).toLongLong();
    return std::nullopt;
}

Expected<qint64> ClientStore::create(Client client)
{
    if (const Status s = validate(client); !s)
        return Expected<qint64>::failure(s.error());

    Transaction tx(m_ctx.database.connection());
    if (!tx.isActive())
        return Expected<qint64>::failure(tx.error());
    if (!client.tvUsername.isEmpty() && idOfUsername(client.tvUsername)) {
        return Expected<qint64>::failure(
            tr("A client with the TradingView username \"%1\" already exists.")
                .arg(client.tvUsername));
    }
    const QDateTime now = m_ctx.clock.nowUtc();
    Statement st(m_ctx.database.connection(),
                 u"INSERT INTO clients (tv_username, email, full_name, status, notes, tags, "
                 "language, email_opt_out, created_at, updated_at) VALUES (:u, :e, :n, :s, "
                 ":notes, :tags, :lang, :optout, :c, :c)"_s);
    st.bind(u":u"_s, usernameToDb(client.tvUsername))
        .bind(u":e"_s, client.email)
        .bind(u":n"_s, client.fullName)
        .bind(u":s"_s, toText(client.status))
        .bind(u":notes"_s, client.notes)
        .bind(u":tags"_s, tagsToDb(client.tags))
        .bind(u":lang"_s, client.language)
        .bind(u":optout"_s, client.emailOptOut ? 1 : 0)
        .bind(u":c"_s, DbTime::toDb(client.createdAt.isValid() ? client.createdAt : now));
    if (const Status s = st.exec(); !s)
        return Expected<qint64>::failure(s.error());
    const qint64 id = st.lastInsertId();
    if (const Status s =
            AuditLog(m_ctx).record(u"client.created"_s, u"client"_s, id, describe(client));
        !s)
        return Expected<qint64>::failure(s.error());
    if (const Status s = tx.commit(); !s)
        return Expected<qint64>::failure(s.error());
    return id;
}

Status ClientStore::update(Client client)
{
    if (const Status s = validate(client); !s)
        return s;
    Transaction tx(m_ctx.database.connection());
    if (!tx.isActive())
        return Status::failure(tx.error());
    const std::optional<Client> before = byId(client.id);
    if (!before)
        return Status::failure(tr("The client no longer exists; it may have been deleted."));
    if (before->version != client.version)
        return Status::failure(ClientConflict::describe(m_ctx, *before, client));
    if (!client.tvUsername.isEmpty()) {
        const auto owner = idOfUsername(client.tvUsername);
        if (owner && *owner != client.id) {
            return Status::failure(tr("Another client already has the TradingView username \"%1\".")
                                       .arg(client.tvUsername));
        }
    }
    const QJsonObject diff = changes(*before, client);
    if (diff.isEmpty())
        return tx.commit();
    Statement st(m_ctx.database.connection(),
                 u"UPDATE clients SET tv_username = :u, email = :e, full_name = :n, status = :s, "
                 "notes = :notes, tags = :tags, language = :lang, email_opt_out = :optout, "
                 "updated_at = :now, version = version + 1 WHERE id = :id"_s);
    st.bind(u":u"_s, usernameToDb(client.tvUsername))
        .bind(u":e"_s, client.email)
        .bind(u":n"_s, client.fullName)
        .bind(u":s"_s, toText(client.status))
        .bind(u":notes"_s, client.notes)
        .bind(u":tags"_s, tagsToDb(client.tags))
        .bind(u":lang"_s, client.language)
        .bind(u":optout"_s, client.emailOptOut ? 1 : 0)
        .bind(u":now"_s, DbTime::toDb(m_ctx.clock.nowUtc()))
        .bind(u":id"_s, client.id);
    if (const Status s = st.exec(); !s)
        return s;
    if (const Status s = AuditLog(m_ctx).record(u"client.updated"_s, u"client"_s, client.id, diff);
        !s)
        return s;
    return tx.commit();
}

Status ClientStore::remove(qint64 id)
{
    Transaction tx(m_ctx.database.connection());
    if (!tx.isActive())
        return Status::failure(tx.error());
    const std::optional<Client> before = byId(id);
    if (!before)
        return Status::failure(tr("The client no longer exists; it may have been deleted."));
    Statement accesses(m_ctx.database.connection(),
                       u"SELECT COUNT(*) FROM accesses WHERE client_id = :id"_s);
    accesses.bind(u":id"_s, id);
    const auto counted = accesses.execAndFirst();
    if (!counted)
        return Status::failure(counted.error());
    if (accesses.value(0).toLongLong() > 0) {
        return Status::failure(
            tr("%1 has held accesses to indicators, so the client is kept with its history. Set "
               "the client Inactive instead.")
                .arg(before->tvUsername.isEmpty() ? before->email : before->tvUsername));
    }
    Statement st(m_ctx.database.connection(), u"DELETE FROM clients WHERE id = :id"_s);
    st.bind(u":id"_s, id);
    if (const Status s = st.exec(); !s)
        return s;
    if (const Status s =
            AuditLog(m_ctx).record(u"client.deleted"_s, u"client"_s, id, describe(*before));
        !s)
        return s;
    return tx.commit();
}

Expected<std::optional<Client>> ClientStore::findById(qint64 id)
{
    Statement st(m_ctx.database.connection(), selectColumns + u"WHERE id = :id"_s);
    st.bind(u":id"_s, id);
    return st.readOne([this](const Statement &row) { return fromRow(row); });
}

std::optional<Client> ClientStore::byId(qint64 id)
{
    auto found = findById(id);
    return found ? std::move(found).value() : std::nullopt;
}

Expected<std::optional<Client>> ClientStore::findByUsername(const QString &username)
{
    const QString cleaned =
        username.trimmed().startsWith(u'@') ? username.trimmed().mid(1) : username.trimmed();
    Statement st(m_ctx.database.connection(), selectColumns + u"WHERE tv_username = :u"_s);
    st.bind(u":u"_s, cleaned);
    return st.readOne([this](const Statement &row) { return fromRow(row); });
}

Expected<std::optional<Client>> ClientStore::findUniqueByEmail(const QString &email)
{
    using R = Expected<std::optional<Client>>;
    if (email.trimmed().isEmpty())
        return std::optional<Client>();
    Statement st(m_ctx.database.connection(), selectColumns +
                                                  u"WHERE email = :e AND tv_username <> '' "
                                                  "LIMIT 2"_s);
    st.bind(u":e"_s, email.trimmed());
    auto rows = st.readAll([this](const Statement &row) { return fromRow(row); });
    if (!rows)
        return R::failure(rows.error());
    if (rows->size() != 1)
        return std::optional<Client>();
    return std::optional<Client>(rows->first());
}

std::optional<Client> ClientStore::byUsername(const QString &username)
{
    auto found = findByUsername(username);
    return found ? std::move(found).value() : std::nullopt;
}

qint64 ClientStore::count()
{
    Statement st(m_ctx.database.connection(), u"SELECT COUNT(*) FROM clients"_s);
    const auto first = st.execAndFirst();
    return (first && *first) ? st.value(0).toLongLong() : -1;
}

QList<Client> ClientStore::search(const QString &text, int limit, int offset)
{
    // LIKE with a NOCASE column and a literal prefix uses the column's index. The user's text is
    // bound, with LIKE's wildcards escaped so "50%" finds "50%" and not everything.
    QString pattern = text.trimmed();
    pattern.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    pattern += u'%';
    Statement st(m_ctx.database.connection(),
                 selectColumns +
                     u"WHERE tv_username LIKE :p ESCAPE '\\' OR email LIKE :p ESCAPE '\\' "
                     "OR full_name LIKE :p ESCAPE '\\' ORDER BY tv_username LIMIT :limit "
                     "OFFSET :offset"_s);
    st.bind(u":p"_s, pattern).bind(u":limit"_s, limit).bind(u":offset"_s, offset);
    QList<Client> clients;
    if (!st.exec())
        return clients;
    while (st.next())
        clients.append(fromRow(st));
    return clients;
}

QJsonObject ClientStore::auditFields(const Client &client)
{
    return describe(client);
}

QJsonObject ClientStore::auditChanges(const Client &before, const Client &after)
{
    return changes(before, after);
}

QString ClientStore::tagsToText(const QStringList &tags)
{
    return tagsToDb(tags);
}

QString ClientStore::selectSql()
{
    return selectColumns;
}

} // namespace pinedesk
