#pragma once

#include "domain/Expected.h"
#include "store/StoreContext.h"

namespace pinedesk {

// Tells the vendor (and the team channels that hear it) of money a provider reported: a new
// sale, or a charge that failed. Once per payment and kind, however often the provider repeats
// itself. Only for what providers report, never for the vendor's own entries or imports.
class PaymentAlert
{
public:
    explicit PaymentAlert(StoreContext context)
        : m_ctx(std::move(context))
    {}

    // True when the vendor was told now; false when told before or the payment is unknown.
    [[nodiscard]] Expected<bool> raise(qint64 paymentId);

private:
    StoreContext m_ctx;
};

} // namespace pinedesk
