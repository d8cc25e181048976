#pragma once

#include "ChangeFeed.h"
#include "domain/Expected.h"
#include "domain/TeamRole.h"
#include "store/StoreContext.h"

namespace pinedesk {

// What every service needs: the store context (database, clock, who acts) and the change feed
// it announces its commits on (null: nobody in this process listens, e.g. a one-shot CLI
// command). A bare StoreContext converts to one with no feed.
struct ServiceContext
{
    ServiceContext(StoreContext storeContext, ChangeFeed *changeFeed = nullptr)
        : store(std::move(storeContext))
        , feed(changeFeed)
    {}

    // Tells whoever shows these changes that they were committed: the feed, whose relay also
    // tells the other desktops of a team database; without a feed, a team database's desktops
    // are told directly (a grant from the command line shows at once on every desktop).
    void announce(Changes changes) const;
    // Whether the member working on this database may do this: a refusal in the member's words
    // (kind Permission), checked by every service before it writes. A file's user is its admin.
    [[nodiscard]] Status require(Permission permission) const;

    StoreContext store;
    ChangeFeed *feed = nullptr;
};

} // namespace pinedesk
