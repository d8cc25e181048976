#pragma once

#include "StoreContext.h"
#include "domain/Expected.h"

#include <optional>

namespace pinedesk {

// Which client a provider's customer is: learnt from the event that carried the TradingView
// username, used by later events that do not (renewals, cancellations, refunds).
class CustomerLinkStore
{
public:
    explicit CustomerLinkStore(StoreContext context)
        : m_ctx(std::move(context))
    {}

    Status link(const QString &provider, const QString &customerRef, qint64 clientId);
    [[nodiscard]] Expected<std::optional<qint64>> clientFor(const QString &provider,
                                                            const QString &customerRef);

private:
    StoreContext m_ctx;
};

} // namespace pinedesk
