#pragma once

#include "domain/ClientStatus.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace pinedesk {

// What the vendor is looking for in the CRM: search text plus filters that combine (all must
// hold). Saved as JSON in a named segment, e.g. "inactive for 120 days".
struct ClientFilter
{
    QString text;                 // search over username, e-mail and name (word prefixes)
    QList<ClientStatus> statuses; // empty: any status
    std::optional<QDate> registeredFrom;
    std::optional<QDate> registeredTo; // inclusive
    // Paid before, but not in the last N days (the reactivation segment).
    std::optional<int> noPaymentForDays;
    // Total of the client's payments in `currency`, in minor units.
    std::optional<qint64> spentAtLeastMinor;
    std::optional<qint64> spentAtMostMinor;
    QString currency = QStringLiteral("USD");
    std::optional<qint64> activeIndicatorId; // has an active access to this indicator
    std::optional<int> expiringWithinDays;   // an access ends within N days
    bool syncProblems = false;               // a change for the client failed on TradingView
    // Exactly these clients (the clients behind a figure of the Analytics page), and what they
    // are in words ("Churned in March 2026").
    std::optional<QList<qint64>> clientIds;
    QString idsLabel;

    bool hasFilters() const;
    bool operator==(const ClientFilter &other) const = default;

    QJsonObject toJson() const;
    static ClientFilter fromJson(const QJsonObject &json);
};

} // namespace pinedesk
