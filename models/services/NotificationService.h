#pragma once

#include "ServiceContext.h"
#include "domain/Expected.h"
#include "reminders/Notification.h"

#include <QList>

namespace pinedesk {

// The vendor's notifications, for the notification centre: what to list, what the desktop has
// not shown yet, and marking them read or shown.
class NotificationService
{
public:
    struct Overview
    {
        QList<Notification> latest;  // newest first
        QList<Notification> unshown; // never shown on the desktop, oldest first
        int unread = 0;
    };

    explicit NotificationService(ServiceContext context)
        : m_ctx(std::move(context))
    {}

    [[nodiscard]] Expected<Overview> overview(int latest, int unshown);
    [[nodiscard]] Status markShown(const QList<qint64> &ids);
    [[nodiscard]] Status markRead(qint64 id);
    [[nodiscard]] Status markAllRead();

private:
    ServiceContext m_ctx;
};

} // namespace pinedesk
