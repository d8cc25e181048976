#include "CliPermission.h"

#include "domain/SystemClock.h"
#include "services/ServiceContext.h"

namespace pinedesk {

bool cliAllows(Database &database, Permission permission, QTextStream &err)
{
    const SystemClock clock;
    const ServiceContext ctx(StoreContext{database, clock, QStringLiteral("cli")});
    if (const Status allowed = ctx.require(permission); !allowed) {
        err << allowed.error() << '\n';
        return false;
    }
    return true;
}

} // namespace pinedesk
