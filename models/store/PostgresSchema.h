#pragma once

#include "MigrationStep.h"

#include <QList>

namespace pinedesk {

// The schema of a team database on PostgreSQL, numbered like Schema's SQLite steps: a database
// at version N has the same tables, columns and rules on both. Team databases start at the
// SQLite schema of the release that introduced them, in one baseline step; every later change
// is a new step on both sides.
class PostgresSchema
{
public:
    static QList<MigrationStep> steps();
};

} // namespace pinedesk
