#include "DemoHistory.h"

namespace pinedesk {

namespace {

constexpr int historyDays = 548; // eighteen months
constexpr int starterMonthly = 0;
constexpr int proMonthly = 1;
constexpr int proQuarterly = 2;
constexpr int lifetimeAllAccess = 3;

int pickSubscriptionPlan(DemoRandom &rng)
{
    const int r = rng.below(100);
    return r < 40 ? starterMonthly : (r < 80 ? proMonthly : proQuarterly);
}

void hold(DemoHistory &h, const DemoPlan &plan, int planIndex, const QDateTime &start,
          const Expiration &until, bool newStreak, AccessOrigin origin)
{
    for (int indicator : plan.indicators) {
        DemoHistory::Holding &holding = h.holdings[indicator];
        if (newStreak || !holding.startsAt.isValid() || holding.expiration.isPastAt(start))
            holding.startsAt = start;
        holding.expiration = until;
        holding.intent = IntendedState::Granted;
        holding.origin = origin;
        holding.plan = planIndex;
    }
}

QDateTime shiftBack(const Duration &d, const QDateTime &from)
{
    switch (d.unit()) {
    case Duration::Unit::Months:
        return from.addMonths(-d.count());
    case Duration::Unit::Years:
        return from.addYears(-d.count());
    case Duration::Unit::Weeks:
        return from.addDays(-7 * qint64(d.count()));
    case Duration::Unit::Days:
        return from.addDays(-d.count());
    case Duration::Unit::Lifetime:
        break;
    }
    return from;
}

} // namespace

DemoHistory DemoHistory::pinnedSubscriber(DemoRandom &rng, const QList<DemoPlan> &plans,
                                          const QDateTime &now, const QDateTime &expiresAt)
{
    DemoHistory h;
    h.kind = Kind::Subscriber;
    // A monthly plan cannot end more than a month ahead without a payment in the future.
    const bool monthlyFits = expiresAt.addMonths(-1) <= now;
    const int planIndex =
        monthlyFits ? (rng.chance(0.5) ? starterMonthly : proMonthly) : proQuarterly;
    const DemoPlan &plan = plans[planIndex];
    const int periods = rng.between(1, 9);
    QList<QDateTime> starts;
    QDateTime end = expiresAt;
    for (int i = 0; i < periods; ++i) {
        const QDateTime start = shiftBack(plan.duration, end);
        if (start < now.addDays(-historyDays))
            break;
        starts.prepend(start);
        end = start;
    }
    if (starts.isEmpty())
        starts.append(shiftBack(plan.duration, expiresAt));
    h.registeredAt = starts.first().addDays(-rng.between(0, 10)).addSecs(-rng.below(86400));
    for (const QDateTime &start : std::as_const(starts))
        h.payments.append({start, planIndex});
    hold(h, plan, planIndex, starts.first(), Expiration::at(expiresAt), true, AccessOrigin::Plan);
    return h;
}

DemoHistory DemoHistory::simulate(DemoRandom &rng, const QList<DemoPlan> &plans,
                                  const QDateTime &now, Kind kind)
{
    DemoHistory h;
    h.kind = kind;
    h.registeredAt = now.addDays(-rng.below(historyDays)).addSecs(-rng.below(86400));
    if (kind == Kind::Lead)
        return h;

    QDateTime t = h.registeredAt.addDays(rng.between(0, 14)).addSecs(rng.below(36000));
    if (t > now)
        t = now.addSecs(-3600);

    if (kind == Kind::LifetimeBuyer) {
        // Some lifetime buyers tried a monthly plan first.
        if (rng.chance(0.4) && t.addMonths(1) < now) {
            h.payments.append({t, proMonthly});
            hold(h, plans[proMonthly], proMonthly, t, Expiration::at(t.addMonths(1)), true,
                 AccessOrigin::Plan);
            t = t.addMonths(1).addDays(-rng.between(0, 3));
        }
        h.payments.append({t, lifetimeAllAccess});
        hold(h, plans[lifetimeAllAccess], lifetimeAllAccess, t, Expiration::lifetime(), false,
             AccessOrigin::Plan);
        return h;
    }

    int planIndex = pickSubscriptionPlan(rng);
    bool newStreak = true;
    AccessOrigin origin = AccessOrigin::Plan;
    while (t <= now) {
        const DemoPlan &plan = plans[planIndex];
        const QDateTime end = plan.duration.addTo(t);
        h.payments.append({t, planIndex});
        hold(h, plan, planIndex, t, Expiration::at(end), newStreak, origin);
        newStreak = false;
        if (end > now)
            break;
        const double renewal =
            plan.duration.unit() == Duration::Unit::Months && plan.duration.count() >= 3 ? 0.65
                                                                                         : 0.8;
        if (rng.chance(renewal)) {
            t = end;
            if (rng.chance(0.05))
                planIndex = planIndex == starterMonthly ? proMonthly : planIndex; // upgrade
            continue;
        }
        if (!rng.chance(0.3))
            break; // churned for good
        // Came back after a while, often through a campaign, sometimes on another plan.
        t = end.addDays(rng.between(20, 150)).addSecs(rng.below(86400));
        newStreak = true;
        origin = rng.chance(0.5) ? AccessOrigin::Campaign : AccessOrigin::Plan;
        if (rng.chance(0.3))
            planIndex = pickSubscriptionPlan(rng);
    }
    // Vendors revoke part of what lapsed; the rest stays granted-but-expired.
    for (auto it = h.holdings.begin(); it != h.holdings.end(); ++it) {
        if (it->expiration.isPastAt(now) && rng.chance(0.25))
            it->intent = IntendedState::Revoked;
    }
    return h;
}

} // namespace pinedesk
