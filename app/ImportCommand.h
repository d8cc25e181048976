#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace pinedesk {

class Database;

// `pinedesk import clients FILE [--dry-run] [--layout ID] [--no-payments] [--json]`: the same
// import as the Clients page, headless. Prints what was imported (or would be, with --dry-run)
// and every rejected line with its reason. Exit 0 when every line was imported, 1 when some
// lines were rejected (the others are imported) or the import failed, 2 for usage errors.
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    static int run(const QStringList &arguments, Database &database);
};

} // namespace pinedesk
