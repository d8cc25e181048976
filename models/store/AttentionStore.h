#pragma once

#include "StoreContext.h"
#include "domain/Expected.h"

namespace pinedesk {

// What waits for the vendor, counted for the notifications: the changes TradingView refused for
// good, and the payment events that need a decision. `latestId` grows when a new one appears.
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

private:
    Expected<Count> count(const QString &sql);

    StoreContext m_ctx;
};

} // namespace pinedesk
