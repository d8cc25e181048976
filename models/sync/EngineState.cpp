#include "EngineState.h"

namespace pinedesk {

QString EngineStateNames::displayName(EngineState state)
{
    switch (state) {
    case EngineState::Idle:
        return tr("Idle: nothing waiting to be sent");
    case EngineState::Running:
        return tr("Syncing with TradingView");
    case EngineState::PausedByUser:
        return tr("Paused");
    case EngineState::PausedSessionExpired:
        return tr("Paused: the TradingView session expired");
    case EngineState::CircuitOpen:
        return tr("Waiting: TradingView keeps failing, trying again shortly");
    case EngineState::Offline:
        return tr("Offline: TradingView cannot be reached");
    case EngineState::WaitingForQueue:
        return tr("Waiting: another PineDesk is applying the queue");
    }
    return {};
}

} // namespace pinedesk
