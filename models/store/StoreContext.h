#pragma once

#include "Database.h"
#include "domain/Clock.h"

#include <QString>

namespace pinedesk {

// What every store needs: the database, the clock, and who is acting (for the audit log),
// e.g. "gui:maria" or "cli:root".
struct StoreContext
{
    Database &database;
    const Clock &clock;
    QString actor;
};

} // namespace pinedesk
