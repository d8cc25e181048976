#pragma once

#include "store/StoreContext.h"

namespace pinedesk {

class ChangeFeed;

// What every service needs: the store context (database, clock, who acts) and the change feed
// it announces its commits on (null: nobody listens, e.g. a one-shot CLI command). A bare
// StoreContext converts to one with no feed.
struct ServiceContext
{
    ServiceContext(StoreContext storeContext, ChangeFeed *changeFeed = nullptr)
        : store(std::move(storeContext))
        , feed(changeFeed)
    {}

    StoreContext store;
    ChangeFeed *feed = nullptr;
};

} // namespace pinedesk
