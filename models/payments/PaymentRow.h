#pragma once

#include "domain/Payment.h"

#include <QDate>
#include <QString>

#include <optional>

namespace pinedesk {

// A payment as the Payments page lists it: with its client and plan by name.
struct PaymentRow
{
    qint64 id = 0;
    Payment payment;
    QString tvUsername;
    QString clientName;
    QString planName;
};

// Which payments the Payments page shows.
struct PaymentFilter
{
    QDate from;     // invalid: since the first
    QDate to;       // inclusive; invalid: up to now
    QString source; // empty: every source
    std::optional<PaymentStatus> status;
    QString text; // part of the username, name, e-mail or reference
    int limit = 5000;
};

} // namespace pinedesk
