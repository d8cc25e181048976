#include "PaymentStore.h"

#include "AuditLog.h"
#include "DbTime.h"
#include "Statement.h"
#include "Transaction.h"

#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

// The columns fromRow() reads, in its order, each prefixed with `table` ("" or "pay.").
QString columnsOf(const QString &table)
{
    static const QStringList names{
        u"id"_s,         u"client_id"_s,  u"amount_minor"_s,   u"currency"_s,
        u"paid_at"_s,    u"reference"_s,  u"source"_s,         u"plan_id"_s,
        u"created_at"_s, u"status"_s,     u"refunded_minor"_s, u"method"_s,
        u"note"_s,       u"period_end"_s, u"product_ref"_s,    u"subscription_ref"_s};
    QStringList prefixed;
    for (const QString &name : names)
        prefixed.append(table + name);
    return prefixed.join(u", "_s);
}

const QString selectColumns = u"SELECT "_s + columnsOf({}) + u" FROM payments "_s;

QVariant nullableId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qlonglong>());
}

QJsonObject describe(const Payment &p)
{
    return {{u"client_id"_s, p.clientId},
            {u"amount"_s, p.amount.toPlainString()},
            {u"paid_at"_s, DbTime::toText(p.paidAt)},
            {u"reference"_s, p.reference},
            {u"source"_s, p.source},
            {u"status"_s, toText(p.status)}};
}

} // namespace

Payment PaymentStore::fromRow(const Statement &st)
{
    Payment p;
    p.id = st.value(0).toLongLong();
    p.clientId = st.value(1).toLongLong();
    p.amount = Money(st.value(2).toLongLong(), st.value(3).toString());
    p.paidAt = DbTime::fromDb(st.value(4));
    p.reference = st.value(5).toString();
    p.source = st.value(6).toString();
    if (!st.value(7).isNull())
        p.planId = st.value(7).toLongLong();
    p.createdAt = DbTime::fromDb(st.value(8));
    p.status = paymentStatusFromText(st.value(9).toString()).value_or(PaymentStatus::Paid);
    p.refundedMinor = st.value(10).toLongLong();
    p.method = st.value(11).toString();
    p.note = st.value(12).toString();
    if (!st.value(13).isNull())
        p.periodEnd = DbTime::fromDb(st.value(13));
    p.productRef = st.value(14).toString();
    p.subscriptionRef = st.value(15).toString();
    return p;
}

Expected<qint64> PaymentStore::add(Payment payment)
{
    const auto currency = Money::validateCurrency(payment.amount.currency());
    if (!currency)
        return Expected<qint64>::failure(currency.error());
    payment.amount = Money(payment.amount.minorUnits(), *currency);
    if (!payment.paidAt.isValid())
        return Expected<qint64>::failure(tr("The payment needs the date it was paid."));
    payment.reference = payment.reference.trimmed();
    payment.source = payment.source.trimmed().isEmpty() ? u"manual"_s : payment.source.trimmed();

    const QSqlDatabase db = m_ctx.database.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return Expected<qint64>::failure(tx.error());
    if (!payment.reference.isEmpty()) {
        Statement dup(db, u"SELECT id FROM payments WHERE source = :s AND reference = :r "
                          "AND reference <> ''"_s);
        dup.bind(u":s"_s, payment.source).bind(u":r"_s, payment.reference);
        if (const auto first = dup.execAndFirst(); first && *first) {
            return Expected<qint64>::failure(tr("The payment %1 from %2 is already recorded.")
                                                 .arg(payment.reference, payment.source));
        }
    }
    Statement st(db, u"INSERT INTO payments (client_id, amount_minor, currency, paid_at, "
                     "reference, source, plan_id, created_at, status, refunded_minor, method, "
                     "note, period_end, product_ref, subscription_ref) VALUES (:c, :a, :cur, "
                     ":paid, :r, :s, :p, :now, :st, :ref, :m, :n, :pe, :prod, :sub)"_s);
    st.bind(u":c"_s, payment.clientId)
        .bind(u":a"_s, payment.amount.minorUnits())
        .bind(u":cur"_s, payment.amount.currency())
        .bind(u":paid"_s, DbTime::toDb(payment.paidAt))
        .bind(u":r"_s, payment.reference)
        .bind(u":s"_s, payment.source)
        .bind(u":p"_s, nullableId(payment.planId))
        .bind(u":now"_s, DbTime::toDb(m_ctx.clock.nowUtc()))
        .bind(u":st"_s, toText(payment.status))
        .bind(u":ref"_s, payment.refundedMinor)
        .bind(u":m"_s, payment.method.trimmed())
        .bind(u":n"_s, payment.note.trimmed())
        .bind(u":pe"_s, payment.periodEnd.isValid() ? DbTime::toDb(payment.periodEnd)
                                                    : QVariant(QMetaType::fromType<QString>()))
        .bind(u":prod"_s, payment.productRef)
        .bind(u":sub"_s, payment.subscriptionRef);
    if (const Status s = st.exec(); !s)
        return Expected<qint64>::failure(tr("The payment could not be saved; check that its "
                                            "client and plan still exist."));
    const qint64 id = st.lastInsertId();
    if (const Status s =
            AuditLog(m_ctx).record(u"payment.added"_s, u"payment"_s, id, describe(payment));
        !s)
        return Expected<qint64>::failure(s.error());
    if (const Status s = tx.commit(); !s)
        return Expected<qint64>::failure(s.error());
    return id;
}

