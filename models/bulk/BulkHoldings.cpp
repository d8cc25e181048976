#include "BulkHoldings.h"

#include "domain/UsernameValidator.h"
#include "store/DbTime.h"
#include "store/SqlDialect.h"
#include "store/Statement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

constexpr qsizetype chunk = 2000;

QString jsonList(const QJsonArray &values)
{
    return QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact));
}

} // namespace

Expected<BulkHoldings> BulkHoldings::load(const QSqlDatabase &db, const QStringList &usernames)
{
    using R = Expected<BulkHoldings>;
    BulkHoldings holdings;
    QHash<qint64, QString> keyOfId;
    for (qsizetype from = 0; from < usernames.size(); from += chunk) {
        QJsonArray names;
        for (const QString &name : usernames.mid(from, chunk))
            names.append(name);
        // tv_username ignores case (NOCASE, CITEXT): IN compares ignoring case, by its index.
        Statement st(db, u"SELECT id, tv_username, full_name, email FROM clients WHERE "
                         "tv_username IN ("_s +
                             SqlDialect::of(db).caselessStringsOf(u":names"_s) + u')');
        st.bind(u":names"_s, jsonList(names));
        if (const Status s = st.exec(); !s)
            return R::failure(s.error());
        while (st.next()) {
            Client c;
            c.id = st.value(0).toLongLong();
            c.username = st.value(1).toString();
            c.fullName = st.value(2).toString();
            c.email = st.value(3).toString();
            const QString key = UsernameValidator::key(c.username);
            keyOfId.insert(c.id, key);
            holdings.m_clients.insert(key, c);
        }
    }
    const QList<qint64> ids = keyOfId.keys();
    for (qsizetype from = 0; from < ids.size(); from += chunk) {
        QJsonArray values;
        for (qint64 id : ids.mid(from, chunk))
            values.append(id);
        Statement st(db, u"SELECT client_id, indicator_id, intended_state, expires_at, plan_id "
                         "FROM accesses WHERE client_id IN ("_s +
                             SqlDialect::of(db).integersOf(u":ids"_s) + u')');
        st.bind(u":ids"_s, jsonList(values));
        if (const Status s = st.exec(); !s)
            return R::failure(s.error());
        while (st.next()) {
            Holding h;
            h.intent =
                intendedStateFromText(st.value(2).toString()).value_or(IntendedState::Revoked);
            h.expiration = st.value(3).isNull() ? Expiration::lifetime()
                                                : Expiration::at(DbTime::fromDb(st.value(3)));
            if (!st.value(4).isNull())
                h.planId = st.value(4).toLongLong();
            Client &c = holdings.m_clients[keyOfId.value(st.value(0).toLongLong())];
            c.accesses.insert(st.value(1).toLongLong(), h);
        }
    }
    return holdings;
}

const BulkHoldings::Client *BulkHoldings::find(const QString &username) const
{
    const auto it = m_clients.constFind(UsernameValidator::key(username));
    return it == m_clients.constEnd() ? nullptr : &*it;
}

std::optional<Expiration> BulkHoldings::running(const Client *client, qint64 indicatorId,
                                                const QDateTime &now)
{
    if (!client)
        return std::nullopt;
    const auto it = client->accesses.constFind(indicatorId);
    if (it == client->accesses.constEnd() || it->intent != IntendedState::Granted ||
        it->expiration.isPastAt(now))
        return std::nullopt;
    return it->expiration;
}

BulkHoldings::Summary BulkHoldings::summarize(const QString &username,
                                              const QList<std::pair<qint64, QString>> &indicators,
                                              const QDateTime &now) const
{
    Summary summary;
    const Client *client = find(username);
    if (!client)
        return summary;
    summary.isClient = true;
    summary.clientName = client->fullName;
    QStringList parts;
    for (const auto &[id, name] : indicators) {
        const auto held = running(client, id, now);
        if (!held)
            continue;
        if (held->isLifetime()) {
            summary.lifetime = true;
            parts.append(tr("%1 lifetime").arg(name));
        } else {
            parts.append(
                tr("%1 until %2")
                    .arg(name, QLocale().toString(held->until().date(), QLocale::ShortFormat)));
        }
    }
    summary.access = parts.join(u", "_s);
    return summary;
}

} // namespace pinedesk
