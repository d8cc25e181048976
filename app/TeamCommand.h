#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace pinedesk {

class Database;

// `pinedesk team list | add LOGIN --role ROLE [--name NAME] [--new-login] | role LOGIN ROLE |
// disable LOGIN | enable LOGIN`: the members of a team database, from a script or a terminal.
// A new login's first password is read from standard input, never the command line.
class TeamCommand
{
    Q_DECLARE_TR_FUNCTIONS(TeamCommand)

public:
    static int run(const QStringList &arguments, Database &database);
};

} // namespace pinedesk
