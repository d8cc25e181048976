#pragma once

#include "domain/PaymentStatus.h"

#include "domain/ClientStatus.h"
#include "domain/Expected.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace pinedesk {

// How the cells of an export are read: dates in the spellings the services use, client statuses
// in their vocabularies, tag lists, usernames given as profile links, and whether a payment
// status means the money did not arrive. Every refusal is a sentence for the error report.
class ImportValues
{
    Q_DECLARE_TR_FUNCTIONS(ImportValues)

public:
    // "2026-03-15", "2026-03-15 14:30[:00[.123456]]", ISO 8601 with T, Z or an offset,
    // "... UTC", "... +0000", Unix seconds or milliseconds, "15.03.2026", "Mar 15, 2026", and
    // d/m/y or m/d/y when the day makes the order clear. No offset means UTC.
    static Expected<QDateTime> dateTime(const QString &text);
    // A date and, from another column, the time of day (UTC; "14:30", "14:30:05", "2:30 PM").
    // A time column that holds a whole date and time is read as that.
    static Expected<QDateTime> dateTime(const QString &dateText, const QString &timeText);
    // Our own words (lead, active, inactive, blocked, and their translations) and the services'
    // (Active patron, Former patron, trialing, canceled, past_due, ...).
    static Expected<ClientStatus> status(const QString &text);
    // "vip, 2024; trial|x" -> {"vip", "2024", "trial", "x"}.
    static QStringList tags(const QString &text);
    // "@Name", "https://www.tradingview.com/u/Name/" -> "Name" (checked later by the validator).
    static QString username(const QString &text);
    // Failed, refunded, canceled, declined... (or 1/true in a "refunded?" column).
    static bool paymentFailed(const QString &statusText);
    // What an export's status column says about money that did move: refunded (also
    // Gumroad's "Fully Refunded?" = true), partially refunded, disputed; nullopt: paid (or
    // not money at all, see paymentFailed).
    static std::optional<PaymentStatus> paymentStatus(const QString &statusText);
    // Splits "$49.00", "49,00 EUR", "USD 49" into the number and a currency code (empty when the
    // cell has none).
    static void splitAmount(const QString &text, QString &number, QString &currency);
};

} // namespace pinedesk
