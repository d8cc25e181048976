#pragma once

#include "StoreContext.h"
#include "domain/Expected.h"
#include "domain/TeamMember.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace pinedesk {

// The members of a team database and their roles. Writes are audited; the rule that a team
// always keeps one active admin is checked under the write lock. Who may call the writes is the
// services' business (TeamService).
class TeamMemberStore
{
    Q_DECLARE_TR_FUNCTIONS(TeamMemberStore)

public:
    explicit TeamMemberStore(StoreContext context)
        : m_ctx(std::move(context))
    {}

    // The member this team database's connection logs in as. The very first login to open a
    // new team database is its first admin; anyone else must have been added, and be active.
    [[nodiscard]] static Expected<TeamMember> join(Database &database);

    [[nodiscard]] Expected<QList<TeamMember>> members();
    [[nodiscard]] Expected<std::optional<TeamMember>> find(const QString &login);
    // Adds a member. On a team database its login gets the role's privileges; with a password
    // the login is first created on the server (the admin's login must be allowed to create
    // roles), without one it must exist already.
    [[nodiscard]] Status add(const TeamMember &member, const QString &password = {});
    [[nodiscard]] Status setRole(const QString &login, TeamRole role);
    [[nodiscard]] Status setActive(const QString &login, bool active);

private:
    // A team database's privileges for the login: its role's, or none while disabled.
    Status applyPrivileges(const QString &login, std::optional<TeamRole> role);
    Status createLogin(const QString &login, const QString &password);
    // Refuses a change that would leave no active admin (inside the write transaction).
    Status keepsAnAdmin(const QString &login, TeamRole newRole, bool newActive);

    StoreContext m_ctx;
};

} // namespace pinedesk
