#include "ServiceContext.h"

#include "TeamChangeRelay.h"
#include "store/TeamMemberStore.h"

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
    const TeamMember &opened = store.database.member();
    TeamRole role = opened.role;
    if (store.database.isPostgresql()) {
        // The role as it is now, not as it was when this desktop opened the database: an admin
        // may have changed it, or disabled the member, since.
        const auto now = TeamMemberStore(store).find(opened.login);
        if (!now)
            return Status::failure(now.error());
        if (!*now || !now->value().active)
            return Status::failure(Error(Error::Kind::Permission,
                                         TeamMemberStore::tr("The login %1 was disabled in this "
                                                             "team. An admin of the team can "
                                                             "enable it again.")
                                             .arg(opened.login)));
        role = now->value().role;
    }
    if (allows(role, permission))
        return {};
    return Status::failure(Error(
        Error::Kind::Permission, TeamRoleNames::refusal(role, permission),
        QStringLiteral("%1 (%2) refused %3").arg(opened.login, toText(role)).arg(int(permission))));
}

} // namespace pinedesk
