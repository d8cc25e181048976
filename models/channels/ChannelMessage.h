#pragma once

#include "TeamChannel.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace pinedesk {

// One message for a team channel, written whole when it is queued (in the language PineDesk
// speaks then), then sent, retried later, or given up with the reason.
struct ChannelMessage
{
    enum class State { Pending, Retry, Sent, Dead };

    qint64 id = 0;
    TeamChannel::Kind channel = TeamChannel::Kind::Discord;
    QString dedupKey; // once per channel: the notification's key
    QString kind;     // Notification::toText, or "test"
    QString title;
    QString body;
    State state = State::Pending;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
    QDateTime createdAt;
    std::optional<QDateTime> sentAt;

    static QString toText(State state);
    static State stateFromText(const QString &text);
};

} // namespace pinedesk
