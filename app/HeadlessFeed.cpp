#include "HeadlessFeed.h"

#include "logging/LogCategories.h"
#include "store/Database.h"
#include "sync/EngineFeed.h"

namespace pinedesk {

HeadlessFeed::HeadlessFeed(Database &database, SyncEngine &engine)
{
    joinEngineToFeed(engine, m_feed);
    if (!database.isPostgresql())
        return;
    m_relay = std::make_unique<TeamChangeRelay>(database, m_feed);
    if (const Status s = m_relay->start(); !s)
        qCWarning(lcServices) << "changes made on the team's desktops are found at the next poll:"
                              << s.error().detail();
}

HeadlessFeed::~HeadlessFeed() = default;

} // namespace pinedesk
