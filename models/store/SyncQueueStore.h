#pragma once

#include "StoreContext.h"
#include "domain/Expected.h"
#include "domain/SyncQueueRow.h"

#include <QList>
#include <QMap>

#include <optional>

namespace pinedesk {

class Statement;

// The outbox between the vendor's intent and TradingView. Rows name a (username, pine id) pair
// only; the engine reads the pair's intent when it runs, so a waiting row never goes stale.
class SyncQueueStore
{
public:
    explicit SyncQueueStore(StoreContext context)
        : m_ctx(std::move(context))
    {}

    // A named group of rows (a bulk run, a CLI command) whose progress is shown together.
    Expected<qint64> createBatch(const QString &label);

    // Queues convergence for the pair, joining a row that already waits for it. Meant to run
    // inside the caller's transaction, next to the change of intent. Returns the row id.
    Expected<qint64> enqueue(const QString &tvUsername, const QString &pineId,
                             std::optional<qint64> batchId);

    Expected<QMap<QueueState, qint64>> countsByState(std::optional<qint64> batchId = std::nullopt);
    Expected<std::optional<SyncQueueRow>> byId(qint64 id);
    // The newest row for the pair, if any (the access's sync state derives from it).
    Expected<std::optional<SyncQueueRow>> latestForPair(const QString &tvUsername,
                                                        const QString &pineId);
    Expected<QList<SyncQueueRow>> rows(QueueState state, int limit);
    // The rows of one username (ignoring case), newest first: its sync outcomes.
    [[nodiscard]] Expected<QList<SyncQueueRow>> forUsername(const QString &tvUsername, int limit);
    // What the Sync page lists: rows waiting, in flight or dead, dead and in-flight first.
    Expected<QList<SyncQueueRow>> unfinishedRows(int limit);
    // Cancels one waiting row (the intent stays as it is).
    Status cancelRow(qint64 rowId);

    // The vendor's controls. Cancelling leaves the intent as it is: the accesses keep saying
    // what the vendor wanted, TradingView is simply not told (the Sync page shows the drift).
    Status setBatchPaused(qint64 batchId, bool paused);
    Expected<int> cancelWaiting(std::optional<qint64> batchId);
    // Dead rows (all, or one) become due again; a pair that already waits is left to that row.
    Expected<int> retryDead(std::optional<qint64> rowId);

    // Reading rows, shared with SyncLedger: the column list and one row of it.
    static QString selectColumns();
    static SyncQueueRow fromRow(const Statement &st);

private:
    StoreContext m_ctx;
};

} // namespace pinedesk
