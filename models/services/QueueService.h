#pragma once

#include "ServiceContext.h"
#include "domain/Expected.h"
#include "domain/QueueState.h"

#include <QMap>

#include <optional>

namespace pinedesk {

// The vendor's controls over the sync queue, for the Sync page, the bulk wizard and the
// `queue` command: pause or resume a batch, cancel waiting changes, retry failed ones. Each
// announces Change::Queue after it committed.
class QueueService
{
public:
    explicit QueueService(ServiceContext context)
        : m_ctx(std::move(context))
    {}

    [[nodiscard]] Status setBatchPaused(qint64 batchId, bool paused);
    // All waiting changes of the batch (or of every batch); returns how many.
    [[nodiscard]] Expected<int> cancelWaiting(std::optional<qint64> batchId);
    [[nodiscard]] Status cancelRow(qint64 rowId);
    // Failed changes (all, or one) due again; returns how many.
    [[nodiscard]] Expected<int> retryDead(std::optional<qint64> rowId);
    // Rows by state, of one batch or of the whole queue.
    [[nodiscard]] Expected<QMap<QueueState, qint64>> counts(std::optional<qint64> batchId = {});

private:
    void announce() const;

    ServiceContext m_ctx;
};

} // namespace pinedesk
