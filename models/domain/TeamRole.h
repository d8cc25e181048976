#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace pinedesk {

// What a member of a team database may do. A database file has one user, who is the admin.
enum class TeamRole {
    Admin,   // everything: the team, settings, the catalog, restores
    Seller,  // clients, payments, grants, bulk changes, campaigns
    Support, // reads everything; extends access and fixes usernames; no revokes or deletes
    ReadOnly // reads everything, changes nothing
};

// The things a role may or may not do; services check them before they write.
enum class Permission {
    ManageTeam,     // invite and disable members, change roles
    ChangeSettings, // automation, channels, e-mail wording, payment settings
    EditCatalog,    // indicators, plans, product mappings
    EditClients,    // add and edit clients, save segments, import
    FixUsernames,   // correct a client's or a webhook's TradingView username
    DeleteClients,
    EditPayments, // record and edit payments
    Grant,        // new access and plan changes
    Extend,       // longer access for who already has it
    Revoke,       // end access early (also shortening it)
    BulkChanges,  // the bulk wizard and campaigns
    ManageQueue,  // retry, pause or cancel queued changes
    ReadOnlyWork, // marking notifications read and the like: every role
};

bool allows(TeamRole role, Permission permission);

QString toText(TeamRole role);
std::optional<TeamRole> teamRoleFromText(QStringView text);

class TeamRoleNames
{
    Q_DECLARE_TR_FUNCTIONS(TeamRoleNames)

public:
    static QString displayName(TeamRole role);
    // What the role may do, in one sentence.
    static QString summary(TeamRole role);
    // Why a member with `role` cannot do `permission`, and whom to ask.
    static QString refusal(TeamRole role, Permission permission);
};

} // namespace pinedesk
