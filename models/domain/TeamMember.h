#pragma once

#include "TeamRole.h"

#include <QDateTime>
#include <QString>

namespace pinedesk {

// A member of a team database: a database login with a role. The one user of a database file
// is its admin, with no login.
struct TeamMember
{
    QString login;
    TeamRole role = TeamRole::Admin;
    QString displayName;
    bool active = true;
    QString addedBy;
    QDateTime addedAt;
    QDateTime updatedAt;
};

} // namespace pinedesk
