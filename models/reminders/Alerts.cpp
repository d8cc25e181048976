#include "Alerts.h"

#include "channels/ChannelSettings.h"
#include "store/ChannelOutboxStore.h"
#include "store/NotificationStore.h"
#include "store/Transaction.h"

namespace pinedesk {

Expected<bool> Alerts::raise(const Notification &notification)
{
    using R = Expected<bool>;
    Transaction tx(m_ctx.database.connection());
    if (!tx.isActive())
        return R::failure(tx.error());
    const auto id = NotificationStore(m_ctx).raise(notification);
    if (!id)
        return R::failure(id.error());
    if (!*id)
        return false; // raised before: its messages were queued then
    const QList<TeamChannel::Kind> listeners =
        ChannelSettings::load(m_ctx).listeners(notification.kind);
    ChannelOutboxStore outbox(m_ctx);
    for (TeamChannel::Kind channel : listeners) {
        ChannelMessage message;
        message.channel = channel;
        message.dedupKey = notification.dedupKey;
        message.kind = Notification::toText(notification.kind);
        message.title = notification.title();
        message.body = notification.text();
        if (const auto queued = outbox.enqueue(message); !queued)
            return R::failure(queued.error());
    }
    if (const Status s = tx.commit(); !s)
        return R::failure(s.error());
    return true;
}

} // namespace pinedesk
