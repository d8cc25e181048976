#pragma once

namespace pinedesk {

class ChangeFeed;
class SyncEngine;

// An engine and a change feed, joined: the engine's outcomes are announced like any other
// change, and changes queued anywhere (a page, the wizard, a webhook, another desktop of a team
// database) wake the engine at once instead of at its next poll.
void joinEngineToFeed(SyncEngine &engine, ChangeFeed &feed);

} // namespace pinedesk
