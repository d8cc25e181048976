#include "AccessSelection.h"

#include "domain/ExpiryCalculator.h"
#include "store/DbTime.h"
#include "store/SqlDialect.h"
#include "store/Statement.h"
#include "store/Transaction.h"

#include <QHash>
#include <QLocale>
#include <QMap>
#include <QSet>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

constexpr int idsPerQuery = 5000;

QString jsonArray(const QList<qint64> &ids)
{
    QStringList texts;
    texts.reserve(ids.size());
    for (qint64 id : ids)
        texts.append(QString::number(id));
    return QString(u'[' + texts.join(u',') + u']');
}

} // namespace

Expected<QList<SelectedAccess>> AccessSelection::load(const QList<qint64> &accessIds)
{
    using R = Expected<QList<SelectedAccess>>;
    QHash<qint64, SelectedAccess> found;
    found.reserve(accessIds.size());
    for (qsizetype from = 0; from < accessIds.size(); from += idsPerQuery) {
        Statement st(m_ctx.database.connection(),
                     u"SELECT a.id, a.client_id, a.indicator_id, c.tv_username, c.full_name, "
                     "i.pine_id, i.name, a.intended_state, a.expires_at, a.plan_id FROM accesses a "
                     "JOIN clients c ON c.id = a.client_id JOIN indicators i ON "
                     "i.id = a.indicator_id WHERE a.id IN ("_s +
                         SqlDialect::of(m_ctx.database.connection()).integersOf(u":ids"_s) + u')');
        st.bind(u":ids"_s, jsonArray(accessIds.mid(from, idsPerQuery)));
        if (const Status s = st.exec(); !s)
            return R::failure(s.error());
        while (st.next()) {
            SelectedAccess a;
            a.accessId = st.value(0).toLongLong();
            a.clientId = st.value(1).toLongLong();
            a.indicatorId = st.value(2).toLongLong();
            a.tvUsername = st.value(3).toString();
            a.clientName = st.value(4).toString();
            a.pineId = st.value(5).toString();
            a.indicatorName = st.value(6).toString();
            a.intent =
                intendedStateFromText(st.value(7).toString()).value_or(IntendedState::Revoked);
            a.expiration = st.value(8).isNull() ? Expiration::lifetime()
                                                : Expiration::at(DbTime::fromDb(st.value(8)));
            if (!st.value(9).isNull())
                a.planId = st.value(9).toLongLong();
            found.insert(a.accessId, a);
        }
    }
    QList<SelectedAccess> ordered;
    ordered.reserve(found.size());
    for (qint64 id : accessIds) {
        if (const auto it = found.constFind(id); it != found.cend())
            ordered.append(*it);
    }
    return ordered;
}

int AccessSelection::lifetimeCount(const QList<SelectedAccess> &accesses)
{
    return int(std::count_if(accesses.cbegin(), accesses.cend(),
                             [](const SelectedAccess &a) { return a.isLifetime(); }));
}

QList<AccessSelection::Pair> AccessSelection::pairsOf(const QList<SelectedAccess> &accesses)
{
    QList<Pair> pairs;
    pairs.reserve(accesses.size());
    for (const SelectedAccess &a : accesses)
        pairs.append({a.tvUsername, a.pineId});
    return pairs;
}

QList<AccessChanges::Request> AccessSelection::requests(const AccessChanges::Request &shape,
                                                        const QList<Pair> &pairs)
{
    // username (as stored, unique ignoring case) -> its pine ids, then pine id set -> usernames.
    QMap<QString, QStringList> pinesOf;
    QHash<QString, QString> spelling;
    for (const Pair &p : pairs) {
        const QString key = p.first.toLower();
        spelling.insert(key, p.first);
        QStringList &pines = pinesOf[key];
        if (!pines.contains(p.second))
            pines.append(p.second);
    }
    QMap<QStringList, QStringList> usersOf;
    for (auto it = pinesOf.begin(); it != pinesOf.end(); ++it) {
        QStringList pines = it.value();
        pines.sort();
        usersOf[pines].append(spelling.value(it.key()));
    }
    QList<AccessChanges::Request> list;
    for (auto it = usersOf.cbegin(); it != usersOf.cend(); ++it) {
        AccessChanges::Request r = shape;
        r.usernames = it.value();
        r.pineIds = it.key();
        list.append(r);
    }
    return list;
}

