#pragma once

#include "domain/Money.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace pinedesk {

// What a provider's event means for the business, whatever provider sent it. The parsers in
// automation/ produce it; PaymentRule applies it.
struct PaymentEvent
{
    enum class Kind {
        Paid,              // money received: record it, grant or extend the mapped plan
        Failed,            // a charge failed: recorded, access unchanged
        Refunded,          // money returned (full or partial, see `amount`)
        Disputed,          // a chargeback was opened
        CancelAtPeriodEnd, // the subscription ends when the paid period does
        Ended,             // the subscription or membership has ended now
        Linked,            // only tells who the customer is (a checkout before its invoice)
        PaymentIds,        // only names other ids of a payment (Stripe's invoice payments)
        Ignored,           // nothing to do (an event type PineDesk does not act on)
    };

    Kind kind = Kind::Ignored;
    QString provider; // "stripe", "whop", "gumroad", "shopify", "lemonsqueezy", "patreon", "manual"
    QString eventType;      // the provider's own name for it
    QString ignoredBecause; // for Kind::Ignored: why, for the inbox

    // Who
    QString tvUsername; // as typed at the checkout (may be empty or wrong)
    QString email;
    QString fullName;
    QString customerRef; // the provider's customer (links later events to the client)

    // What
    QString paymentRef;      // the provider's id of this payment (sale, invoice, order)
    QStringList otherRefs;   // other ids the same payment is known by (charge, payment intent)
    QStringList productRefs; // product or price ids, most specific first
    QString subscriptionRef;
    Money amount;         // paid, refunded or disputed
    QDateTime paidAt;     // when the money moved (UTC)
    QDateTime periodEnd;  // the end of the paid period, when the provider says it
    QDateTime occurredAt; // when the provider says the event happened (UTC), if it does
    QString method;
    QString note;
    bool refundIsTotal = false; // Refunded: `amount` is all refunded so far, not this refund

    // Set by the vendor (manual entry, a fixed inbox event): these win over what is looked up.
    std::optional<qint64> clientId;
    std::optional<qint64> planId;
};

} // namespace pinedesk
