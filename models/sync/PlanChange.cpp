#include "PlanChange.h"

#include "domain/ExpiryCalculator.h"
#include "domain/Indicator.h"
#include "store/DbTime.h"
#include "store/IndicatorStore.h"
#include "store/PlanStore.h"
#include "store/SqlDialect.h"
#include "store/Statement.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

constexpr int clientsPerQuery = 5000;

struct Holding
{
    IntendedState intent = IntendedState::Revoked;
    Expiration expiration = Expiration::lifetime();
};
using Holdings = QHash<qint64, QHash<qint64, Holding>>; // client -> indicator -> intent

// Every access of these clients (not only the selected ones: a client may hold the new plan's
// indicators already).
Expected<Holdings> holdingsOf(const QSqlDatabase &db, const QList<qint64> &clientIds)
{
    Holdings holdings;
    for (qsizetype from = 0; from < clientIds.size(); from += clientsPerQuery) {
        QStringList texts;
        for (qint64 id : clientIds.mid(from, clientsPerQuery))
            texts.append(QString::number(id));
        Statement st(db, u"SELECT client_id, indicator_id, intended_state, expires_at FROM "
                         "accesses WHERE client_id IN ("_s +
                             SqlDialect::of(db).integersOf(u":ids"_s) + u')');
        st.bind(u":ids"_s, QString(u'[' + texts.join(u',') + u']'));
        if (const Status s = st.exec(); !s)
            return Expected<Holdings>::failure(s.error());
        while (st.next()) {
            Holding h;
            h.intent =
                intendedStateFromText(st.value(2).toString()).value_or(IntendedState::Revoked);
            h.expiration = st.value(3).isNull() ? Expiration::lifetime()
                                                : Expiration::at(DbTime::fromDb(st.value(3)));
            holdings[st.value(0).toLongLong()].insert(st.value(1).toLongLong(), h);
        }
    }
    return holdings;
}

int countItems(const QList<PlanChange::ClientDiff> &clients,
               QList<PlanChange::Item> PlanChange::ClientDiff::*list)
{
    int n = 0;
    for (const PlanChange::ClientDiff &c : clients)
        n += int((c.*list).size());
    return n;
}

void sortByName(QList<PlanChange::Item> &items)
{
    std::sort(items.begin(), items.end(), [](const auto &a, const auto &b) {
        return QString::compare(a.indicatorName, b.indicatorName, Qt::CaseInsensitive) < 0;
    });
}

} // namespace

int PlanChange::ClientDiff::lifetimeRevokes() const
{
    return int(std::count_if(revokes.cbegin(), revokes.cend(),
                             [](const Item &i) { return i.current && i.current->isLifetime(); }));
}

int PlanChange::Diff::grantCount() const
{
    return countItems(clients, &ClientDiff::grants);
}

int PlanChange::Diff::extensionCount() const
{
    return countItems(clients, &ClientDiff::extensions);
}

int PlanChange::Diff::revokeCount() const
{
    return countItems(clients, &ClientDiff::revokes);
}

int PlanChange::Diff::lifetimeClientCount() const
{
    return int(std::count_if(clients.cbegin(), clients.cend(),
                             [](const ClientDiff &c) { return c.holdsLifetime(); }));
}

int PlanChange::Diff::lifetimeRevokeCount() const
{
    int n = 0;
    for (const ClientDiff &c : clients)
        n += c.lifetimeRevokes();
    return n;
}

