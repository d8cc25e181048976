#include "ChannelService.h"

#include "store/ChannelOutboxStore.h"

namespace pinedesk {

ChannelSettings ChannelService::settings() const
{
    return ChannelSettings::load(m_ctx.store);
}

Status ChannelService::save(const ChannelSettings &settings)
{
    if (const Status allowed = m_ctx.require(Permission::ChangeSettings); !allowed)
        return allowed;
    return settings.save(m_ctx.store);
}

Expected<ChannelService::Summary> ChannelService::summary(int latest)
{
    using R = Expected<Summary>;
    ChannelOutboxStore store(m_ctx.store);
    Summary s;
    auto counts = store.counts();
    if (!counts)
        return R::failure(counts.error());
    s.counts = *counts;
    auto list = store.latest(latest);
    if (!list)
        return R::failure(list.error());
    s.latest = std::move(list).value();
    for (const ChannelMessage &m : std::as_const(s.latest)) {
        if (m.state != ChannelMessage::State::Sent && !m.lastError.isEmpty()) {
            s.lastProblem = m.lastError;
            break;
        }
    }
    return s;
}

Expected<int> ChannelService::retryAll()
{
    if (const Status allowed = m_ctx.require(Permission::ManageQueue); !allowed)
        return Expected<int>::failure(allowed.error());
    return ChannelOutboxStore(m_ctx.store).retryAllNow();
}

} // namespace pinedesk
