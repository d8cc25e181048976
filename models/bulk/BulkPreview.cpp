#include "BulkPreview.h"

#include "BulkHoldings.h"
#include "domain/ExpiryCalculator.h"
#include "domain/Indicator.h"
#include "domain/Plan.h"
#include "store/IndicatorStore.h"
#include "store/PlanStore.h"
#include "sync/PlanChange.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

using Kind = BulkPreview::Kind;
using Mode = BulkRequest::Mode;

bool isLifetime(const std::optional<Expiration> &e)
{
    return e && e->isLifetime();
}

// Where a grant or an extension leaves one access, by the rules AccessChanges applies: a date
// wins; a grant gives at least the duration from now and never shortens; an extension adds to
// max(now, current end); lifetime stays lifetime unless a date (or lifetime) is asked for.
Expiration targetOf(const BulkRequest &r, const std::optional<Expiration> &current,
                    const ExpiryCalculator &calc)
{
    if (r.until)
        return Expiration::endOfDay(*r.until);
    const Duration duration = r.duration.value_or(Duration::lifetime());
    if (r.mode == Mode::Extend)
        return calc.extend(current, duration);
    const Expiration fresh = calc.fromNow(duration);
    if (!current || fresh.isLifetime())
        return fresh;
    if (current->isLifetime() || current->until() >= fresh.until())
        return *current;
    return fresh;
}

BulkPreview::Change planned(const BulkRequest &r, BulkPreview::Change c,
                            const ExpiryCalculator &calc)
{
    if (r.mode == Mode::Revoke) {
        const bool keep = isLifetime(c.current) && r.keepLifetime;
        c.kind = (c.current && !keep) ? Kind::Revoke : Kind::NoChange;
        c.target = c.kind == Kind::Revoke ? std::nullopt : c.current;
        return c;
    }
    if (isLifetime(c.current) && r.keepLifetime) {
        c.kind = Kind::NoChange;
        c.target = c.current;
        return c;
    }
    c.target = targetOf(r, c.current, calc);
    c.kind = !c.current ? Kind::Grant : (*c.target == *c.current ? Kind::NoChange : Kind::Extend);
    return c;
}

QString namesOf(const QList<qint64> &ids, const QHash<qint64, Indicator> &catalog)
{
    QStringList names;
    for (qint64 id : ids)
        names.append(catalog.value(id).name);
    names.sort(Qt::CaseInsensitive);
    if (names.size() <= 3)
        return names.join(u", "_s);
    return BulkPreview::tr("%1 and %n more", nullptr, int(names.size() - 2))
        .arg(names.mid(0, 2).join(u", "_s));
}

QString offerOf(const BulkRequest &r, const QString &target, const QString &fromPlan)
{
    const QString date = r.until ? QLocale().toString(*r.until, QLocale::ShortFormat) : QString();
    const bool lifetime = !r.until && r.duration && r.duration->isLifetime();
    const QString length = r.duration ? r.duration->displayText() : QString();
    switch (r.mode) {
    case Mode::Grant:
        return r.until    ? BulkPreview::tr("Grant of %1 until %2").arg(target, date)
               : lifetime ? BulkPreview::tr("Lifetime grant of %1").arg(target)
                          : BulkPreview::tr("Grant of %1 for %2").arg(target, length);
    case Mode::Extend:
        return r.until    ? BulkPreview::tr("Extension of %1 until %2").arg(target, date)
               : lifetime ? BulkPreview::tr("Lifetime extension of %1").arg(target)
                          : BulkPreview::tr("Extension of %1 by %2").arg(target, length);
    case Mode::Revoke:
        return BulkPreview::tr("Revocation of %1").arg(target);
    case Mode::Replace:
        return BulkPreview::tr("Move from %1 to %2").arg(fromPlan, target);
    }
    return {};
}

// Replace mode for the users PineDesk knows: PlanChange's diff, keyed by client.
Expected<QHash<qint64, PlanChange::ClientDiff>>
planDiffs(const StoreContext &context, const BulkRequest &r,
          const QList<const BulkHoldings::Client *> &clients)
{
    using R = Expected<QHash<qint64, PlanChange::ClientDiff>>;
    QHash<qint64, PlanChange::ClientDiff> byClient;
    if (clients.isEmpty())
        return byClient;
    // Each client "selects" the plan it leaves: PlanChange revokes what only that plan has.
    QList<SelectedAccess> selection;
    for (const BulkHoldings::Client *c : clients) {
        SelectedAccess a;
        a.clientId = c->id;
        a.tvUsername = c->username;
        a.clientName = c->fullName;
        a.planId = r.fromPlanId;
        selection.append(a);
    }
    const auto diff = PlanChange(context).compute(selection, *r.planId);
    if (!diff)
        return R::failure(diff.error());
    for (const PlanChange::ClientDiff &d : diff->clients)
        byClient.insert(d.clientId, d);
    return byClient;
}

