#pragma once

#include "Notification.h"
#include "domain/Expected.h"
#include "store/StoreContext.h"

namespace pinedesk {

// Where every notification is raised: into the vendor's notification centre and, when it is
// new, onto the outbox of each team channel (Discord, Slack, Telegram) that hears its kind.
// Both in the caller's transaction, so a notification and its messages come together or not.
class Alerts
{
public:
    explicit Alerts(StoreContext context)
        : m_ctx(std::move(context))
    {}

    // True when the notification is new (its key was never raised before).
    [[nodiscard]] Expected<bool> raise(const Notification &notification);

private:
    StoreContext m_ctx;
};

} // namespace pinedesk
