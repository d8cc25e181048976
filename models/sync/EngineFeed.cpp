#include "EngineFeed.h"

#include "SyncEngine.h"
#include "services/ChangeFeed.h"

namespace pinedesk {

void joinEngineToFeed(SyncEngine &engine, ChangeFeed &feed)
{
    QObject::connect(&engine, &SyncEngine::rowFinished, &feed,
                     [&feed] { feed.announce(Change::SyncOutcome); });
    feed.subscribe(&engine, Change::Accesses | Change::Queue, [&engine] { engine.wake(); });
}

} // namespace pinedesk
