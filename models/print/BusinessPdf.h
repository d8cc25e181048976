#pragma once

#include "analytics/AnalyticsSnapshot.h"
#include "domain/Expected.h"

#include <QCoreApplication>

namespace pinedesk {

class ReportDocument;

// The monthly business report for an accountant or a partner: a cover with the period and
// every figure with its change against the period before (definitions as footnotes), the
// charts, then the tables month by month, the cohorts, the indicators and plans, and the revenue
// at risk. Built from the same snapshot as the Analytics page, so both always agree.
class BusinessPdf
{
    Q_DECLARE_TR_FUNCTIONS(BusinessPdf)

public:
    static QString title();
    static QString suggestedFileName(const AnalyticsSnapshot &snapshot);
    static Status build(ReportDocument &document, const AnalyticsSnapshot &snapshot);

private:
    static void cover(ReportDocument &document, const AnalyticsSnapshot &snapshot);
    static void charts(ReportDocument &document, const AnalyticsSnapshot &snapshot);
    static void monthTable(ReportDocument &document, const AnalyticsSnapshot &snapshot);
    static void cohortTable(ReportDocument &document, const AnalyticsSnapshot &snapshot);
    static void rankings(ReportDocument &document, const AnalyticsSnapshot &snapshot);
};

} // namespace pinedesk
