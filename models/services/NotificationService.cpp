#include "NotificationService.h"

#include "store/NotificationStore.h"

namespace pinedesk {

Expected<NotificationService::Overview> NotificationService::overview(int latest, int unshown)
{
    using R = Expected<Overview>;
    NotificationStore store(m_ctx.store);
    auto list = store.latest(latest);
    if (!list)
        return R::failure(list.error());
    auto waiting = store.unshown(unshown);
    if (!waiting)
        return R::failure(waiting.error());
    const auto unread = store.unreadCount();
    if (!unread)
        return R::failure(unread.error());
    return Overview{std::move(list).value(), std::move(waiting).value(), *unread};
}

Status NotificationService::markShown(const QList<qint64> &ids)
{
    NotificationStore store(m_ctx.store);
    for (qint64 id : ids) {
        if (const Status s = store.markShown(id); !s)
            return s;
    }
    return {};
}

Status NotificationService::markRead(qint64 id)
{
    return NotificationStore(m_ctx.store).markRead(id);
}

Status NotificationService::markAllRead()
{
    return NotificationStore(m_ctx.store).markAllRead();
}

} // namespace pinedesk
