#include "ImportAccess.h"

#include "domain/Indicator.h"
#include "domain/Plan.h"
#include "payments/PaymentSettings.h"
#include "store/IndicatorStore.h"
#include "store/PlanStore.h"
#include "store/ProductMapStore.h"
#include "sync/AccessChanges.h"

#include <QMap>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

ImportAccess::ImportAccess(StoreContext context, QString provider)
    : m_ctx(std::move(context))
    , m_provider(std::move(provider))
{}

Expected<std::optional<qint64>> ImportAccess::planFor(const QString &product)
{
    using R = Expected<std::optional<qint64>>;
    const QString key = product.trimmed();
    if (key.isEmpty())
        return std::optional<qint64>();
    if (const auto cached = m_plans.constFind(key); cached != m_plans.cend())
        return *cached;
    std::optional<qint64> plan;
    if (!m_provider.isEmpty()) {
        const auto mapped = ProductMapStore(m_ctx).planFor(m_provider, QStringList{key});
        if (!mapped)
            return R::failure(mapped.error());
        plan = *mapped;
    }
    if (!plan) {
        const auto named = PlanStore(m_ctx).findByName(key);
        if (!named)
            return R::failure(named.error());
        if (*named)
            plan = (*named)->id;
    }
    m_plans.insert(key, plan);
    return plan;
}

void ImportAccess::add(const QString &tvUsername, qint64 planId, const QDateTime &paidAt)
{
    if (tvUsername.isEmpty())
        return;
    const QString lower = tvUsername.toLower();
    m_spelling.insert(lower, tvUsername);
    QDateTime &latest = m_latestPaid[{lower, planId}];
    if (!latest.isValid() || paidAt > latest)
        latest = paidAt;
}

Expected<int> ImportAccess::apply()
{
    if (m_latestPaid.isEmpty())
        return 0;
    const int graceDays = PaymentSettings::load(m_ctx).graceDays;
    const QDate today = m_ctx.clock.nowUtc().date();
    PlanStore plans(m_ctx);
    IndicatorStore indicators(m_ctx);
    // One request per plan and end day, so clients who paid on the same day go together.
    QMap<QPair<qint64, QDate>, QStringList> groups; // an invalid date: lifetime
    QHash<qint64, Plan> planById;
    for (auto it = m_latestPaid.cbegin(); it != m_latestPaid.cend(); ++it) {
        const qint64 planId = it.key().second;
        if (!planById.contains(planId)) {
            const auto plan = plans.findById(planId);
            if (!plan)
                return Expected<int>::failure(plan.error());
            if (!*plan)
                continue;
            planById.insert(planId, **plan);
        }
        const Plan &plan = planById[planId];
        QDate until;
        if (!plan.duration.isLifetime()) {
            until = plan.duration.addTo(it.value()).toUTC().date().addDays(graceDays);
            if (until < today)
                continue; // paid for a period that is over
        }
        groups[{planId, until}].append(m_spelling.value(it.key().first));
    }
    int queued = 0;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const Plan &plan = planById[it.key().first];
        AccessChanges::Request r;
        r.mode = AccessChanges::Mode::Grant;
        r.usernames = it.value();
        for (qint64 id : plan.indicatorIds) {
            const auto indicator = indicators.findById(id);
            if (!indicator)
                return Expected<int>::failure(indicator.error());
            if (*indicator)
                r.pineIds.append((*indicator)->pineId);
        }
        if (r.pineIds.isEmpty())
            continue;
        if (it.key().second.isValid()) {
            r.until = it.key().second;
            r.keepLonger = true;
        } else {
            r.duration = Duration::lifetime();
        }
        r.origin = AccessOrigin::Plan;
        r.planId = plan.id;
        r.label = tr("Import: %1 from payments").arg(plan.name);
        const auto summary = AccessChanges(m_ctx).apply(r);
        if (!summary)
            return Expected<int>::failure(summary.error());
        queued += summary->queued;
    }
    return queued;
}

} // namespace pinedesk
