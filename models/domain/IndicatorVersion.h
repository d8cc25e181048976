#pragma once

#include <QDateTime>
#include <QString>

namespace pinedesk {

// A published version of an indicator, for the catalog's history.
struct IndicatorVersion
{
    qint64 id = 0;
    qint64 indicatorId = 0;
    QString version;
    QDateTime releasedAt;
    QString notes;
};

} // namespace pinedesk