Status PaymentStore::update(Payment payment)
{
    const auto currency = Money::validateCurrency(payment.amount.currency());
    if (!currency)
        return Status::failure(currency.error());
    if (!payment.paidAt.isValid())
        return Status::failure(tr("The payment needs the date it was paid."));
    if (payment.refundedMinor < 0 || payment.refundedMinor > payment.amount.minorUnits())
        return Status::failure(tr("The refunded amount cannot exceed the amount paid."));
    const QSqlDatabase db = m_ctx.database.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    Statement st(db, u"UPDATE payments SET client_id = :c, amount_minor = :a, currency = :cur, "
                     "paid_at = :paid, reference = :r, plan_id = :p, status = :st, "
                     "refunded_minor = :ref, method = :m, note = :n, period_end = :pe, "
                     "updated_at = :now WHERE id = :id"_s);
    st.bind(u":c"_s, payment.clientId)
        .bind(u":a"_s, payment.amount.minorUnits())
        .bind(u":cur"_s, *currency)
        .bind(u":paid"_s, DbTime::toDb(payment.paidAt))
        .bind(u":r"_s, payment.reference.trimmed())
        .bind(u":p"_s, nullableId(payment.planId))
        .bind(u":st"_s, toText(payment.status))
        .bind(u":ref"_s, payment.refundedMinor)
        .bind(u":m"_s, payment.method.trimmed())
        .bind(u":n"_s, payment.note.trimmed())
        .bind(u":pe"_s, payment.periodEnd.isValid() ? DbTime::toDb(payment.periodEnd)
                                                    : QVariant(QMetaType::fromType<QString>()))
        .bind(u":now"_s, DbTime::toDb(m_ctx.clock.nowUtc()))
        .bind(u":id"_s, payment.id);
    if (const Status s = st.exec(); !s) {
        return Status::failure(tr("The payment could not be saved: another payment from %1 "
                                  "has the reference %2, or its client or plan no longer "
                                  "exists.")
                                   .arg(payment.source, payment.reference));
    }
    if (st.rowsAffected() != 1)
        return Status::failure(tr("The payment no longer exists."));
    if (const Status s = AuditLog(m_ctx).record(u"payment.updated"_s, u"payment"_s, payment.id,
                                                describe(payment));
        !s)
        return s;
    return tx.commit();
}

Expected<std::optional<Payment>> PaymentStore::findById(qint64 id)
{
    Statement st(m_ctx.database.connection(), selectColumns + u"WHERE id = :id"_s);
    st.bind(u":id"_s, id);
    return st.readOne([](const Statement &row) { return fromRow(row); });
}

Status PaymentStore::addRefs(qint64 paymentId, const QString &provider, const QStringList &refs)
{
    const QSqlDatabase db = m_ctx.database.connection();
    for (const QString &ref : refs) {
        if (ref.isEmpty())
            continue;
        Statement st(db, u"INSERT INTO payment_refs (provider, ref, payment_id) VALUES (:p, :r, "
                         ":id) ON CONFLICT (provider, ref) DO NOTHING"_s);
        st.bind(u":p"_s, provider).bind(u":r"_s, ref).bind(u":id"_s, paymentId);
        if (const Status s = st.exec(); !s)
            return s;
    }
    return {};
}

