#pragma once

#include "StoreContext.h"
#include "domain/Expected.h"
#include "domain/Payment.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>

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
    Status remove(qint64 id);
    [[nodiscard]] Expected<QList<Payment>> listForClient(qint64 clientId);
    QList<Payment> forClient(qint64 clientId);
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
