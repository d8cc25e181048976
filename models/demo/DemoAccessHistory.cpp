#include "DemoAccessHistory.h"

namespace pinedesk {

QList<DemoAccessHistory::Row> DemoAccessHistory::rowsFor(const DemoHistory &history, int indicator,
                                                         const QList<DemoPlan> &plans,
                                                         const QDateTime &now)
{
    const DemoHistory::Holding h = history.holdings.value(indicator);
    const std::optional<QDateTime> holdingEnd =
        h.expiration.isLifetime() ? std::nullopt : std::optional(h.expiration.until());
    QList<Row> rows;
    const bool chained = h.plan >= 0 && h.plan < plans.size() &&
                         !plans[h.plan].duration.isLifetime() && h.origin == AccessOrigin::Plan;
    if (chained) {
        const Duration duration = plans[h.plan].duration;
        std::optional<QDateTime> end;
        for (const DemoHistory::Payment &p : history.payments) {
            if (p.plan != h.plan || p.paidAt > now)
                continue;
            if (end && p.paidAt <= end->addDays(7)) {
                const QDateTime from = std::max(*end, p.paidAt);
                rows.append({Change::Extend, *end, duration.addTo(from)});
                end = duration.addTo(from);
            } else {
                rows.append({Change::Grant, p.paidAt, duration.addTo(p.paidAt)});
                end = duration.addTo(p.paidAt);
            }
        }
        if (rows.isEmpty()) {
            rows.append({Change::Grant, h.startsAt, holdingEnd});
        } else if (holdingEnd && *end != *holdingEnd) {
            // Where the holding really ends: more time given by hand, or less.
            if (*holdingEnd > *end)
                rows.append({Change::Extend, *end, holdingEnd});
            else
                rows.append({Change::Shorten, std::min(*holdingEnd, now), holdingEnd});
        }
    } else {
        rows.append({Change::Grant, h.startsAt, holdingEnd});
    }
    if (h.intent == IntendedState::Revoked && (!holdingEnd || *holdingEnd > now))
        rows.append({Change::Revoke, now, now});
    return rows;
}

} // namespace pinedesk
