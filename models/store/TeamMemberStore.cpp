#include "TeamMemberStore.h"

#include "AuditLog.h"
#include "DbTime.h"
#include "ScramVerifier.h"
#include "Statement.h"
#include "Transaction.h"
#include "domain/SystemClock.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

const QString selectMember = u"SELECT login, role, display_name, active, added_by, added_at, "
                             "updated_at FROM team_members"_s;

TeamMember memberFrom(const Statement &st)
{
    TeamMember m;
    m.login = st.value(0).toString();
    m.role = teamRoleFromText(st.value(1).toString()).value_or(TeamRole::ReadOnly);
    m.displayName = st.value(2).toString();
    m.active = st.value(3).toInt() != 0;
    m.addedBy = st.value(4).toString();
    m.addedAt = DbTime::fromDb(st.value(5));
    m.updatedAt = DbTime::fromDb(st.value(6));
    return m;
}

} // namespace

Expected<TeamMember> TeamMemberStore::join(Database &database)
{
    using R = Expected<TeamMember>;
    const QSqlDatabase db = database.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return R::failure(tx.error());
    Statement who(db, u"SELECT CAST(session_user AS TEXT)"_s);
    const auto named = who.execAndFirst();
    if (!named)
        return R::failure(named.error());
    const QString login = who.value(0).toString();

    Statement read(db, selectMember + u" WHERE login = :login"_s);
    read.bind(u":login"_s, login);
    const auto found = read.execAndFirst();
    if (!found)
        return R::failure(found.error());
    if (*found) {
        const TeamMember member = memberFrom(read);
        if (!member.active)
            return R::failure(Error(Error::Kind::Permission,
                                    tr("The login %1 was disabled in this team. An admin of the "
                                       "team can enable it again.")
                                        .arg(login)));
        return member;
    }
    Statement any(db, u"SELECT COUNT(*) FROM team_members"_s);
    const auto counted = any.execAndFirst();
    if (!counted)
        return R::failure(counted.error());
    if (any.value(0).toLongLong() > 0)
        return R::failure(Error(Error::Kind::Permission,
                                tr("The login %1 is not a member of this team. An admin of the "
                                   "team adds members in Settings › Team.")
                                    .arg(login)));
    // A new team database: whoever opens it first set it up, and is its first admin.
    TeamMember first;
    first.login = login;
    first.role = TeamRole::Admin;
    first.addedBy = login;
    first.addedAt = first.updatedAt = SystemClock().nowUtc();
    Statement insert(db, u"INSERT INTO team_members (login, role, display_name, active, added_by, "
                         "added_at, updated_at) VALUES (:login, :role, '', 1, :by, :at, :at)"_s);
    insert.bind(u":login"_s, login)
        .bind(u":role"_s, toText(TeamRole::Admin))
        .bind(u":by"_s, login)
        .bind(u":at"_s, DbTime::toDb(first.addedAt));
    if (const Status s = insert.exec(); !s)
        return R::failure(s.error());
    if (const Status s = tx.commit(); !s)
        return R::failure(s.error());
    return first;
}

Expected<QList<TeamMember>> TeamMemberStore::members()
{
    Statement st(m_ctx.database.connection(), selectMember + u" ORDER BY lower(login)"_s);
    return st.readAll(memberFrom);
}

Expected<std::optional<TeamMember>> TeamMemberStore::find(const QString &login)
{
    Statement st(m_ctx.database.connection(), selectMember + u" WHERE login = :login"_s);
    st.bind(u":login"_s, login);
    return st.readOne(memberFrom);
}

Status TeamMemberStore::add(const TeamMember &member, const QString &password)
{
    const QSqlDatabase db = m_ctx.database.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    if (m_ctx.database.isPostgresql()) {
        if (const Status s = createLogin(member.login, password); !s)
            return s;
        if (const Status s = applyPrivileges(member.login, member.role); !s)
            return s;
    }
    const QVariant now = DbTime::toDb(m_ctx.clock.nowUtc());
    Statement st(db, u"INSERT INTO team_members (login, role, display_name, active, added_by, "
                     "added_at, updated_at) VALUES (:login, :role, :name, 1, :by, :at, :at) "
                     "ON CONFLICT (login) DO NOTHING"_s);
    st.bind(u":login"_s, member.login)
        .bind(u":role"_s, toText(member.role))
        .bind(u":name"_s, member.displayName)
        .bind(u":by"_s, m_ctx.who())
        .bind(u":at"_s, now);
    if (const Status s = st.exec(); !s)
        return s;
    if (st.rowsAffected() != 1)
        return Status::failure(Error(Error::Kind::Conflict,
                                     tr("%1 is already a member of this team.").arg(member.login)));
    const QJsonObject details{{u"login"_s, member.login}, {u"role"_s, toText(member.role)}};
    if (const Status s = AuditLog(m_ctx).record(u"member.add"_s, u"team_member"_s, 0, details); !s)
        return s;
    return tx.commit();
}

