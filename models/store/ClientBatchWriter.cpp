#include "ClientBatchWriter.h"

#include "ClientStore.h"
#include "DbTime.h"
#include "PaymentStore.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

QVariant usernameToDb(const QString &username)
{
    return username.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(username);
}

} // namespace

ClientBatchWriter::ClientBatchWriter(StoreContext context)
    : m_ctx(std::move(context))
    , m_db(m_ctx.database.connection())
    , m_byUsername(m_db, ClientStore::selectSql() + u"WHERE tv_username = :u"_s)
    , m_byEmail(m_db, ClientStore::selectSql() + u"WHERE email = :e ORDER BY id LIMIT 1"_s)
    , m_contactByEmail(m_db, ClientStore::selectSql() +
                                 u"WHERE email = :e AND tv_username IS NULL ORDER BY id LIMIT 1"_s)
    , m_insert(m_db, u"INSERT INTO clients (tv_username, email, full_name, status, notes, tags, "
                     "created_at, updated_at) VALUES (:u, :e, :n, :s, :notes, :tags, :c, :now)"_s)
    , m_update(
          m_db,
          u"UPDATE clients SET tv_username = :u, email = :e, full_name = :n, "
          "status = :s, notes = :notes, tags = :tags, updated_at = :now, version = version + 1 "
          "WHERE id = :id"_s)
    , m_audit(m_db, u"INSERT INTO audit_log (at, actor, action, entity_type, entity_id, details) "
                    "VALUES (:at, :actor, :action, :type, :id, :details)"_s)
    // "reference <> ''" lets SQLite use the partial unique index (source, reference).
    , m_paymentExists(m_db, u"SELECT id FROM payments WHERE source = :s AND reference = :r "
                            "AND reference <> ''"_s)
    , m_insertPayment(m_db, u"INSERT INTO payments (client_id, amount_minor, currency, paid_at, "
                            "reference, source, plan_id, product_ref, created_at, status, "
                            "refunded_minor) VALUES (:c, :a, :cur, :paid, :r, :s, :plan, :product, "
                            ":now, :st, :ref)"_s)
{}

Status ClientBatchWriter::preload(const QString &paymentSource)
{
    Statement clients(m_db, u"SELECT tv_username, email FROM clients"_s);
    if (const Status s = clients.exec(); !s)
        return s;
    while (clients.next()) {
        const QString username = clients.value(0).toString().toLower();
        const QString email = clients.value(1).toString().toLower();
        if (!username.isEmpty())
            m_usernames.insert(username);
        if (!email.isEmpty()) {
            m_emails.insert(email);
            if (username.isEmpty())
                m_contactEmails.insert(email);
        }
    }
    m_paymentSource = paymentSource;
    Statement references(m_db, u"SELECT reference FROM payments WHERE source = :s AND "
                               "reference <> ''"_s);
    references.bind(u":s"_s, paymentSource);
    if (const Status s = references.exec(); !s)
        return s;
    while (references.next())
        m_references.insert(references.value(0).toString());
    m_preloaded = true;
    return {};
}

void ClientBatchWriter::remember(const Client &client)
{
    if (!m_preloaded)
        return;
    if (!client.tvUsername.isEmpty())
        m_usernames.insert(client.tvUsername.toLower());
    if (!client.email.isEmpty()) {
        m_emails.insert(client.email.toLower());
        if (client.tvUsername.isEmpty())
            m_contactEmails.insert(client.email.toLower());
    }
}