Status AccessSelection::unchangedSinceSelected(const QList<SelectedAccess> &selected)
{
    QList<qint64> ids;
    ids.reserve(selected.size());
    for (const SelectedAccess &a : selected)
        ids.append(a.accessId);
    const auto now = load(ids);
    if (!now)
        return Status::failure(now.error());
    QHash<qint64, SelectedAccess> current;
    for (const SelectedAccess &a : *now)
        current.insert(a.accessId, a);
    QList<SelectedAccess> changed;
    for (const SelectedAccess &was : selected) {
        const auto it = current.constFind(was.accessId);
        if (it == current.cend() || it->intent != was.intent ||
            !(it->expiration == was.expiration) || it->planId != was.planId ||
            it->tvUsername != was.tvUsername || it->pineId != was.pineId ||
            it->clientId != was.clientId)
            changed.append(it == current.cend() ? was : *it);
    }
    if (changed.isEmpty())
        return {};
    // Who changed the first one, and when, from its history.
    const SelectedAccess &first = changed.first();
    QString who = tr("someone else");
    Statement last(m_ctx.database.connection(),
                   u"SELECT actor, at FROM access_history WHERE access_id = :id ORDER BY id DESC "
                   "LIMIT 1"_s);
    last.bind(u":id"_s, first.accessId);
    if (const auto found = last.execAndFirst(); found && *found)
        who = tr("%1 at %2")
                  .arg(last.value(0).toString(),
                       QLocale().toString(DbTime::fromDb(last.value(1)).toLocalTime(),
                                          QLocale::ShortFormat));
    const QString state = first.intent == IntendedState::Revoked ? tr("revoked")
                          : first.expiration.isLifetime()
                              ? tr("lifetime")
                              : tr("ends %1").arg(QLocale().toString(
                                    first.expiration.until().toLocalTime(), QLocale::ShortFormat));
    return Status::failure(
        Error(Error::Kind::Conflict,
              tr("%n of the accesses you selected changed since you selected them: %1 on %2 is now "
                 "%3 (changed by %4). Nothing was changed; look at them again and repeat.",
                 nullptr, int(changed.size()))
                  .arg(first.tvUsername, first.indicatorName, state, who),
              u"%1 selected accesses changed meanwhile"_s.arg(changed.size())));
}

Expected<AccessSelection::Outcome>
AccessSelection::applyAll(const QList<AccessChanges::Request> &requests,
                          const QList<SelectedAccess> *asSelected)
{
    using R = Expected<Outcome>;
    Transaction tx(m_ctx.database.connection());
    if (!tx.isActive())
        return R::failure(tx.error());
    // Optimistic: what the vendor decided on must still be what is stored, or someone (another
    // window, another member) changed it meanwhile and the decision is theirs to repeat.
    if (asSelected) {
        if (const Status s = unchangedSinceSelected(*asSelected); !s)
            return R::failure(s.error());
    }
    Outcome outcome;
    for (const AccessChanges::Request &request : requests) {
        const auto summary = AccessChanges(m_ctx).apply(request);
        if (!summary)
            return R::failure(summary.error());
        outcome.queued += summary->queued;
        outcome.unchanged += summary->unchanged;
        ++outcome.batches;
    }
    if (const Status s = tx.commit(); !s)
        return R::failure(s.error());
    return outcome;
}

Expected<AccessSelection::Outcome> AccessSelection::extend(const QList<SelectedAccess> &accesses,
                                                           const Duration &duration)
{
    AccessChanges::Request shape;
    shape.mode = AccessChanges::Mode::Extend;
    shape.duration = duration;
    shape.label = tr("Extend by %1").arg(duration.displayText());
    auto outcome = applyAll(requests(shape, pairsOf(accesses)), &accesses);
    if (!outcome)
        return outcome;
    Outcome result = *outcome;
    const QDateTime now = m_ctx.clock.nowUtc();
    for (const SelectedAccess &a : accesses) {
        const auto held = a.isRunningAt(now) ? std::optional(a.expiration) : std::nullopt;
        if (ExpiryCalculator::extensionKeepsLifetime(held, duration))
            ++result.keptLifetime;
    }
    return result;
}

Expected<AccessSelection::Outcome> AccessSelection::setUntil(const QList<SelectedAccess> &accesses,
                                                             QDate day)
{
    AccessChanges::Request shape;
    shape.mode = AccessChanges::Mode::Extend;
    shape.until = day;
    shape.label = tr("Until %1").arg(day.toString(Qt::ISODate));
    return applyAll(requests(shape, pairsOf(accesses)), &accesses);
}

Expected<AccessSelection::Outcome> AccessSelection::revoke(const QList<SelectedAccess> &accesses)
{
    AccessChanges::Request shape;
    shape.mode = AccessChanges::Mode::Revoke;
    shape.label = tr("Revoke");
    return applyAll(requests(shape, pairsOf(accesses)), &accesses);
}

} // namespace pinedesk
