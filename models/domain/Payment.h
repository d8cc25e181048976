#pragma once

#include "Money.h"
#include "PaymentStatus.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace pinedesk {

// Money a client paid; reference + source identify it in the payment system it came from.
struct Payment
{
    qint64 id = 0;
    qint64 clientId = 0;
    Money amount;
    QDateTime paidAt;
    QString reference;
    QString source;
    std::optional<qint64> planId;
    QDateTime createdAt;
    PaymentStatus status = PaymentStatus::Paid;
    qint64 refundedMinor = 0; // of `amount`, when (partially) refunded
    QString method;           // how it was paid: "card", "PayPal", "bank transfer"...
    QString note;
    QDateTime periodEnd;     // the end of the period it pays for, when the provider says it
    QString productRef;      // the provider's product or price id
    QString subscriptionRef; // the provider's subscription id, for renewals and cancellations
};

} // namespace pinedesk
