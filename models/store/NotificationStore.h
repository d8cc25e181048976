#pragma once

#include "StoreContext.h"
#include "domain/Expected.h"
#include "reminders/Notification.h"

#include <QList>

namespace pinedesk {

// The vendor's notifications: each raised once per dedup key, kept across restarts, read or
// unread.
class NotificationStore
{
public:
    explicit NotificationStore(StoreContext context)
        : m_ctx(std::move(context))
    {}

    // The new notification's id, or nullopt when one with that key was raised before.
    [[nodiscard]] Expected<std::optional<qint64>> raise(const Notification &notification);
    [[nodiscard]] Expected<QList<Notification>> latest(int limit);
    [[nodiscard]] Expected<int> unreadCount();
    // Unread notifications never shown on the desktop, oldest first.
    [[nodiscard]] Expected<QList<Notification>> unshown(int limit);
    Status markRead(qint64 id);
    Status markAllRead();
    Status markShown(qint64 id);

private:
    StoreContext m_ctx;
};

} // namespace pinedesk
