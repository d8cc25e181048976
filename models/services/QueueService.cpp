#include "QueueService.h"

#include "ChangeFeed.h"
#include "store/SyncQueueStore.h"

namespace pinedesk {

void QueueService::announce() const
{
    m_ctx.announce(Change::Queue);
}

Status QueueService::setBatchPaused(qint64 batchId, bool paused)
{
    if (const Status allowed = m_ctx.require(Permission::ManageQueue); !allowed)
        return allowed;
    const Status s = SyncQueueStore(m_ctx.store).setBatchPaused(batchId, paused);
    if (s)
        announce();
    return s;
}

Expected<int> QueueService::cancelWaiting(std::optional<qint64> batchId)
{
    if (const Status allowed = m_ctx.require(Permission::ManageQueue); !allowed)
        return Expected<int>::failure(allowed.error());
    auto cancelled = SyncQueueStore(m_ctx.store).cancelWaiting(batchId);
    if (cancelled)
        announce();
    return cancelled;
}

Status QueueService::cancelRow(qint64 rowId)
{
    if (const Status allowed = m_ctx.require(Permission::ManageQueue); !allowed)
        return allowed;
    const Status s = SyncQueueStore(m_ctx.store).cancelRow(rowId);
    if (s)
        announce();
    return s;
}

Expected<int> QueueService::retryDead(std::optional<qint64> rowId)
{
    if (const Status allowed = m_ctx.require(Permission::ManageQueue); !allowed)
        return Expected<int>::failure(allowed.error());
    auto retried = SyncQueueStore(m_ctx.store).retryDead(rowId);
    if (retried)
        announce();
    return retried;
}

Expected<QMap<QueueState, qint64>> QueueService::counts(std::optional<qint64> batchId)
{
    return SyncQueueStore(m_ctx.store).countsByState(batchId);
}

} // namespace pinedesk
