#pragma once

#include "services/ChangeFeed.h"
#include "services/TeamChangeRelay.h"

#include <memory>

namespace pinedesk {

class Database;
class SyncEngine;

// The change feed of a headless engine (`sync`, `serve`): what it applies is announced, and what
// is queued (by the webhook processor, or on any desktop of a team database) wakes it at once.
// On a team database the feed is relayed, so the desktops see the queue drain live.
class HeadlessFeed
{
public:
    HeadlessFeed(Database &database, SyncEngine &engine);
    ~HeadlessFeed();

    ChangeFeed *feed() { return &m_feed; }

private:
    ChangeFeed m_feed;
    std::unique_ptr<TeamChangeRelay> m_relay;
};

} // namespace pinedesk
