#include "TeamCommand.h"

#include "ExitCode.h"
#include "domain/SystemClock.h"
#include "services/TeamService.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

std::optional<TeamRole> roleNamed(const QString &text)
{
    return teamRoleFromText(text.trimmed());
}

} // namespace

int TeamCommand::run(const QStringList &arguments, Database &database)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The members of a team database: list; add LOGIN --role ROLE; role LOGIN ROLE; "
           "disable LOGIN; enable LOGIN. Roles: admin, seller, support, read-only."));
    parser.addHelpOption();
    const QCommandLineOption role(u"role"_s, tr("The new member's role."), tr("ROLE"));
    const QCommandLineOption name(u"name"_s, tr("The name shown for the member."), tr("NAME"));
    const QCommandLineOption newLogin(
        u"new-login"_s, tr("Also create the login on the server, with the first password read "
                           "from standard input."));
    parser.addOptions({role, name, newLogin});
    parser.addPositionalArgument(u"list|add|role|disable|enable"_s, tr("What to do."));
    if (!parser.parse(QStringList{u"pinedesk team"_s} + arguments)) {
        err << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return ExitOk;
    }
    SystemClock clock;
    TeamService team(StoreContext{database, clock, u"cli:"_s + qEnvironmentVariable("USER")});
    const QStringList args = parser.positionalArguments();
    const QString verb = args.value(0);
    const auto done = [&](const Status &s, const QString &said) {
        if (!s) {
            err << s.error() << '\n';
            return int(ExitFailed);
        }
        out << said << '\n';
        return int(ExitOk);
    };
    if (verb == u"list"_s && args.size() == 1) {
        const auto members = team.members();
        if (!members) {
            err << members.error() << '\n';
            return ExitFailed;
        }
        for (const TeamMember &m : *members)
            out << m.login << '\t' << toText(m.role) << '\t'
                << (m.active ? u"active"_s : u"disabled"_s) << '\t' << m.displayName << '\n';
        return ExitOk;
    }
    if (verb == u"add"_s && args.size() == 2) {
        const auto chosen = roleNamed(parser.value(role));
        if (!chosen) {
            err << tr("--role is admin, seller, support or read-only.") << '\n';
            return ExitUsage;
        }
        QString password;
        if (parser.isSet(newLogin)) {
            QFile in;
            if (!in.open(stdin, QIODevice::ReadOnly))
                return ExitFailed;
            password = QString::fromUtf8(in.readLine()).trimmed();
            if (password.isEmpty()) {
                err << tr("--new-login reads the first password from standard input; it was "
                          "empty.")
                    << '\n';
                return ExitUsage;
            }
        }
        TeamMember member;
        member.login = args.at(1);
        member.role = *chosen;
        member.displayName = parser.value(name);
        return done(team.invite(member, password),
                    tr("%1 is now a member of the team (%2).")
                        .arg(member.login, TeamRoleNames::displayName(member.role)));
    }
    if (verb == u"role"_s && args.size() == 3) {
        const auto chosen = roleNamed(args.at(2));
        if (!chosen) {
            err << tr("A role is admin, seller, support or read-only.") << '\n';
            return ExitUsage;
        }
        return done(team.setRole(args.at(1), *chosen),
                    tr("%1 is now %2.").arg(args.at(1), TeamRoleNames::displayName(*chosen)));
    }
    if ((verb == u"disable"_s || verb == u"enable"_s) && args.size() == 2) {
        const bool active = verb == u"enable"_s;
        return done(team.setActive(args.at(1), active),
                    active ? tr("%1 is enabled.").arg(args.at(1))
                           : tr("%1 is disabled.").arg(args.at(1)));
    }
    err << tr("Usage: pinedesk team list | add LOGIN --role ROLE [--name NAME] [--new-login] | "
              "role LOGIN ROLE | disable LOGIN | enable LOGIN")
        << '\n';
    return ExitUsage;
}

} // namespace pinedesk
