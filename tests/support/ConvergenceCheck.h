#pragma once

#include "sandbox/SandboxState.h"
#include "store/Database.h"

#include <QStringList>

namespace pinedesk::test {

// Every difference between the intent in the database and the grants the sandbox holds:
// missing or extra grants, wrong dates, lifetime on one side only. Empty = converged exactly.
QStringList convergenceDifferences(Database &database, SandboxState &sandbox, const QDateTime &now);

} // namespace pinedesk::test
