#include "TeamService.h"

#include "store/TeamMemberStore.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

Status TeamService::requireTeamAdmin() const
{
    if (!isTeam())
        return Status::failure(tr("A database file has one user. Teams share a team database "
                                  "(Settings › Storage › Connect to a team database)."));
    return m_ctx.require(Permission::ManageTeam);
}

Expected<QList<TeamMember>> TeamService::members()
{
    if (!isTeam())
        return QList<TeamMember>{me()};
    return TeamMemberStore(m_ctx.store).members();
}

bool TeamService::isValidLogin(const QString &login)
{
    static const QRegularExpression pattern(u"^[A-Za-z_][A-Za-z0-9_]{0,62}$"_s);
    return pattern.match(login).hasMatch();
}

Status TeamService::invite(const TeamMember &member, const QString &password)
{
    if (const Status allowed = requireTeamAdmin(); !allowed)
        return allowed;
    if (!isValidLogin(member.login))
        return Status::failure(tr("A login is letters, digits and underscores (up to 63), "
                                  "starting with a letter: \"%1\" is not one.")
                                   .arg(member.login));
    if (const Status s = TeamMemberStore(m_ctx.store).add(member, password); !s)
        return s;
    m_ctx.announce(Change::Team);
    return {};
}

Status TeamService::setRole(const QString &login, TeamRole role)
{
    if (const Status allowed = requireTeamAdmin(); !allowed)
        return allowed;
    if (const Status s = TeamMemberStore(m_ctx.store).setRole(login, role); !s)
        return s;
    m_ctx.announce(Change::Team);
    return {};
}

Status TeamService::setActive(const QString &login, bool active)
{
    if (const Status allowed = requireTeamAdmin(); !allowed)
        return allowed;
    if (!active && login == me().login)
        return Status::failure(tr("You cannot disable yourself; another admin can."));
    if (const Status s = TeamMemberStore(m_ctx.store).setActive(login, active); !s)
        return s;
    m_ctx.announce(Change::Team);
    return {};
}

} // namespace pinedesk
