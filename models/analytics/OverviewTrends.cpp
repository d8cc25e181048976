#include "OverviewTrends.h"

#include "AnalyticsLoader.h"
#include "BusinessMetrics.h"
#include "domain/Money.h"

#include <cmath>

namespace pinedesk {

Expected<OverviewTrends> OverviewTrends::compute(StoreContext context,
                                                 const std::atomic<bool> *cancel)
{
    auto facts = AnalyticsLoader(std::move(context)).load(cancel);
    if (!facts)
        return Expected<OverviewTrends>::failure(facts.error());
    const BusinessMetrics metrics(std::move(facts).value());
    const QDate last = BusinessMetrics::monthStart(metrics.facts().now.date()).date();
    const auto months = metrics.months(last.addMonths(1 - monthCount), last);
    OverviewTrends out;
    QMap<QString, double> totals;
    for (const auto &m : months) {
        for (auto it = m.figures.revenue.cbegin(); it != m.figures.revenue.cend(); ++it)
            totals[it.key()] += it.value();
    }
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        if (out.currency.isEmpty() || it.value() > totals.value(out.currency))
            out.currency = it.key();
    }
    const double scale = std::pow(10.0, Money::decimalsOf(out.currency));
    for (const auto &m : months) {
        out.months.append(m.month);
        out.activeClients.append(m.figures.activeAtEnd);
        out.newClients.append(m.figures.newClients);
        out.revenue.append(m.figures.revenue.value(out.currency) / scale);
    }
    return out;
}

} // namespace pinedesk
