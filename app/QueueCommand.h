#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace pinedesk {

class Database;

// `pinedesk queue [--json]`: the outbox by state, and the dead rows with their reasons; with
// --pause/--resume BATCH, --cancel BATCH|all or --retry-dead, the vendor's controls.
class QueueCommand
{
    Q_DECLARE_TR_FUNCTIONS(QueueCommand)

public:
    static int run(const QStringList &arguments, Database &database);
};

} // namespace pinedesk
