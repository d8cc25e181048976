#pragma once

#include "SandboxState.h"
#include "store/StoreContext.h"

namespace pinedesk {

// Builds the sandbox's TradingView from a PineDesk database, so that Sandbox mode starts
// consistent with the demo data: every client's username is a TradingView user, every catalog
// script belongs to the account, and the accesses TradingView was last known to hold are granted.
class SandboxSeeder
{
public:
    static SandboxState fromDatabase(StoreContext context);
};

} // namespace pinedesk
