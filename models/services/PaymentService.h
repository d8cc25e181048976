#pragma once

#include "ServiceContext.h"
#include "domain/Client.h"
#include "domain/Expected.h"
#include "domain/Payment.h"
#include "payments/PaymentRow.h"
#include "payments/PaymentSettings.h"
#include "store/ProductMapStore.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace pinedesk {

// Payments for every front end. A payment recorded as paid, for a plan, with `grantAccess`
// goes through PaymentRule like a provider's sale (the plan's access is granted or extended
// through the queue); any other is recorded as it is. Each write announces Change::Payments
// (and the access changes it queued).
class PaymentService
{
    Q_DECLARE_TR_FUNCTIONS(PaymentService)

public:
    explicit PaymentService(ServiceContext context)
        : m_ctx(std::move(context))
    {}

    [[nodiscard]] Expected<QList<PaymentRow>> payments(const PaymentFilter &filter);
    [[nodiscard]] Expected<QStringList> sources();
    [[nodiscard]] Expected<std::optional<Client>> clientByUsername(const QString &username);
    // The new payment's id.
    [[nodiscard]] Expected<qint64> record(const Payment &payment, bool grantAccess);
    [[nodiscard]] Status update(const Payment &payment);

    // Which plan each provider's product sells, and how payments turn into access.
    [[nodiscard]] Expected<QList<ProductMapStore::Mapping>> productMappings();
    [[nodiscard]] Status mapProduct(const QString &provider, const QString &productId,
                                    qint64 planId);
    [[nodiscard]] Status unmapProduct(const QString &provider, const QString &productId);
    PaymentSettings settings();
    [[nodiscard]] Status saveSettings(const PaymentSettings &settings);

private:
    void announce(bool accessChanged) const;

    ServiceContext m_ctx;
};

} // namespace pinedesk