BulkPreview::Change fromItem(const PlanChange::Item &item, Kind kind)
{
    BulkPreview::Change c;
    c.indicatorId = item.indicatorId;
    c.pineId = item.pineId;
    c.indicatorName = item.indicatorName;
    c.kind = kind;
    c.current = item.current;
    c.target = item.target;
    return c;
}

// The client's diff as changes: grants, extensions, kept lifetimes, then revokes.
QList<BulkPreview::Change> replaceChanges(const BulkRequest &r, const PlanChange::ClientDiff &d,
                                          const QDateTime &now)
{
    QList<BulkPreview::Change> changes;
    for (const PlanChange::Item &i : d.grants)
        changes.append(fromItem(i, Kind::Grant));
    for (const PlanChange::Item &i : d.extensions)
        changes.append(fromItem(i, Kind::Extend));
    for (const PlanChange::Item &i : d.keptLifetime)
        changes.append(fromItem(i, Kind::NoChange));
    for (BulkPreview::Change &c : changes)
        c.planId = r.planId;
    for (const PlanChange::Item &i : d.revokes) {
        BulkPreview::Change c = fromItem(i, Kind::Revoke);
        // An access that already ended needs nothing; a lifetime one is kept when asked.
        if (c.current && c.current->isPastAt(now))
            c.current.reset();
        if (!c.current || (c.current->isLifetime() && r.keepLifetime)) {
            c.kind = Kind::NoChange;
            c.target = c.current;
        }
        changes.append(c);
    }
    return changes;
}

void addWarnings(BulkPreview::Result &result, const QStringList &retired)
{
    const BulkPreview::Totals &t = result.totals;
    if (t.lifetimeHolders > 0) {
        const QString who =
            BulkPreview::tr("%n client(s) hold lifetime access.", nullptr, t.lifetimeHolders);
        const QString what = t.lifetimeEnded > 0
                                 ? BulkPreview::tr("%n lifetime access(es) will end: those clients "
                                                   "lose access they were given for life.",
                                                   nullptr, t.lifetimeEnded)
                                 : BulkPreview::tr("Their lifetime access stays as it is.");
        result.warnings.append(QString(who + u' ' + what));
    }
    for (const QString &name : retired)
        result.warnings.append(
            BulkPreview::tr("%1 is retired: you are giving access to an indicator you no longer "
                            "sell.")
                .arg(name));
    if (t.withoutEmail > 0)
        result.warnings.append(BulkPreview::tr("%n client(s) have no e-mail address: you cannot "
                                               "tell them about this change.",
                                               nullptr, t.withoutEmail));
    if (t.newClients > 0)
        result.warnings.append(BulkPreview::tr("%n username(s) are not clients yet: they are "
                                               "added as clients when the changes are queued.",
                                               nullptr, t.newClients));
}

} // namespace

bool BulkPreview::User::hasChanges() const
{
    return std::any_of(changes.cbegin(), changes.cend(),
                       [](const Change &c) { return c.kind != Kind::NoChange; });
}

bool BulkPreview::User::holdsLifetime() const
{
    return std::any_of(changes.cbegin(), changes.cend(),
                       [](const Change &c) { return isLifetime(c.current); });
}

int BulkPreview::User::count(Kind kind) const
{
    return int(std::count_if(changes.cbegin(), changes.cend(),
                             [kind](const Change &c) { return c.kind == kind; }));
}

