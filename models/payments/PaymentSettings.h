#pragma once

#include "store/StoreContext.h"

#include <QCoreApplication>

namespace pinedesk {

// How payments turn into access, agreed for the whole business (kept in the database, so the
// GUI and `pinedesk serve` follow the same rule).
struct PaymentSettings
{
    Q_DECLARE_TR_FUNCTIONS(PaymentSettings)

public:
    enum class RefundAction { RevokeNow, AtPeriodEnd };

    // Days of access after a paid period ends: a renewal charged a little late does not cut
    // the client off.
    int graceDays = 3;
    RefundAction refundAction = RefundAction::RevokeNow;

    static PaymentSettings load(StoreContext context);
    Status save(StoreContext context) const;

    static constexpr int maxGraceDays = 60;
};

} // namespace pinedesk
