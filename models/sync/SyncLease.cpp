// The queue lease side of SyncEngine: only the holder of the lease drains the queue. Split
// from SyncEngine.cpp to keep each file about one thing (like SyncConvergence.cpp).
#include "SyncEngine.h"

#include "logging/LogCategories.h"
#include "store/QueueLeaseStore.h"
#include "store/SyncLedger.h"

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

void SyncEngine::acquireLease()
{
    if (m_holdsLease || m_stopping)
        return;
    const auto claim = QueueLeaseStore(context()).tryAcquire(m_self, m_config.leaseStaleSeconds);
    if (!claim) {
        qCWarning(lcLease) << "cannot read the queue lease, trying again:"
                           << claim.error().detail();
        Q_EMIT readFailed(claim.error().message());
        return; // the lease timer tries again
    }
    if (!claim->acquired) {
        if (!m_leaseBusyReported)
            qCInfo(lcLease).noquote() << "the queue is applied by" << claim->other->kind << "pid"
                                      << claim->other->pid << "on" << claim->other->host;
        m_leaseBusyReported = true;
        Q_EMIT leaseBusy(*claim->other);
        updateState();
        return;
    }
    m_holdsLease = true;
    m_leaseBusyReported = false;
    // Only now, as the one owner, are rows of a dead owner due again.
    const auto recovered = SyncLedger(context(), m_self.ownerId).recoverInterrupted();
    if (!recovered) {
        qCWarning(lcLease) << "cannot recover interrupted rows:" << recovered.error().detail();
        loseLease();
        Q_EMIT readFailed(recovered.error().message());
        return;
    }
    if (*recovered > 0)
        qCInfo(lcSync) << "recovered" << *recovered << "interrupted changes";
    Q_EMIT leaseAcquired();
    m_pollTimer.start(int(pollSeconds * 1000));
    pump();
}

void SyncEngine::renewLease()
{
    const auto renewed = QueueLeaseStore(context()).renew(m_self.ownerId);
    if (!renewed) {
        // Busy: the next beat tries again; the stale limit is many beats away.
        qCWarning(lcLease) << "cannot renew the queue lease yet:" << renewed.error().detail();
        return;
    }
    if (!*renewed) {
        qCWarning(lcLease) << "the queue lease was taken over; this engine stops sending";
        loseLease();
    }
}

void SyncEngine::loseLease()
{
    m_holdsLease = false;
    m_pollTimer.stop();
    m_wakeTimer.stop();
    // Changes whose call was not sent yet are dropped (the new owner runs them); answers still
    // out are fenced off by the ledger and dropped as they arrive.
    for (auto &queue : m_calls) {
        for (const PendingCall &call : queue)
            m_ops.remove(call.opId);
        queue.clear();
    }
    for (const ParkedCall &call : std::exchange(m_parked, {}))
        m_ops.remove(call.opId);
    updateState();
}

} // namespace pinedesk
