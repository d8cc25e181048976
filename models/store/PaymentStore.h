#pragma once

#include "StoreContext.h"
#include "domain/Expected.h"
#include "domain/Payment.h"
#include "payments/PaymentRow.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

namespace pinedesk {

class Statement;

// Payments received from clients. A non-empty reference is unique per source, so importing the
// same export twice cannot count money twice.
class PaymentStore
{
    Q_DECLARE_TR_FUNCTIONS(PaymentStore)

public:
    explicit PaymentStore(StoreContext context)
        : m_ctx(std::move(context))
    {}

    Expected<qint64> add(Payment payment);
    // Changes what the vendor may edit (amount, date, method, reference, plan, note, status).
    Status update(Payment payment);
    Status remove(qint64 id);
    [[nodiscard]] Expected<std::optional<Payment>> findById(qint64 id);
    // The provider's other ids for a payment (charge, payment intent, order...), each unique.
    Status addRefs(qint64 paymentId, const QString &provider, const QStringList &refs);
    // Other ids for a payment that may not be recorded yet (Stripe's invoice payments name the
    // invoice's payment intent in an event of their own).
    Status addAliases(const QString &provider, const QString &ref, const QStringList &aliases);
    // The payment a provider knows by any of these ids (its reference, one added above, or the
    // reference an alias stands for).
    [[nodiscard]] Expected<std::optional<Payment>> findByRefs(const QString &provider,
                                                              const QStringList &refs);
    // The latest kept payment (paid or partially refunded) of a provider's subscription.
    [[nodiscard]] Expected<std::optional<Payment>>
    latestForSubscription(const QString &provider, const QString &subscriptionRef);
    Status setStatus(qint64 id, PaymentStatus status, qint64 refundedMinor);
    [[nodiscard]] Expected<QList<Payment>> listForClient(qint64 clientId);
    QList<Payment> forClient(qint64 clientId);
    // The payments the filter selects, newest first, with client and plan names.
    [[nodiscard]] Expected<QList<PaymentRow>> search(const PaymentFilter &filter);
    // Every source a payment came from ("manual", "stripe", ...), for the filter.
    [[nodiscard]] Expected<QStringList> sources();
    // Sum per currency (amounts in different currencies are never added together).
    QMap<QString, qint64> totalsForClient(qint64 clientId);
    qint64 count();

    // The audit details of a payment (shared with ClientBatchWriter).
    static QJsonObject auditFields(const Payment &payment);

private:
    static Payment fromRow(const Statement &st);

    StoreContext m_ctx;
};

} // namespace pinedesk
