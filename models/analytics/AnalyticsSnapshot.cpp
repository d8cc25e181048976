#include "AnalyticsSnapshot.h"

namespace pinedesk {

std::pair<QDate, QDate> AnalyticsSnapshot::monthsFor(Range range, const QDate &today)
{
    const QDate month(today.year(), today.month(), 1);
    switch (range) {
    case Range::ThisMonth:
        return {month, month};
    case Range::Last3Months:
        return {month.addMonths(-2), month};
    case Range::Last6Months:
        return {month.addMonths(-5), month};
    case Range::Last12Months:
        return {month.addMonths(-11), month};
    case Range::YearToDate:
        return {QDate(today.year(), 1, 1), month};
    }
    return {month, month};
}

QString AnalyticsSnapshot::rangeName(Range range)
{
    switch (range) {
    case Range::ThisMonth:
        return tr("This month");
    case Range::Last3Months:
        return tr("Last 3 months");
    case Range::Last6Months:
        return tr("Last 6 months");
    case Range::Last12Months:
        return tr("Last 12 months");
    case Range::YearToDate:
        return tr("Year to date");
    }
    return {};
}

AnalyticsSnapshot AnalyticsSnapshot::compute(const BusinessMetrics &metrics, QDate firstMonth,
                                             QDate lastMonth)
{
    AnalyticsSnapshot s;
    s.firstMonth = firstMonth;
    s.lastMonth = lastMonth;
    s.computedAt = metrics.facts().now;
    s.graceDays = metrics.facts().graceDays;
    const QDateTime from = BusinessMetrics::monthStart(firstMonth);
    const QDateTime to = BusinessMetrics::monthStart(lastMonth).addMonths(1);
    const int length =
        (lastMonth.year() - firstMonth.year()) * 12 + lastMonth.month() - firstMonth.month() + 1;
    s.current = metrics.figures(from, to);
    s.previous = metrics.figures(from.addMonths(-length), from);
    // The trend always shows a year at least, so a short range still has a shape.
    const QDate trendStart = std::min(firstMonth, lastMonth.addMonths(-11));
    s.months = metrics.months(trendStart, lastMonth);
    s.cohorts = metrics.cohorts(trendStart, lastMonth);
    const QDateTime end = std::min(to.addSecs(-1), metrics.facts().now);
    s.topIndicators = metrics.activeByIndicator(end).mid(0, 10);
    s.revenueByPlan = metrics.revenueByPlan(from, to).mid(0, 10);
    for (int days : {7, 30, 90})
        s.atRisk.append(metrics.atRisk(days));
    return s;
}

} // namespace pinedesk