Expected<BulkPreview::Result> BulkPreview::compute(const StoreContext &context,
                                                   const BulkRequest &request,
                                                   const QStringList &usernames)
{
    using R = Expected<Result>;
    if (const Status s = request.validate(); !s)
        return R::failure(s.error());
    const auto indicatorList = IndicatorStore(context).list();
    if (!indicatorList)
        return R::failure(indicatorList.error());
    const auto planList = PlanStore(context).list();
    if (!planList)
        return R::failure(planList.error());
    QHash<qint64, Indicator> catalog;
    for (const Indicator &i : *indicatorList)
        catalog.insert(i.id, i);
    QHash<qint64, Plan> plans;
    for (const Plan &p : *planList)
        plans.insert(p.id, p);
    if ((request.planId && !plans.contains(*request.planId)) ||
        (request.fromPlanId && !plans.contains(*request.fromPlanId)))
        return R::failure(tr("That plan no longer exists."));

    Result result;
    result.request = request;
    result.computedAt = context.clock.nowUtc();
    const QList<qint64> targets =
        request.planId ? plans.value(*request.planId).indicatorIds : request.indicatorIds;
    for (qint64 id : targets) {
        if (!catalog.contains(id))
            return R::failure(tr("An indicator you chose is no longer in the catalog."));
    }
    result.targetName =
        request.planId ? plans.value(*request.planId).name : namesOf(targets, catalog);
    result.offer =
        offerOf(request, result.targetName, plans.value(request.fromPlanId.value_or(0)).name);

    const auto holdings = BulkHoldings::load(context.database.connection(), usernames);
    if (!holdings)
        return R::failure(holdings.error());
    const bool replace = request.mode == Mode::Replace;
    QHash<qint64, PlanChange::ClientDiff> diffs;
    if (replace) {
        QList<const BulkHoldings::Client *> known;
        for (const QString &name : usernames) {
            if (const auto *c = holdings->find(name))
                known.append(c);
        }
        auto computed = planDiffs(context, request, known);
        if (!computed)
            return R::failure(computed.error());
        diffs = std::move(computed).value();
    }

    const QDateTime now = result.computedAt;
    const ExpiryCalculator calc(context.clock);
    BulkRequest shape = request;
    if (replace) // new clients get the new plan as a fresh grant of its duration
        shape.duration = plans.value(*request.planId).duration;
    for (const QString &name : usernames) {
        const BulkHoldings::Client *client = holdings->find(name);
        User user;
        user.username = client ? client->username : name;
        if (client) {
            user.clientId = client->id;
            user.clientName = client->fullName;
            user.email = client->email;
        }
        if (replace && client) {
            user.changes = replaceChanges(request, diffs.value(client->id), now);
        } else {
            for (qint64 id : targets) {
                Change c;
                c.indicatorId = id;
                c.pineId = catalog.value(id).pineId;
                c.indicatorName = catalog.value(id).name;
                c.current = BulkHoldings::running(client, id, now);
                if (request.planId)
                    c.planId = request.planId;
                else if (c.current)
                    c.planId = client->accesses.value(id).planId;
                if (replace) {
                    c.kind = Kind::Grant;
                    c.target = calc.fromNow(*shape.duration);
                } else {
                    c = planned(shape, c, calc);
                }
                user.changes.append(c);
            }
        }
        result.users.append(user);
    }

    Totals &t = result.totals;
    QSet<qint64> retiredIds;
    for (const User &u : std::as_const(result.users)) {
        ++t.users;
        t.grants += u.count(Kind::Grant);
        t.extensions += u.count(Kind::Extend);
        t.noChanges += u.count(Kind::NoChange);
        t.revokes += u.count(Kind::Revoke);
        if (u.holdsLifetime())
            ++t.lifetimeHolders;
        for (const Change &c : u.changes) {
            if (isLifetime(c.current) && !isLifetime(c.target))
                ++t.lifetimeEnded;
            if ((c.kind == Kind::Grant || c.kind == Kind::Extend) &&
                catalog.value(c.indicatorId).status == IndicatorStatus::Retired)
                retiredIds.insert(c.indicatorId);
        }
        if (!u.hasChanges())
            continue;
        ++t.usersChanged;
        if (u.isNewClient())
            ++t.newClients;
        if (u.email.isEmpty())
            ++t.withoutEmail;
    }
    t.retiredIndicators = int(retiredIds.size());
    QStringList retired;
    for (qint64 id : std::as_const(retiredIds))
        retired.append(catalog.value(id).name);
    retired.sort(Qt::CaseInsensitive);
    addWarnings(result, retired);
    result.label = tr("Bulk %1: %2 (%n client(s))", nullptr, t.usersChanged)
                       .arg(BulkRequest::modeName(request.mode).toLower(), result.targetName);
    return result;
}

QString BulkPreview::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Grant:
        return tr("New grant");
    case Kind::Extend:
        return tr("Extension");
    case Kind::NoChange:
        return tr("No change");
    case Kind::Revoke:
        return tr("Revoke");
    }
    return {};
}

QString BulkPreview::expirationText(const Expiration &expiration)
{
    return expiration.isLifetime()
               ? tr("lifetime")
               : tr("until %1")
                     .arg(QLocale().toString(expiration.until().date(), QLocale::ShortFormat));
}

QString BulkPreview::describe(const Change &c)
{
    switch (c.kind) {
    case Kind::Grant:
        return tr("%1: new, %2").arg(c.indicatorName, expirationText(*c.target));
    case Kind::Extend:
        return tr("%1: %2 → %3")
            .arg(c.indicatorName, expirationText(*c.current), expirationText(*c.target));
    case Kind::Revoke:
        return tr("%1: revoke (was %2)").arg(c.indicatorName, expirationText(*c.current));
    case Kind::NoChange:
        return c.current ? tr("%1: stays %2").arg(c.indicatorName, expirationText(*c.current))
                         : tr("%1: holds nothing").arg(c.indicatorName);
    }
    return {};
}

} // namespace pinedesk
