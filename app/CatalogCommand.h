#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace pinedesk {

class Database;

// The catalog without a window, so a server is set up headless:
//   pinedesk indicators add PINE [--name N]
//   pinedesk plans add NAME --indicator PINE... --duration D [--price AMOUNT CUR]
//   pinedesk products map PROVIDER PRODUCT_ID --plan NAME | products list
class CatalogCommand
{
    Q_DECLARE_TR_FUNCTIONS(CatalogCommand)

public:
    static int indicators(const QStringList &arguments, Database &database);
    static int plans(const QStringList &arguments, Database &database);
    static int products(const QStringList &arguments, Database &database);
};

} // namespace pinedesk
