#pragma once

#include "StoreContext.h"
#include "domain/Expected.h"

namespace pinedesk {

// What waits for the vendor, counted for the notifications: the changes TradingView refused for
// good, the payment events that need a decision, the differences the last reconciliation found.
// `latestId` grows when a new one appears.
class AttentionStore
{
public:
    struct Count
    {
        int count = 0;
        qint64 latestId = 0;
    };

    explicit AttentionStore(StoreContext context)
        : m_ctx(std::move(context))
    {}

    [[nodiscard]] Expected<Count> deadRows();
    [[nodiscard]] Expected<Count> webhookEventsNeedingAttention();
    // The differences the latest reconciliation found (latestId: that reconciliation).
    [[nodiscard]] Expected<Count> latestDrift();

private:
    Expected<Count> count(const QString &sql);

    StoreContext m_ctx;
};

} // namespace pinedesk