Status PaymentStore::addAliases(const QString &provider, const QString &ref,
                                const QStringList &aliases)
{
    const QSqlDatabase db = m_ctx.database.connection();
    for (const QString &alias : aliases) {
        if (alias.isEmpty() || ref.isEmpty() || alias == ref)
            continue;
        Statement st(db, u"INSERT INTO payment_aliases (provider, alias, ref) VALUES (:p, :a, :r) "
                         "ON CONFLICT (provider, alias) DO NOTHING"_s);
        st.bind(u":p"_s, provider).bind(u":a"_s, alias).bind(u":r"_s, ref);
        if (const Status s = st.exec(); !s)
            return s;
    }
    return {};
}

Expected<std::optional<Payment>> PaymentStore::findByRefs(const QString &provider,
                                                          const QStringList &refs)
{
    using R = Expected<std::optional<Payment>>;
    const QSqlDatabase db = m_ctx.database.connection();
    QStringList all = refs;
    for (const QString &ref : refs) {
        if (ref.isEmpty())
            continue;
        Statement st(db, u"SELECT ref FROM payment_aliases WHERE provider = :p AND alias = :a"_s);
        st.bind(u":p"_s, provider).bind(u":a"_s, ref);
        const auto aliased =
            st.readOne([](const Statement &row) { return row.value(0).toString(); });
        if (!aliased)
            return R::failure(aliased.error());
        if (*aliased && !all.contains(**aliased))
            all.append(**aliased);
    }
    for (const QString &ref : all) {
        if (ref.isEmpty())
            continue;
        Statement st(db, selectColumns + u"WHERE (source = :p AND reference = :r) OR id = "
                                         "(SELECT payment_id FROM payment_refs WHERE provider = "
                                         ":p AND ref = :r) LIMIT 1"_s);
        st.bind(u":p"_s, provider).bind(u":r"_s, ref);
        auto found = st.readOne([](const Statement &row) { return fromRow(row); });
        if (!found || *found)
            return found;
    }
    return std::optional<Payment>();
}

Expected<std::optional<Payment>> PaymentStore::latestForSubscription(const QString &provider,
                                                                     const QString &subscriptionRef)
{
    if (subscriptionRef.isEmpty())
        return std::optional<Payment>();
    Statement st(m_ctx.database.connection(), selectColumns +
                                                  u"WHERE source = :p AND subscription_ref = :s "
                                                  "AND status IN ('paid', 'partially_refunded') "
                                                  "ORDER BY paid_at DESC, id DESC LIMIT 1"_s);
    st.bind(u":p"_s, provider).bind(u":s"_s, subscriptionRef);
    return st.readOne([](const Statement &row) { return fromRow(row); });
}

Status PaymentStore::setStatus(qint64 id, PaymentStatus status, qint64 refundedMinor)
{
    const QSqlDatabase db = m_ctx.database.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    Statement st(db, u"UPDATE payments SET status = :st, refunded_minor = :ref, updated_at = "
                     ":now WHERE id = :id"_s);
    st.bind(u":st"_s, toText(status))
        .bind(u":ref"_s, refundedMinor)
        .bind(u":now"_s, DbTime::toDb(m_ctx.clock.nowUtc()))
        .bind(u":id"_s, id);
    if (const Status s = st.exec(); !s)
        return s;
    if (st.rowsAffected() != 1)
        return Status::failure(tr("The payment no longer exists."));
    const QJsonObject details{{u"status"_s, toText(status)}, {u"refunded_minor"_s, refundedMinor}};
    if (const Status s = AuditLog(m_ctx).record(u"payment.status"_s, u"payment"_s, id, details); !s)
        return s;
    return tx.commit();
}

