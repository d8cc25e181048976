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

    // Who acts, as the history shows it: on a team database, the member's login first
    // ("maria (gui:mlopez)"), since anyone can name their computer's account anything.
    QString who() const
    {
        const QString &login = database.member().login;
        return login.isEmpty() ? actor : login + QStringLiteral(" (") + actor + u')';
    }
};

} // namespace pinedesk
