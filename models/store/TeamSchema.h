#pragma once

#include <QString>

namespace pinedesk {

// The team's members (schema 13), spelled the same on both backends. A login is a PostgreSQL
// role name, which is case-sensitive.
inline QString teamMembersTable()
{
    return QStringLiteral("CREATE TABLE team_members (\n"
                          "    login TEXT PRIMARY KEY,\n"
                          "    role TEXT NOT NULL CHECK (role IN ('admin', 'seller', 'support', "
                          "'read-only')),\n"
                          "    display_name TEXT NOT NULL DEFAULT '',\n"
                          "    active INTEGER NOT NULL DEFAULT 1,\n"
                          "    added_by TEXT NOT NULL DEFAULT '',\n"
                          "    added_at TEXT NOT NULL,\n"
                          "    updated_at TEXT NOT NULL)");
}

} // namespace pinedesk
