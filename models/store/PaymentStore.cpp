#include "PaymentStore.h"

#include "AuditLog.h"
#include "DbTime.h"
#include "Statement.h"
#include "Transaction.h"

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

QJsonObject describe(const Payment &p)
{
    return {{u"client_id"_s, p.clientId},
            {u"amount"_s, p.amount.toPlainString()},
            {u"paid_at"_s, DbTime::toText(p.paidAt)},
            {u"reference"_s, p.reference},
            {u"source"_s, p.source}};
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
                     "reference, source, plan_id, created_at) VALUES (:c, :a, :cur, :paid, :r, "
                     ":s, :p, :now)"_s);
    st.bind(u":c"_s, payment.clientId)
        .bind(u":a"_s, payment.amount.minorUnits())
        .bind(u":cur"_s, payment.amount.currency())
        .bind(u":paid"_s, DbTime::toDb(payment.paidAt))
        .bind(u":r"_s, payment.reference)
        .bind(u":s"_s, payment.source)
        .bind(u":p"_s, payment.planId ? QVariant(*payment.planId)
                                      : QVariant(QMetaType::fromType<qlonglong>()))
        .bind(u":now"_s, DbTime::toDb(m_ctx.clock.nowUtc()));
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

Status PaymentStore::remove(qint64 id)
{
    const QSqlDatabase db = m_ctx.database.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    Statement find(db, u"SELECT id, client_id, amount_minor, currency, paid_at, reference, "
                       "source, plan_id, created_at FROM payments WHERE id = :id"_s);
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
                 u"SELECT id, client_id, amount_minor, currency, paid_at, reference, source, "
                 "plan_id, created_at FROM payments WHERE client_id = :c "
                 "ORDER BY paid_at DESC, id DESC"_s);
    st.bind(u":c"_s, clientId);
    return st.readAll([](const Statement &row) { return fromRow(row); });
}

QMap<QString, qint64> PaymentStore::totalsForClient(qint64 clientId)
{
    Statement st(m_ctx.database.connection(),
                 u"SELECT currency, SUM(amount_minor) FROM payments WHERE client_id = :c "
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
