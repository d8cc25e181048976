#include "ChannelDrain.h"

#include "ChannelSettings.h"
#include "jobs/Pacer.h"
#include "store/ChannelOutboxStore.h"

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace pinedesk {

ChannelDrain::ChannelDrain(StoreContext context, QMap<TeamChannel::Kind, QByteArray> secrets)
    : m_ctx(std::move(context))
    , m_secrets(std::move(secrets))
{}

std::chrono::milliseconds ChannelDrain::pace(TeamChannel::Kind kind)
{
    switch (kind) {
    case TeamChannel::Kind::Discord:
        return 2000ms;
    case TeamChannel::Kind::Slack:
        return 1000ms;
    case TeamChannel::Kind::Telegram:
        return 3000ms;
    }
    return 3000ms;
}

std::chrono::seconds ChannelDrain::backoff(int attemptsSoFar)
{
    static const std::chrono::seconds steps[] = {1min, 5min, 30min, 2h, 6h};
    return steps[std::clamp(attemptsSoFar, 0, 4)];
}

Expected<ChannelDrain::Result> ChannelDrain::run(int maxPerChannel, const std::atomic<bool> *cancel)
{
    using R = Expected<Result>;
    const ChannelSettings settings = ChannelSettings::load(m_ctx);
    ChannelOutboxStore outbox(m_ctx);
    Result result;
    for (TeamChannel::Kind kind : TeamChannel::allKinds) {
        const auto due = outbox.due(kind, maxPerChannel);
        if (!due)
            return R::failure(due.error());
        if (due->isEmpty())
            continue;
        ChannelPoster::Target target;
        target.kind = kind;
        target.secret = m_secrets.value(kind);
        if (target.secret.trimmed().isEmpty()) {
            // Nothing to try with: the messages wait, untouched, for the address.
            result.problems.append(
                tr("%1 has messages waiting, but no %2 is saved; set it in "
                   "Settings › Team channels.")
                    .arg(TeamChannel::displayName(kind), TeamChannel::secretName(kind)));
            continue;
        }
        target.telegramChatId = settings.telegramChatId;
        target.telegramApi = settings.telegramApi;
        const ChannelPoster poster(target);
        Pacer pace(
            std::chrono::milliseconds(qint64(ChannelDrain::pace(kind).count() * m_paceScale)));
        for (const ChannelMessage &message : *due) {
            if (!pace.waitTurn(cancel))
                return result;
            const auto mine = outbox.claim(message, m_ctx.clock.nowUtc().addSecs(claimSeconds));
            if (!mine)
                return R::failure(mine.error());
            if (!*mine)
                continue; // another sender has it
            const auto failure = poster.post(message.title, message.body);
            const QDateTime now = m_ctx.clock.nowUtc();
            Status written;
            if (!failure) {
                written = outbox.markSent(message.id);
                ++result.sent;
            } else if (failure->retryAfterSeconds) {
                written = outbox.markRetry(message.id, now.addSecs(*failure->retryAfterSeconds),
                                           failure->message, false);
                ++result.retried;
            } else if (failure->permanent || message.attempts + 1 >= maxAttempts) {
                written = outbox.markDead(message.id, failure->message);
                ++result.dead;
            } else {
                written =
                    outbox.markRetry(message.id, now.addSecs(backoff(message.attempts).count()),
                                     failure->message, true);
                ++result.retried;
            }
            if (!written)
                return R::failure(written.error());
            if (failure && failure->channelDown) {
                result.problems.append(failure->message);
                break;
            }
        }
    }
    return result;
}

} // namespace pinedesk
