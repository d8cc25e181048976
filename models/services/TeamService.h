#pragma once

#include "ServiceContext.h"
#include "domain/TeamMember.h"

#include <QCoreApplication>
#include <QList>

namespace pinedesk {

// The members of a team database: every member sees who is in the team; admins add members
// (creating their logins on the server when asked), change roles and disable or enable them.
// Each change also sets the login's privileges in the database, so the database itself refuses
// what the role may not do.
class TeamService
{
    Q_DECLARE_TR_FUNCTIONS(TeamService)

public:
    explicit TeamService(ServiceContext context)
        : m_ctx(std::move(context))
    {}

    // Whether the database has a team at all (a database file has one user).
    bool isTeam() const { return m_ctx.store.database.isPostgresql(); }
    const TeamMember &me() const { return m_ctx.store.database.member(); }

    [[nodiscard]] Expected<QList<TeamMember>> members();
    // A PostgreSQL login name: letters, digits and underscores, up to 63 characters.
    static bool isValidLogin(const QString &login);
    [[nodiscard]] Status invite(const TeamMember &member, const QString &password);
    [[nodiscard]] Status setRole(const QString &login, TeamRole role);
    [[nodiscard]] Status setActive(const QString &login, bool active);

private:
    Status requireTeamAdmin() const;

    ServiceContext m_ctx;
};

} // namespace pinedesk
