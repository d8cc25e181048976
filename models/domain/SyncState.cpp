#include "SyncState.h"

namespace pinedesk {

SyncState SyncStateRule::stateOf(std::optional<QueueState> latestRow, bool serverMatchesIntent)
{
    if (latestRow) {
        switch (*latestRow) {
        case QueueState::Pending:
        case QueueState::InFlight:
            return SyncState::Pending;
        case QueueState::Retry:
            return SyncState::Failed;
        case QueueState::Dead:
            return SyncState::NeedsAttention;
        case QueueState::Done:
        case QueueState::Cancelled:
            break;
        }
    }
    // Nothing is queued: either the server holds the intent, or they drifted apart (a cancelled
    // row, a change made on TradingView by hand) and a person should look.
    return serverMatchesIntent ? SyncState::InSync : SyncState::NeedsAttention;
}

QString SyncStateRule::displayName(SyncState state)
{
    switch (state) {
    case SyncState::InSync:
        return tr("In sync");
    case SyncState::Pending:
        return tr("Pending");
    case SyncState::Failed:
        return tr("Failed, will retry");
    case SyncState::NeedsAttention:
        return tr("Needs attention");
    }
    return {};
}

} // namespace pinedesk
