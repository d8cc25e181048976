#pragma once

#include "domain/Expected.h"
#include "store/StoreContext.h"
#include "sync/EngineState.h"

namespace pinedesk {

// Raises a notification when something new waits for the vendor: changes TradingView refused
// for good, payment events that need a decision, differences found by a reconciliation. Once
// per new arrival (keyed by the newest one), never again after a restart.
class NotificationSweep
{
public:
    explicit NotificationSweep(StoreContext context)
        : m_ctx(std::move(context))
    {}

    // How many notifications were raised.
    [[nodiscard]] Expected<int> run();
    // A backup that failed (the scheduler reports it).
    [[nodiscard]] Expected<int> backupFailed(const QString &reason);
    // The sync engine's state: an expired session (once a day) or TradingView failing so that
    // the circuit opened (once an hour) is raised; other states raise nothing.
    [[nodiscard]] Expected<int> engineState(EngineState state);

private:
    StoreContext m_ctx;
};

} // namespace pinedesk
