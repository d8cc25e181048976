#pragma once

#include "domain/Duration.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace pinedesk {

// What analytics computes from, read once from the database (AnalyticsLoader) or built by a
// test: the terms of access the history adds up to, the money, and the catalog's names.
struct BusinessFacts
{
    // A stretch of access to one indicator: [start, end), end unset for lifetime.
    struct Term
    {
        qint64 clientId = 0;
        qint64 indicatorId = 0;
        std::optional<qint64> planId;
        QDateTime start;
        std::optional<QDateTime> end;
        bool paid = false;     // from a payment or a priced plan, not a gift or a campaign
        bool newGrant = false; // began a new access (not an extension)
    };
    struct Money
    {
        qint64 clientId = 0;
        std::optional<qint64> planId;
        QString currency;
        qint64 netMinor = 0; // paid minus refunded
        QDateTime paidAt;
    };
    struct Plan
    {
        QString name;
        Duration duration = Duration::months(1);
        qint64 priceMinor = 0;
        QString currency;
    };

    QList<Term> terms;
    QList<Money> payments; // paid or (partly) refunded, oldest first
    QMap<qint64, Plan> plans;
    QMap<qint64, QString> indicators;
    QMap<qint64, QString> clients; // display names, for lists
    QDateTime now;
    int graceDays = 7;
};

} // namespace pinedesk
