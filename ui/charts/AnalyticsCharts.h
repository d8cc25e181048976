#pragma once

#include "analytics/AnalyticsSnapshot.h"

#include <QCoreApplication>

class QChart;
class QPalette;

namespace pinedesk {

// The Analytics page's charts, built from a snapshot and drawn in the window's palette (light
// or dark). Hovering a bar or a point shows its exact value.
class AnalyticsCharts
{
    Q_DECLARE_TR_FUNCTIONS(AnalyticsCharts)

public:
    static QChart *clients(const AnalyticsSnapshot &s, const QPalette &palette);
    static QChart *movement(const AnalyticsSnapshot &s, const QPalette &palette);
    static QChart *revenue(const AnalyticsSnapshot &s, const QPalette &palette);
    static QChart *mrrMovement(const AnalyticsSnapshot &s, const QPalette &palette);
    static QChart *topIndicators(const AnalyticsSnapshot &s, const QPalette &palette);

    // The currency with the most MRR at the end (the one MRR movement is shown in).
    static QString mainCurrency(const AnalyticsSnapshot &s);
};

} // namespace pinedesk