Expected<PlanChange::Diff> PlanChange::compute(const QList<SelectedAccess> &selection,
                                               qint64 targetPlanId)
{
    using R = Expected<Diff>;
    const auto planList = PlanStore(m_ctx).list();
    if (!planList)
        return R::failure(planList.error());
    QHash<qint64, Plan> plans;
    for (const Plan &p : *planList)
        plans.insert(p.id, p);
    if (!plans.contains(targetPlanId))
        return R::failure(tr("That plan no longer exists."));
    const auto indicatorList = IndicatorStore(m_ctx).list();
    if (!indicatorList)
        return R::failure(indicatorList.error());
    QHash<qint64, Indicator> catalog;
    for (const Indicator &i : *indicatorList)
        catalog.insert(i.id, i);

    Diff diff;
    diff.target = plans.value(targetPlanId);
    const Duration duration = diff.target.duration;

    // Who moves, from which plans; an access without a plan stands for its own indicator.
    struct Moving
    {
        ClientDiff diff;
        QSet<qint64> planIds;
        QSet<qint64> ownIndicators;
    };
    QHash<qint64, Moving> moving;
    QList<qint64> clientIds;
    for (const SelectedAccess &a : selection) {
        auto it = moving.find(a.clientId);
        if (it == moving.end()) {
            it = moving.insert(a.clientId, {});
            it->diff.clientId = a.clientId;
            it->diff.tvUsername = a.tvUsername;
            it->diff.clientName = a.clientName;
            clientIds.append(a.clientId);
        }
        if (a.planId)
            it->planIds.insert(*a.planId);
        else
            it->ownIndicators.insert(a.indicatorId);
    }
    const auto holdings = holdingsOf(m_ctx.database.connection(), clientIds);
    if (!holdings)
        return R::failure(holdings.error());

    const QDateTime now = m_ctx.clock.nowUtc();
    const ExpiryCalculator calc(m_ctx.clock);
    const auto itemFor = [&catalog](qint64 indicatorId) {
        Item item;
        item.indicatorId = indicatorId;
        item.pineId = catalog.value(indicatorId).pineId;
        item.indicatorName = catalog.value(indicatorId).name;
        return item;
    };
    const QSet<qint64> newSet(diff.target.indicatorIds.cbegin(), diff.target.indicatorIds.cend());

    for (qint64 clientId : std::as_const(clientIds)) {
        Moving &m = moving[clientId];
        ClientDiff &cd = m.diff;
        const QHash<qint64, Holding> held = holdings->value(clientId);
        QSet<qint64> oldSet = m.ownIndicators;
        for (qint64 planId : std::as_const(m.planIds)) {
            const Plan from = plans.value(planId);
            oldSet.unite(QSet<qint64>(from.indicatorIds.cbegin(), from.indicatorIds.cend()));
            if (!from.name.isEmpty())
                cd.fromPlans.append(from.name);
        }
        cd.fromPlans.sort(Qt::CaseInsensitive);

        for (qint64 indicatorId : std::as_const(diff.target.indicatorIds)) {
            Item item = itemFor(indicatorId);
            const auto h = held.constFind(indicatorId);
            const bool running = h != held.cend() && h->intent == IntendedState::Granted &&
                                 !h->expiration.isPastAt(now);
            if (running)
                item.current = h->expiration;
            if (ExpiryCalculator::extensionKeepsLifetime(item.current, duration)) {
                item.target = item.current;
                cd.keptLifetime.append(item);
                continue;
            }
            item.target = calc.extend(item.current, duration);
            if (!running)
                cd.grants.append(item);
            else if (*item.target == *item.current)
                cd.keptLifetime.append(item); // lifetime, and the plan is lifetime too
            else
                cd.extensions.append(item);
        }
        for (qint64 indicatorId : std::as_const(oldSet)) {
            if (newSet.contains(indicatorId))
                continue;
            const auto h = held.constFind(indicatorId);
            if (h == held.cend() || h->intent != IntendedState::Granted)
                continue; // nothing to take away
            Item item = itemFor(indicatorId);
            item.current = h->expiration;
            cd.revokes.append(item);
        }
        sortByName(cd.grants);
        sortByName(cd.extensions);
        sortByName(cd.revokes);
        sortByName(cd.keptLifetime);
        diff.clients.append(cd);
    }
    std::sort(diff.clients.begin(), diff.clients.end(), [](const auto &a, const auto &b) {
        return QString::compare(a.tvUsername, b.tvUsername, Qt::CaseInsensitive) < 0;
    });
    return diff;
}

Expected<AccessSelection::Outcome> PlanChange::apply(const Diff &diff)
{
    QList<AccessSelection::Pair> extend;
    QList<AccessSelection::Pair> revoke;
    int keptLifetime = 0;
    for (const ClientDiff &c : diff.clients) {
        for (const Item &i : c.grants + c.extensions)
            extend.append({c.tvUsername, i.pineId});
        for (const Item &i : c.revokes)
            revoke.append({c.tvUsername, i.pineId});
        keptLifetime += int(c.keptLifetime.size());
    }
    const QString label = tr("Change plan to %1").arg(diff.target.name);
    AccessChanges::Request extendShape;
    extendShape.mode = AccessChanges::Mode::Extend;
    extendShape.duration = diff.target.duration;
    extendShape.origin = AccessOrigin::Plan;
    extendShape.planId = diff.target.id;
    extendShape.label = label;
    AccessChanges::Request revokeShape;
    revokeShape.mode = AccessChanges::Mode::Revoke;
    revokeShape.label = label;

    const QList<AccessChanges::Request> requests = AccessSelection::requests(extendShape, extend) +
                                                   AccessSelection::requests(revokeShape, revoke);
    AccessSelection::Outcome outcome;
    if (!requests.isEmpty()) {
        const auto applied = AccessSelection(m_ctx).applyAll(requests);
        if (!applied)
            return applied;
        outcome = *applied;
    }
    outcome.keptLifetime = keptLifetime;
    return outcome;
}

} // namespace pinedesk
