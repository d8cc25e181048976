#pragma once

#include "ServiceContext.h"
#include "domain/Expected.h"
#include "payments/WebhookEvent.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>

#include <optional>

namespace pinedesk {

// The inbox of payment webhooks for every front end: what arrived and how it ended, and the
// vendor's fixes. A fixed or replayed event goes back to "waiting"; the automation server
// (`pinedesk serve`) applies it, checking a corrected username on TradingView first.
class AutomationService
{
    Q_DECLARE_TR_FUNCTIONS(AutomationService)

public:
    explicit AutomationService(ServiceContext context)
        : m_ctx(std::move(context))
    {}

    // Newest first; only those in `state` when given.
    [[nodiscard]] Expected<QList<WebhookEvent>> inbox(int limit,
                                                      std::optional<WebhookEventState> state = {});
    [[nodiscard]] Expected<QMap<WebhookEventState, qint64>> counts();
    [[nodiscard]] Status fixUsername(qint64 eventId, const QString &username);
    [[nodiscard]] Status applyAgain(qint64 eventId);
    [[nodiscard]] Status ignore(qint64 eventId);

private:
    void announce() const;

    ServiceContext m_ctx;
};

} // namespace pinedesk
