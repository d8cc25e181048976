#include "QueueService.h"

#include "ChangeFeed.h"
#include "store/SyncQueueStore.h"

namespace pinedesk {

void QueueService::announce() const
{
    if (m_ctx.feed)
        m_ctx.feed->announce(Change::Queue);
}

Status QueueService::setBatchPaused(qint64 batchId, bool paused)
{
    const Status s = SyncQueueStore(m_ctx.store).setBatchPaused(batchId, paused);
    if (s)
        announce();
    return s;
}

Expected<int> QueueService::cancelWaiting(std::optional<qint64> batchId)
{
    auto cancelled = SyncQueueStore(m_ctx.store).cancelWaiting(batchId);
    if (cancelled)
        announce();
    return cancelled;
}

Status QueueService::cancelRow(qint64 rowId)
{
    const Status s = SyncQueueStore(m_ctx.store).cancelRow(rowId);
    if (s)
        announce();
    return s;
}

Expected<int> QueueService::retryDead(std::optional<qint64> rowId)
{
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
