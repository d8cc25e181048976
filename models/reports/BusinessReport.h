#pragma once

#include "analytics/BusinessMetrics.h"
#include "domain/Expected.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonObject>

namespace pinedesk {

// The business report for a range of whole months: the figures with the same-length period
// before for comparison, month by month, the cohorts, the indicators and plans, and the revenue
// at risk. As JSON (every figure of the dashboard, for scripts) or as CSV (the monthly table).
// Money is in minor units per currency, never added across currencies.
class BusinessReport
{
    Q_DECLARE_TR_FUNCTIONS(BusinessReport)

public:
    BusinessReport(const BusinessMetrics &metrics, QDate firstMonth, QDate lastMonth);

    // "2026-01" -> the first day of that month; a clear sentence otherwise.
    static Expected<QDate> parseMonth(const QString &text);

    QJsonObject toJson() const;
    Status writeMonthlyCsv(QIODevice &device, bool bom = true) const;

    QDateTime from() const { return BusinessMetrics::monthStart(m_first); }
    QDateTime to() const { return BusinessMetrics::monthStart(m_last).addMonths(1); }

private:
    const BusinessMetrics &m_metrics;
    QDate m_first;
    QDate m_last;
};

} // namespace pinedesk
