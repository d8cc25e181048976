#pragma once

#include "StoreContext.h"
#include "channels/ChannelMessage.h"
#include "domain/Expected.h"

#include <QList>
#include <QMap>

namespace pinedesk {

// The durable outbox of the team channels, like the e-mail outbox: each message queued once per
// channel and key, then sent, retried later, or dead with its reason.
class ChannelOutboxStore
{
public:
    explicit ChannelOutboxStore(StoreContext context)
        : m_ctx(std::move(context))
    {}

    // False when that channel already had a message with that key (nothing is added).
    [[nodiscard]] Expected<bool> enqueue(const ChannelMessage &message);
    // Pending and retry rows of the channel whose time has come, oldest first.
    [[nodiscard]] Expected<QList<ChannelMessage>> due(TeamChannel::Kind channel, int limit);
    [[nodiscard]] Expected<QList<ChannelMessage>> latest(int limit);
    [[nodiscard]] Expected<QMap<ChannelMessage::State, int>> counts();
    // Takes the message for this sender until `until` (another window or `serve` sending the
    // same outbox skips it; a sender that died lets it go again then). False: taken already.
    [[nodiscard]] Expected<bool> claim(const ChannelMessage &message, const QDateTime &until);
    Status markSent(qint64 id);
    Status markRetry(qint64 id, const QDateTime &when, const QString &error, bool countAttempt);
    Status markDead(qint64 id, const QString &error);
    // Every dead or waiting message goes again now; how many.
    [[nodiscard]] Expected<int> retryAllNow();

private:
    StoreContext m_ctx;
};

} // namespace pinedesk
