#pragma once

#include "domain/Duration.h"

#include <QList>
#include <QString>

namespace pinedesk {

// A plan of the demo catalog as the history simulation sees it.
struct DemoPlan
{
    qint64 id = 0;
    QString name;
    Duration duration = Duration::months(1);
    qint64 priceMinor = 0;
    QList<int> indicators; // indexes into the catalog's indicator list
};

// What the demo catalog wrote: indicator ids by index, and the plans.
struct DemoCatalog
{
    QList<qint64> indicatorIds;
    QList<QString> indicatorPineIds;
    QList<DemoPlan> plans;
    qint64 versions = 0;
    static constexpr int developmentIndicator = 10;
    static constexpr int retiredIndicator = 11;
};

} // namespace pinedesk
