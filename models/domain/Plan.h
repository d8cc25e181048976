#pragma once

#include "Duration.h"
#include "Money.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace pinedesk {

// What the vendor sells: a bundle of indicators for a default duration at a price.
struct Plan
{
    qint64 id = 0;
    QString name;
    Duration duration = Duration::days(30);
    Money price;
    QString description;
    QString renewalUrl; // where a client renews (the reminders' {renewal_link}); empty: none
    bool active = true;
    QList<qint64> indicatorIds;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace pinedesk
