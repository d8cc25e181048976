#include "ConvergenceCheck.h"

#include "store/DbTime.h"
#include "store/Statement.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk::test {

QStringList convergenceDifferences(Database &database, SandboxState &sandbox, const QDateTime &now)
{
    QStringList differences;
    QSet<QString> intended; // "pine|username" that should hold access
    Statement st(
        database.connection(),
        u"SELECT c.tv_username, i.pine_id, a.intended_state, a.expires_at FROM accesses a "
        "JOIN clients c ON c.id = a.client_id JOIN indicators i ON i.id = a.indicator_id"_s);
    if (!st.exec())
        return {u"cannot read the intent"_s};
    while (st.next()) {
        const QString user = st.value(0).toString();
        const QString pine = st.value(1).toString();
        const bool lifetime = st.value(3).isNull();
        const QDateTime until = DbTime::fromDb(st.value(3));
        const bool wanted = st.value(2).toString() == u"granted"_s && (lifetime || until > now);
        SandboxState::Script *script = sandbox.script(pine);
        const SandboxState::Grant *grant = nullptr;
        if (script) {
            const auto it = script->grants.constFind(user.toLower());
            if (it != script->grants.constEnd())
                grant = &*it;
        }
        if (wanted) {
            intended.insert(pine + u'|' + user.toLower());
            if (!grant)
                differences.append(u"missing: %1 on %2"_s.arg(user, pine));
            else if (lifetime != !grant->expiration.has_value())
                differences.append(u"lifetime differs: %1"_s.arg(user));
            else if (!lifetime && *grant->expiration != until)
                differences.append(u"date differs: %1 (%2 vs %3)"_s.arg(
                    user, DbTime::toText(until), DbTime::toText(*grant->expiration)));
        } else if (grant) {
            differences.append(u"not intended but held: %1 on %2"_s.arg(user, pine));
        }
    }
    for (const QString &pine : sandbox.scriptIds()) {
        for (const SandboxState::Grant &g : std::as_const(sandbox.script(pine)->grants)) {
            if (!intended.contains(pine + u'|' + g.username.toLower()))
                differences.append(u"extra grant: %1 on %2"_s.arg(g.username, pine));
        }
    }
    return differences;
}

} // namespace pinedesk::test
