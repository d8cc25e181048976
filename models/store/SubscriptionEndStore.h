#pragma once

#include "StoreContext.h"
#include "domain/Expected.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace pinedesk {

// When a provider's subscription was cancelled or ended, and where that left the access.
// Providers do not deliver in order: a payment that arrives after the end it precedes must not
// grant again.
class SubscriptionEndStore
{
public:
    enum class Kind { Cancelled, Ended };
    struct End
    {
        Kind kind = Kind::Ended;
        QDateTime endedAt;     // when the provider ended or cancelled it
        QDateTime accessUntil; // cancelled: the access runs to here; invalid when ended
    };

    explicit SubscriptionEndStore(StoreContext context)
        : m_ctx(std::move(context))
    {}

    // Keeps the latest end of the subscription.
    Status record(const QString &provider, const QString &subscriptionRef, const End &end);
    [[nodiscard]] Expected<std::optional<End>> find(const QString &provider,
                                                    const QString &subscriptionRef);

private:
    StoreContext m_ctx;
};

} // namespace pinedesk
