#pragma once

#include "IndicatorStatus.h"

#include <QDateTime>
#include <QString>

namespace pinedesk {

// One of the vendor's invite-only scripts on TradingView.
struct Indicator
{
    qint64 id = 0;
    QString name;
    QString pineId;
    IndicatorStatus status = IndicatorStatus::Development;
    QString description;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace pinedesk
