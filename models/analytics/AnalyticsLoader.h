#pragma once

#include "BusinessFacts.h"
#include "domain/Expected.h"
#include "store/StoreContext.h"

#include <atomic>

namespace pinedesk {

// Reads what analytics needs in one pass: the access history folded into terms, the payments
// net of refunds, the plans, indicators and client names, and the churn grace period. Run it on
// a worker; a failed read is an error, never empty figures.
class AnalyticsLoader
{
public:
    static constexpr int defaultGraceDays = 7;
    static inline const QString graceKey = QStringLiteral("analytics.churn_grace_days");

    explicit AnalyticsLoader(StoreContext context)
        : m_ctx(std::move(context))
    {}

    [[nodiscard]] Expected<BusinessFacts> load(const std::atomic<bool> *cancel = nullptr);

private:
    StoreContext m_ctx;
};

} // namespace pinedesk
