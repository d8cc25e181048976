#pragma once

#include "TeamChannel.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace pinedesk {

// Posts one message to a team channel with libcurl over HTTPS: a Discord or Slack incoming
// webhook, or Telegram's sendMessage. Mentions are never pinged and the text is escaped, so a
// client's name cannot format or alert anyone. Blocking: a worker or a command runs it. The
// address or token never appears in what it reports.
class ChannelPoster
{
    Q_DECLARE_TR_FUNCTIONS(ChannelPoster)

public:
    struct Target
    {
        TeamChannel::Kind kind = TeamChannel::Kind::Discord;
        QByteArray secret; // the webhook address, or the bot token
        QString telegramChatId;
        QString telegramApi = QStringLiteral("https://api.telegram.org");
    };
    struct Failure
    {
        QString message;                      // for the vendor
        bool permanent = false;               // this message will never be accepted
        bool channelDown = false;             // nothing more goes to this channel now
        std::optional<int> retryAfterSeconds; // the channel asked to wait (rate limit)
    };

    explicit ChannelPoster(Target target);

    std::optional<Failure> post(const QString &title, const QString &body) const;

    // What is sent, as JSON: exposed so tests read exactly what a channel receives.
    static QByteArray payload(const Target &target, const QString &title, const QString &body);

private:
    Failure failureFor(long status, const QByteArray &answer, std::optional<int> retryAfter) const;

    Target m_target;
};

} // namespace pinedesk
