#pragma once

#include "StoreContext.h"
#include "domain/Expected.h"
#include "domain/ServerObservation.h"
#include "domain/SyncQueueRow.h"

#include <QDateTime>

#include <optional>

namespace pinedesk {

// The sync engine's side of the queue: take due rows, and record how each ended together with
// what TradingView now holds, in one transaction. Rows are done only after the server answered;
// rows found in flight at start-up (a crash) become due again.
class SyncLedger
{
public:
    explicit SyncLedger(StoreContext context)
        : m_ctx(std::move(context))
    {}

    // At engine start: rows left in flight by a crash run again. Returns how many.
    Expected<int> recoverInterrupted();
    // The oldest due row whose batch is not paused and whose pair is not already in flight,
    // marked in flight with one more attempt; nullopt when none is due.
    Expected<std::optional<SyncQueueRow>> claimNext();
    // When the next waiting row becomes due (nullopt: nothing waits).
    std::optional<QDateTime> nextDue();
    qint64 waitingCount();

    Status finishDone(qint64 rowId, const QString &result,
                      const std::optional<ServerObservation> &observed);
    // Due again at `at`. When another row already waits for the pair, this one is superseded.
    Status finishRetry(qint64 rowId, const QDateTime &at, const QString &error, bool countAttempt,
                       const std::optional<ServerObservation> &observed = {});
    Status finishDead(qint64 rowId, const QString &reason,
                      const std::optional<ServerObservation> &observed = {});

private:
    Status finish(qint64 rowId, const QString &state, const QString &result, const QString &error,
                  const QDateTime &nextAttempt, bool countAttempt,
                  const std::optional<ServerObservation> &observed);

    StoreContext m_ctx;
};

} // namespace pinedesk