Status ClientBatchWriter::audit(const QString &action, const QString &type, qint64 id,
                                const QJsonObject &details)
{
    m_audit.bind(u":at"_s, DbTime::toDb(m_ctx.clock.nowUtc()))
        .bind(u":actor"_s, m_ctx.who())
        .bind(u":action"_s, action)
        .bind(u":type"_s, type)
        .bind(u":id"_s, id)
        .bind(u":details"_s,
              QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
    return m_audit.exec();
}

Expected<std::optional<Client>> ClientBatchWriter::first(Statement &st)
{
    const auto found = st.execAndFirst();
    if (!found)
        return Expected<std::optional<Client>>::failure(found.error());
    std::optional<Client> client;
    if (*found)
        client = ClientStore::readRow(st);
    while (st.next()) {
    } // finish the statement so it can run again
    return client;
}

Expected<std::optional<Client>> ClientBatchWriter::byUsername(const QString &username)
{
    if (m_preloaded && !m_usernames.contains(username.toLower()))
        return std::optional<Client>();
    m_byUsername.bind(u":u"_s, username);
    return first(m_byUsername);
}

Expected<std::optional<Client>> ClientBatchWriter::byEmail(const QString &email, bool contactsOnly)
{
    if (m_preloaded && !(contactsOnly ? m_contactEmails : m_emails).contains(email.toLower()))
        return std::optional<Client>();
    Statement &st = contactsOnly ? m_contactByEmail : m_byEmail;
    st.bind(u":e"_s, email);
    return first(st);
}

Expected<qint64> ClientBatchWriter::create(Client client)
{
    if (const Status s = ClientStore::clean(client); !s)
        return Expected<qint64>::failure(s.error());
    const QDateTime now = m_ctx.clock.nowUtc();
    m_insert.bind(u":u"_s, usernameToDb(client.tvUsername))
        .bind(u":e"_s, client.email)
        .bind(u":n"_s, client.fullName)
        .bind(u":s"_s, toText(client.status))
        .bind(u":notes"_s, client.notes)
        .bind(u":tags"_s, ClientStore::tagsToText(client.tags))
        .bind(u":c"_s, DbTime::toDb(client.createdAt.isValid() ? client.createdAt : now))
        .bind(u":now"_s, DbTime::toDb(now));
    if (const Status s = m_insert.exec(); !s)
        return Expected<qint64>::failure(s.error());
    const qint64 id = m_insert.lastInsertId();
    remember(client);
    if (const Status s =
            audit(u"client.created"_s, u"client"_s, id, ClientStore::auditFields(client));
        !s)
        return Expected<qint64>::failure(s.error());
    return id;
}

Expected<bool> ClientBatchWriter::update(const Client &before, Client after)
{
    if (const Status s = ClientStore::clean(after); !s)
        return Expected<bool>::failure(s.error());
    const QJsonObject diff = ClientStore::auditChanges(before, after);
    if (diff.isEmpty())
        return false;
    m_update.bind(u":u"_s, usernameToDb(after.tvUsername))
        .bind(u":e"_s, after.email)
        .bind(u":n"_s, after.fullName)
        .bind(u":s"_s, toText(after.status))
        .bind(u":notes"_s, after.notes)
        .bind(u":tags"_s, ClientStore::tagsToText(after.tags))
        .bind(u":now"_s, DbTime::toDb(m_ctx.clock.nowUtc()))
        .bind(u":id"_s, before.id);
    if (const Status s = m_update.exec(); !s)
        return Expected<bool>::failure(s.error());
    remember(after);
    if (const Status s = audit(u"client.updated"_s, u"client"_s, before.id, diff); !s)
        return Expected<bool>::failure(s.error());
    return true;
}

Expected<bool> ClientBatchWriter::addPayment(Payment payment)
{
    const auto currency = Money::validateCurrency(payment.amount.currency());
    if (!currency)
        return Expected<bool>::failure(currency.error());
    payment.amount = Money(payment.amount.minorUnits(), *currency);
    if (!payment.paidAt.isValid())
        return Expected<bool>::failure(PaymentStore::tr("The payment needs the date it was paid."));
    payment.reference = payment.reference.trimmed();
    payment.source = payment.source.trimmed().isEmpty() ? u"manual"_s : payment.source.trimmed();
    const bool knownSource = m_preloaded && payment.source == m_paymentSource;
    if (!payment.reference.isEmpty() &&
        !(knownSource && !m_references.contains(payment.reference))) {
        m_paymentExists.bind(u":s"_s, payment.source).bind(u":r"_s, payment.reference);
        const auto known = m_paymentExists.execAndFirst();
        if (!known)
            return Expected<bool>::failure(known.error());
        const bool recorded = *known;
        while (m_paymentExists.next()) {
        }
        if (recorded)
            return false;
    }
    m_insertPayment.bind(u":c"_s, payment.clientId)
        .bind(u":a"_s, payment.amount.minorUnits())
        .bind(u":cur"_s, payment.amount.currency())
        .bind(u":paid"_s, DbTime::toDb(payment.paidAt))
        .bind(u":r"_s, payment.reference)
        .bind(u":s"_s, payment.source)
        .bind(u":now"_s, DbTime::toDb(m_ctx.clock.nowUtc()))
        .bind(u":st"_s, toText(payment.status))
        .bind(u":ref"_s, payment.refundedMinor)
        .bind(u":plan"_s, payment.planId ? QVariant(*payment.planId)
                                         : QVariant(QMetaType::fromType<qlonglong>()))
        .bind(u":product"_s, payment.productRef);
    if (const Status s = m_insertPayment.exec(); !s)
        return Expected<bool>::failure(s.error());
    const qint64 id = m_insertPayment.lastInsertId();
    if (knownSource && !payment.reference.isEmpty())
        m_references.insert(payment.reference);
    if (const Status s =
            audit(u"payment.added"_s, u"payment"_s, id, PaymentStore::auditFields(payment));
        !s)
        return Expected<bool>::failure(s.error());
    return true;
}

} // namespace pinedesk