Status TeamMemberStore::setRole(const QString &login, TeamRole role)
{
    const QSqlDatabase db = m_ctx.database.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    if (const Status s = keepsAnAdmin(login, role, true); !s)
        return s;
    Statement st(db, u"UPDATE team_members SET role = :role, updated_at = :at WHERE login = "
                     ":login"_s);
    st.bind(u":role"_s, toText(role))
        .bind(u":at"_s, DbTime::toDb(m_ctx.clock.nowUtc()))
        .bind(u":login"_s, login);
    if (const Status s = st.exec(); !s)
        return s;
    if (st.rowsAffected() != 1)
        return Status::failure(
            Error(Error::Kind::NotFound, tr("%1 is not a member of this team.").arg(login)));
    if (m_ctx.database.isPostgresql()) {
        const auto member = find(login);
        if (!member)
            return Status::failure(member.error());
        const bool active = *member && member->value().active;
        if (const Status s = applyPrivileges(login, active ? std::optional(role) : std::nullopt);
            !s)
            return s;
    }
    const QJsonObject details{{u"login"_s, login}, {u"role"_s, toText(role)}};
    if (const Status s = AuditLog(m_ctx).record(u"member.role"_s, u"team_member"_s, 0, details); !s)
        return s;
    return tx.commit();
}

Status TeamMemberStore::setActive(const QString &login, bool active)
{
    const QSqlDatabase db = m_ctx.database.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    const auto current = find(login);
    if (!current)
        return Status::failure(current.error());
    if (!*current)
        return Status::failure(
            Error(Error::Kind::NotFound, tr("%1 is not a member of this team.").arg(login)));
    if (const Status s = keepsAnAdmin(login, current->value().role, active); !s)
        return s;
    Statement st(db, u"UPDATE team_members SET active = :active, updated_at = :at WHERE login = "
                     ":login"_s);
    st.bind(u":active"_s, active ? 1 : 0)
        .bind(u":at"_s, DbTime::toDb(m_ctx.clock.nowUtc()))
        .bind(u":login"_s, login);
    if (const Status s = st.exec(); !s)
        return s;
    if (m_ctx.database.isPostgresql()) {
        const auto role = active ? std::optional(current->value().role) : std::nullopt;
        if (const Status s = applyPrivileges(login, role); !s)
            return s;
    }
    const QJsonObject details{{u"login"_s, login}};
    if (const Status s = AuditLog(m_ctx).record(active ? u"member.enable"_s : u"member.disable"_s,
                                                u"team_member"_s, 0, details);
        !s)
        return s;
    return tx.commit();
}

Status TeamMemberStore::createLogin(const QString &login, const QString &password)
{
    const QSqlDatabase db = m_ctx.database.connection();
    if (password.isEmpty()) {
        Statement exists(db, u"SELECT COUNT(*) FROM pg_roles WHERE rolname = :login"_s);
        exists.bind(u":login"_s, login);
        const auto found = exists.execAndFirst();
        if (!found)
            return Status::failure(found.error());
        if (exists.value(0).toLongLong() == 0)
            return Status::failure(tr("The server has no login %1. Give a password to create it, "
                                      "or create it on the server first.")
                                       .arg(login));
        return {};
    }
    Statement create(db, u"SELECT pinedesk_create_login(:login, :verifier)"_s);
    create.bind(u":login"_s, login).bind(u":verifier"_s, ScramVerifier::of(password));
    if (const Status s = create.exec(); !s) {
        if (s.error().kind() == Error::Kind::Permission)
            return Status::failure(Error(Error::Kind::Permission,
                                         tr("Your database login may not create logins. Create %1 "
                                            "on the server, then add it here without a password.")
                                             .arg(login),
                                         s.error().detail()));
        if (s.error().kind() == Error::Kind::Conflict)
            return Status::failure(Error(Error::Kind::Conflict,
                                         tr("The server already has a login %1: add it without "
                                            "a password.")
                                             .arg(login),
                                         s.error().detail()));
        return s;
    }
    return {};
}

Status TeamMemberStore::applyPrivileges(const QString &login, std::optional<TeamRole> role)
{
    Statement st(m_ctx.database.connection(), u"SELECT pinedesk_apply_role(:login, :role)"_s);
    st.bind(u":login"_s, login).bind(u":role"_s, role ? toText(*role) : u"none"_s);
    if (const Status s = st.exec(); !s) {
        if (s.error().kind() == Error::Kind::Permission)
            return Status::failure(Error(Error::Kind::Permission,
                                         tr("Only the owner of the team database can change what "
                                            "members may do in it."),
                                         s.error().detail()));
        return s;
    }
    return {};
}

Status TeamMemberStore::keepsAnAdmin(const QString &login, TeamRole newRole, bool newActive)
{
    if (newRole == TeamRole::Admin && newActive)
        return {};
    Statement st(m_ctx.database.connection(),
                 u"SELECT COUNT(*) FROM team_members WHERE role = 'admin' AND active = 1 AND "
                 "login <> :login"_s);
    st.bind(u":login"_s, login);
    const auto found = st.execAndFirst();
    if (!found)
        return Status::failure(found.error());
    if (st.value(0).toLongLong() == 0)
        return Status::failure(
            Error(Error::Kind::Conflict, tr("A team needs at least one active admin: make another "
                                            "member an admin first.")));
    return {};
}

} // namespace pinedesk
