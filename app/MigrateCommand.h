#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace pinedesk {

// `pinedesk migrate-to-postgresql --from FILE --to URL`: a vendor's database file copied into
// an empty team database, verified table by table (rows and checksums) before it is committed.
class MigrateCommand
{
    Q_DECLARE_TR_FUNCTIONS(MigrateCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace pinedesk
