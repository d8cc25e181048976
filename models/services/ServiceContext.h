#pragma once

#include "store/StoreContext.h"

namespace pinedesk {

class ChangeFeed;

// What every service needs: the store context (database, clock, who acts) and the change feed
// it announces its commits on (null: nobody listens, e.g. a one-shot CLI command).
struct ServiceContext
{
    StoreContext store;
    ChangeFeed *feed = nullptr;
};

} // namespace pinedesk
