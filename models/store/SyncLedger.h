#pragma once

#include "StoreContext.h"
#include "domain/Expected.h"
#include "domain/ServerObservation.h"
#include "domain/SyncQueueRow.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace pinedesk {

// The sync engine's side of the queue: take due rows, and record how each ended together with
// what TradingView now holds, in one transaction. Rows are done only after the server answered;
// rows found in flight at start-up (a crash) become due again.
class SyncLedger
{
    Q_DECLARE_TR_FUNCTIONS(SyncLedger)

public:
    // With a lease owner, claims and outcomes are fenced: they are written only while that
    // owner still holds the queue lease (an engine that was taken over cannot write).
    explicit SyncLedger(StoreContext context, QString leaseOwner = {})
        : m_ctx(std::move(context))
        , m_leaseOwner(std::move(leaseOwner))
    {}

    // The error kind a fenced write fails with once the lease is someone else's.
    static constexpr Error::Kind leaseLostKind = Error::Kind::Unavailable;

    // At engine start: rows left in flight by a crash run again. Returns how many.
    Expected<int> recoverInterrupted();
    // The oldest due row whose batch is not paused and whose pair is not already in flight,
    // marked in flight with one more attempt; nullopt when none is due.
    Expected<std::optional<SyncQueueRow>> claimNext();
    // When the next waiting row becomes due (nullopt: nothing waits).
    Expected<std::optional<QDateTime>> nextDue();
    Expected<qint64> waitingCount();

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

    Status checkLease(const QSqlDatabase &db);

    StoreContext m_ctx;
    QString m_leaseOwner;
};

} // namespace pinedesk
