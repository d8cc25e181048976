#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace pinedesk {

// What the sync engine is doing, as the status bar and the Sync page show it.
enum class EngineState {
    Idle,
    Running,
    PausedByUser,
    PausedSessionExpired,
    CircuitOpen,
    Offline,
    WaitingForQueue, // another PineDesk holds the queue lease
};

class EngineStateNames
{
    Q_DECLARE_TR_FUNCTIONS(EngineStateNames)

public:
    static QString displayName(EngineState state);
};

} // namespace pinedesk

Q_DECLARE_METATYPE(pinedesk::EngineState)