Status PaymentStore::remove(qint64 id)
{
    const QSqlDatabase db = m_ctx.database.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    Statement find(db, selectColumns + u"WHERE id = :id"_s);
    find.bind(u":id"_s, id);
    const auto first = find.execAndFirst();
    if (!first || !*first)
        return Status::failure(tr("The payment no longer exists."));
    const Payment before = fromRow(find);
    Statement st(db, u"DELETE FROM payments WHERE id = :id"_s);
    st.bind(u":id"_s, id);
    if (const Status s = st.exec(); !s)
        return s;
    if (const Status s =
            AuditLog(m_ctx).record(u"payment.deleted"_s, u"payment"_s, id, describe(before));
        !s)
        return s;
    return tx.commit();
}

QList<Payment> PaymentStore::forClient(qint64 clientId)
{
    auto list = listForClient(clientId);
    return list ? std::move(list).value() : QList<Payment>();
}

Expected<QList<Payment>> PaymentStore::listForClient(qint64 clientId)
{
    Statement st(m_ctx.database.connection(),
                 selectColumns + u"WHERE client_id = :c ORDER BY paid_at DESC, id DESC"_s);
    st.bind(u":c"_s, clientId);
    return st.readAll([](const Statement &row) { return fromRow(row); });
}

Expected<QList<PaymentRow>> PaymentStore::search(const PaymentFilter &filter)
{
    QString sql = u"SELECT "_s + columnsOf(u"pay."_s) +
                  u", c.tv_username, c.full_name, COALESCE(p.name, '') FROM payments pay JOIN "
                  "clients c ON c.id = pay.client_id LEFT JOIN plans p ON p.id = pay.plan_id "_s;
    sql += uR"(WHERE (:from = '' OR pay.paid_at >= :from) AND (:to = '' OR pay.paid_at < :to)
    AND (:source = '' OR pay.source = :source) AND (:status = '' OR pay.status = :status)
    AND (:text = '' OR c.tv_username LIKE :like ESCAPE '\' OR c.full_name LIKE :like ESCAPE '\'
         OR c.email LIKE :like ESCAPE '\' OR lower(pay.reference) LIKE lower(:like) ESCAPE '\')
    ORDER BY pay.paid_at DESC, pay.id DESC LIMIT :limit)"_s;
    QString like = filter.text.trimmed();
    like.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    Statement st(m_ctx.database.connection(), sql);
    st.bind(u":from"_s, filter.from.isValid()
                            ? DbTime::toText(QDateTime(filter.from, QTime(0, 0), QTimeZone::utc()))
                            : QString())
        .bind(u":to"_s,
              filter.to.isValid()
                  ? DbTime::toText(QDateTime(filter.to.addDays(1), QTime(0, 0), QTimeZone::utc()))
                  : QString())
        .bind(u":source"_s, filter.source)
        .bind(u":status"_s, filter.status ? toText(*filter.status) : QString())
        .bind(u":text"_s, filter.text.trimmed())
        .bind(u":like"_s, QString(u'%' + like + u'%'))
        .bind(u":limit"_s, filter.limit);
    return st.readAll([](const Statement &row) {
        PaymentRow r;
        r.payment = fromRow(row);
        r.id = r.payment.id;
        r.tvUsername = row.value(16).toString();
        r.clientName = row.value(17).toString();
        r.planName = row.value(18).toString();
        return r;
    });
}

Expected<QStringList> PaymentStore::sources()
{
    Statement st(m_ctx.database.connection(),
                 u"SELECT DISTINCT source FROM payments ORDER BY source"_s);
    return st.readAll([](const Statement &row) { return row.value(0).toString(); });
}

QMap<QString, qint64> PaymentStore::totalsForClient(qint64 clientId)
{
    Statement st(m_ctx.database.connection(),
                 u"SELECT currency, SUM(amount_minor - refunded_minor) FROM payments "
                 "WHERE client_id = :c AND status IN ('paid', 'partially_refunded') "
                 "GROUP BY currency"_s);
    st.bind(u":c"_s, clientId);
    QMap<QString, qint64> totals;
    if (!st.exec())
        return totals;
    while (st.next())
        totals.insert(st.value(0).toString(), st.value(1).toLongLong());
    return totals;
}

qint64 PaymentStore::count()
{
    Statement st(m_ctx.database.connection(), u"SELECT COUNT(*) FROM payments"_s);
    const auto first = st.execAndFirst();
    return (first && *first) ? st.value(0).toLongLong() : -1;
}

QJsonObject PaymentStore::auditFields(const Payment &payment)
{
    return describe(payment);
}

} // namespace pinedesk
