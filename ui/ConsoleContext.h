#pragma once

#include "services/ServiceContext.h"
#include "store/StoreContext.h"

#include <QString>

namespace pinedesk {

class ChangeFeed;
class TvConnection;

// What every page of the console is given: the data, the clock, who acts (for the audit log),
// the interactive line to TradingView (null when there is none, e.g. in some tests) and the
// change feed the services announce on and the pages follow (null: pages do not follow).
struct ConsoleContext
{
    Database &database;
    const Clock &clock;
    QString actor;
    TvConnection *tv = nullptr;
    ChangeFeed *feed = nullptr;

    StoreContext store() const { return {database, clock, actor}; }
    ServiceContext services() const { return {store(), feed}; }
};

} // namespace pinedesk
