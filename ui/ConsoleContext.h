#pragma once

#include "store/StoreContext.h"

#include <QString>

namespace pinedesk {

class TvConnection;

// What every page of the console is given: the data, the clock, who acts (for the audit log)
// and the interactive line to TradingView (null when there is none, e.g. in some tests).
struct ConsoleContext
{
    Database &database;
    const Clock &clock;
    QString actor;
    TvConnection *tv = nullptr;

    StoreContext store() const { return {database, clock, actor}; }
};

} // namespace pinedesk
