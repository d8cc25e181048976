#include "TeamRole.h"

#include "EnumText.h"

namespace pinedesk {

namespace {

constexpr EnumText<TeamRole> teamRoles[] = {{TeamRole::Admin, u"admin"},
                                            {TeamRole::Seller, u"seller"},
                                            {TeamRole::Support, u"support"},
                                            {TeamRole::ReadOnly, u"read-only"}};

} // namespace

bool allows(TeamRole role, Permission permission)
{
    switch (role) {
    case TeamRole::Admin:
        return true;
    case TeamRole::Seller:
        return permission != Permission::ManageTeam && permission != Permission::ChangeSettings &&
               permission != Permission::EditCatalog;
    case TeamRole::Support:
        return permission == Permission::Extend || permission == Permission::FixUsernames ||
               permission == Permission::ManageQueue || permission == Permission::ReadOnlyWork;
    case TeamRole::ReadOnly:
        return permission == Permission::ReadOnlyWork;
    }
    return false;
}

QString toText(TeamRole role)
{
    return enumToText(teamRoles, role);
}

std::optional<TeamRole> teamRoleFromText(QStringView text)
{
    return enumFromText(teamRoles, text);
}

QString TeamRoleNames::displayName(TeamRole role)
{
    switch (role) {
    case TeamRole::Admin:
        return tr("Admin");
    case TeamRole::Seller:
        return tr("Seller");
    case TeamRole::Support:
        return tr("Support");
    case TeamRole::ReadOnly:
        return tr("Read-only");
    }
    return {};
}

QString TeamRoleNames::summary(TeamRole role)
{
    switch (role) {
    case TeamRole::Admin:
        return tr("Everything, including the team, the settings, the catalog and restores.");
    case TeamRole::Seller:
        return tr("Clients, payments, grants, bulk changes and campaigns.");
    case TeamRole::Support:
        return tr("Reads everything, extends access and fixes usernames; no revokes, deletions "
                  "or payment changes.");
    case TeamRole::ReadOnly:
        return tr("Reads everything and changes nothing.");
    }
    return {};
}

QString TeamRoleNames::refusal(TeamRole role, Permission permission)
{
    QString what;
    switch (permission) {
    case Permission::ManageTeam:
        what = tr("manage the team");
        break;
    case Permission::ChangeSettings:
        what = tr("change the settings");
        break;
    case Permission::EditCatalog:
        what = tr("change indicators or plans");
        break;
    case Permission::EditClients:
        what = tr("add or edit clients");
        break;
    case Permission::FixUsernames:
        what = tr("fix usernames");
        break;
    case Permission::DeleteClients:
        what = tr("delete clients");
        break;
    case Permission::EditPayments:
        what = tr("record or edit payments");
        break;
    case Permission::Grant:
        what = tr("grant access");
        break;
    case Permission::Extend:
        what = tr("extend access");
        break;
    case Permission::Revoke:
        what = tr("revoke or shorten access");
        break;
    case Permission::BulkChanges:
        what = tr("make bulk changes or campaigns");
        break;
    case Permission::ManageQueue:
        what = tr("retry, pause or cancel queued changes");
        break;
    case Permission::ReadOnlyWork:
        what = tr("do this");
        break;
    }
    return tr("Your role in this team (%1) does not allow you to %2. Ask an admin of the team.")
        .arg(displayName(role), what);
}

} // namespace pinedesk
