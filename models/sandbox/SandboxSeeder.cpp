#include "SandboxSeeder.h"

#include "store/DbTime.h"
#include "store/Statement.h"

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

SandboxState SandboxSeeder::fromDatabase(StoreContext context)
{
    SandboxState state;
    const QSqlDatabase db = context.database.connection();
    Statement users(db, u"SELECT tv_username FROM clients WHERE tv_username IS NOT NULL"_s);
    if (users.exec()) {
        while (users.next())
            state.addUser(users.value(0).toString());
    }
    Statement scripts(db, u"SELECT pine_id, name FROM indicators ORDER BY id"_s);
    if (scripts.exec()) {
        while (scripts.next())
            state.addScript(scripts.value(0).toString(), scripts.value(1).toString());
    }
    Statement grants(db, u"SELECT c.tv_username, i.pine_id, a.server_expires_at, a.synced_at "
                         "FROM accesses a JOIN clients c ON c.id = a.client_id "
                         "JOIN indicators i ON i.id = a.indicator_id "
                         "WHERE a.server_state = 'granted' AND c.tv_username IS NOT NULL AND "
                         "(a.server_expires_at IS NULL OR a.server_expires_at > :now)"_s);
    grants.bind(u":now"_s, DbTime::toDb(context.clock.nowUtc()));
    if (grants.exec()) {
        while (grants.next()) {
            const QString user = grants.value(0).toString();
            SandboxState::Script *script = state.script(grants.value(1).toString());
            if (!script)
                continue;
            const QVariant expires = grants.value(2);
            script->grants.insert(user.toLower(), {state.nextId(), user,
                                                   expires.isNull() ? std::nullopt
                                                                    : std::optional<QDateTime>(
                                                                          DbTime::fromDb(expires)),
                                                   DbTime::fromDb(grants.value(3))});
        }
    }
    return state;
}

} // namespace pinedesk
