#pragma once

#include "TeamChannel.h"
#include "domain/Expected.h"
#include "reminders/Notification.h"
#include "store/StoreContext.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>

namespace pinedesk {

// Which team channels are on and what each hears, agreed for the whole business (kept in the
// database, so the window and `serve` agree). The channels' addresses and tokens are secrets:
// they live in the keychain (TeamChannelSecret), never here.
struct ChannelSettings
{
    Q_DECLARE_TR_FUNCTIONS(ChannelSettings)

public:
    struct Channel
    {
        bool enabled = false;
        QList<Notification::Kind> events = defaultEvents();
    };

    QMap<TeamChannel::Kind, Channel> channels;
    QString telegramChatId; // "-1001234567890" or "@channelname"
    QString telegramApi = QStringLiteral("https://api.telegram.org");

    static QList<Notification::Kind> defaultEvents();
    Channel channel(TeamChannel::Kind kind) const { return channels.value(kind); }
    // The channels that are on and hear `kind`.
    QList<TeamChannel::Kind> listeners(Notification::Kind kind) const;

    static ChannelSettings load(StoreContext context);
    Status save(StoreContext context) const;
    // A Telegram chat is a number (negative for groups) or @name; a clear sentence otherwise.
    static std::optional<QString> checkChatId(const QString &chatId);
};

} // namespace pinedesk
