#include "ClientConflict.h"

#include "AuditLog.h"
#include "ClientStore.h"

#include <QJsonArray>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

QString shown(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? ClientConflict::tr("yes") : ClientConflict::tr("no");
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &v : value.toArray())
            items.append(v.toString());
        return items.join(u", "_s);
    }
    return value.toString();
}

} // namespace

QString ClientConflict::fieldName(const QString &field)
{
    if (field == u"tv_username"_s)
        return tr("username");
    if (field == u"email"_s)
        return tr("e-mail");
    if (field == u"full_name"_s)
        return tr("name");
    if (field == u"status"_s)
        return tr("status");
    if (field == u"notes"_s)
        return tr("notes");
    if (field == u"tags"_s)
        return tr("tags");
    if (field == u"language"_s)
        return tr("language");
    if (field == u"email_opt_out"_s)
        return tr("no e-mails");
    return field;
}

Error ClientConflict::describe(StoreContext context, const Client &saved, const Client &mine)
{
    const QJsonObject differences = ClientStore::auditChanges(mine, saved);
    QStringList fields;
    for (auto it = differences.begin(); it != differences.end(); ++it)
        fields.append(
            tr("%1 “%2”").arg(fieldName(it.key()), shown(it.value().toObject().value(u"to"_s))));
    const QString what = fields.isEmpty() ? tr("the same as yours") : fields.join(u"; "_s);

    QString who = tr("someone else");
    QString when;
    const auto last = AuditLog(context).findForEntity(u"client"_s, saved.id, 1);
    if (last && !last->isEmpty()) {
        // The newest entry comes first.
        const AuditEntry &entry = last->first();
        who = entry.actor; // on a team database it starts with the member's login
        when = QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat);
    }
    const QString sentence =
        when.isEmpty()
            ? tr("%1 saved this client while you were editing it. The saved version has: %2. "
                 "Nothing of yours was saved: save again to replace it with yours.")
                  .arg(who, what)
            : tr("%1 saved this client at %2 while you were editing it. The saved version has: "
                 "%3. Nothing of yours was saved: save again to replace it with yours.")
                  .arg(who, when, what);
    return Error(Error::Kind::Conflict, sentence,
                 u"client %1: edited version %2, stored version %3"_s.arg(saved.id)
                     .arg(mine.version)
                     .arg(saved.version));
}

} // namespace pinedesk
