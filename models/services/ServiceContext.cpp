#include "ServiceContext.h"

#include "TeamChangeRelay.h"

namespace pinedesk {

void ServiceContext::announce(Changes changes) const
{
    if (feed)
        feed->announce(changes);
    else if (store.database.isPostgresql())
        TeamChangeRelay::tell(store.database, changes);
}

Status ServiceContext::require(Permission permission) const
{
    const TeamRole role = store.database.member().role;
    if (allows(role, permission))
        return {};
    return Status::failure(Error(Error::Kind::Permission, TeamRoleNames::refusal(role, permission),
                                 QStringLiteral("%1 (%2) refused %3")
                                     .arg(store.database.member().login, toText(role))
                                     .arg(int(permission))));
}

} // namespace pinedesk
