#pragma once

#include "QueueState.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace pinedesk {

// Whether TradingView already holds what the vendor intends for one access.
enum class SyncState { InSync, Pending, Failed, NeedsAttention };

class SyncStateRule
{
    Q_DECLARE_TR_FUNCTIONS(SyncStateRule)

public:
    // latestRow: the state of the newest queue row for the pair, if any.
    // serverMatchesIntent: what TradingView last reported equals the current intent.
    static SyncState stateOf(std::optional<QueueState> latestRow, bool serverMatchesIntent);
    static QString displayName(SyncState state);
};

} // namespace pinedesk
