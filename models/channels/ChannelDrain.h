#pragma once

#include "ChannelPoster.h"
#include "domain/Expected.h"
#include "store/StoreContext.h"

#include <QMap>
#include <QStringList>

#include <atomic>
#include <chrono>

namespace pinedesk {

// Sends what the team channels' outbox holds, each channel at its own pace (what Discord, Slack
// and Telegram accept from one webhook or bot): a sent message is marked at once; a failure is
// retried later with backoff, then dead with its reason; a rate limit waits as long as the
// channel asks, without counting against the message; a channel that is down or refuses its
// address gets nothing more in this run. Blocking: a worker or a command runs it.
class ChannelDrain
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDrain)

public:
    struct Result
    {
        int sent = 0;
        int retried = 0;
        int dead = 0;
        QStringList problems; // one line per channel that could not be reached
    };
    static constexpr int maxAttempts = 8;
    // How long a message is this sender's while it posts it: the window and `serve` may both
    // send one outbox, and neither posts what the other holds.
    static constexpr int claimSeconds = 120;

    // `secrets`: each channel's webhook address or token, from the keychain.
    ChannelDrain(StoreContext context, QMap<TeamChannel::Kind, QByteArray> secrets);

    [[nodiscard]] Expected<Result> run(int maxPerChannel,
                                       const std::atomic<bool> *cancel = nullptr);

    // The least time between two messages to one channel: Slack takes one a second, Discord
    // 30 a minute per webhook, Telegram 20 a minute in a group.
    static std::chrono::milliseconds pace(TeamChannel::Kind kind);
    static std::chrono::seconds backoff(int attemptsSoFar);
    // Tests spare the wait between messages; the pace itself is what the channels document.
    void setPaceScale(double scale) { m_paceScale = scale; }

private:
    StoreContext m_ctx;
    QMap<TeamChannel::Kind, QByteArray> m_secrets;
    double m_paceScale = 1.0;
};

} // namespace pinedesk
