#pragma once

#include "BusinessMetrics.h"

#include <QCoreApplication>

namespace pinedesk {

// Everything the Analytics page shows for one range, computed on a worker and handed to the
// window whole: the figures and those of the period before, month by month, the cohorts, the
// indicators and plans, and the revenue at risk.
struct AnalyticsSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(AnalyticsSnapshot)

public:
    enum class Range { ThisMonth, Last3Months, Last6Months, Last12Months, YearToDate };

    QDate firstMonth;
    QDate lastMonth;
    QDateTime computedAt;
    int graceDays = 7;
    BusinessMetrics::Figures current;
    BusinessMetrics::Figures previous;
    QList<BusinessMetrics::Month> months;
    QList<BusinessMetrics::Cohort> cohorts;
    QList<BusinessMetrics::Ranked> topIndicators; // active accesses at the end
    QList<BusinessMetrics::Ranked> revenueByPlan;
    QList<BusinessMetrics::AtRisk> atRisk; // 7, 30 and 90 days

    static std::pair<QDate, QDate> monthsFor(Range range, const QDate &today);
    static QString rangeName(Range range);
    static AnalyticsSnapshot compute(const BusinessMetrics &metrics, QDate firstMonth,
                                     QDate lastMonth);
};

} // namespace pinedesk
