#pragma once

#include "BusinessMetrics.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace pinedesk {

// The clients behind one figure of one month, for a click on the Analytics page: active at its
// end, new, reactivated or churned in it, or of the cohort that started in it, still active some
// months later; and what they are in words ("Churned in March 2026").
class FigureClients
{
    Q_DECLARE_TR_FUNCTIONS(FigureClients)

public:
    enum class Figure { Active, New, Reactivated, Churned, CohortActive };

    static QString label(Figure figure, QDate month, int monthsAfter = 0);
    // Pure reads of the metrics: fine on a worker while the page keeps them.
    static QList<qint64> of(const BusinessMetrics &metrics, Figure figure, QDate month,
                            int monthsAfter = 0);
};

} // namespace pinedesk
