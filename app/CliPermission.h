#pragma once

#include "domain/TeamRole.h"

#include <QTextStream>

namespace pinedesk {

class Database;

// The same role check the services make, for the few commands that write settings or the
// catalog through a store: false (and the refusal printed) when the member may not.
bool cliAllows(Database &database, Permission permission, QTextStream &err);

} // namespace pinedesk
