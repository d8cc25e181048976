#pragma once

#include "StoreContext.h"
#include "domain/Expected.h"
#include "domain/LeaseHolder.h"

#include <optional>

namespace pinedesk {

// The single row that says which engine drains the queue. Acquire, renew and release are each
// one short write transaction; a holder whose heartbeat is older than the stale limit, or whose
// process is gone on this very host, is taken over.
class QueueLeaseStore
{
public:
    struct Claim
    {
        bool acquired = false;
        // Acquired: the previous holder that was found dead (its rows in flight are recovered).
        // Not acquired: the live holder.
        std::optional<LeaseHolder> other;
    };

    explicit QueueLeaseStore(StoreContext context)
        : m_ctx(std::move(context))
    {}

    [[nodiscard]] Expected<Claim> tryAcquire(const LeaseHolder &me, double staleSeconds);
    // Renews the heartbeat. Returns false when the lease is no longer ours (taken over).
    [[nodiscard]] Expected<bool> renew(const QString &ownerId);
    [[nodiscard]] Status release(const QString &ownerId);
    [[nodiscard]] Expected<std::optional<LeaseHolder>> holder();

    // Whether the holder is dead as seen from here: its heartbeat is stale, or it ran on this
    // host and its process no longer exists.
    static bool isDead(const LeaseHolder &holder, const QDateTime &now, double staleSeconds);
    static QString thisHost();

private:
    StoreContext m_ctx;
};

} // namespace pinedesk
