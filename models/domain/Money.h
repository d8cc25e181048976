#pragma once

#include "Expected.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace pinedesk {

// An amount in integer minor units (cents) with its ISO 4217 currency. Never a double.
class Money
{
    Q_DECLARE_TR_FUNCTIONS(Money)

public:
    Money() = default;
    Money(qint64 minorUnits, QString currency)
        : m_minor(minorUnits)
        , m_currency(std::move(currency))
    {}

    // "12.50", "12,50", "1,234.56", "1234" in the given currency; rejects negatives and junk.
    static Expected<Money> parse(const QString &amount, const QString &currency);
    static Expected<QString> validateCurrency(const QString &code);
    // Digits after the decimal point: 0 for JPY, 3 for KWD, 2 for most.
    static int decimalsOf(const QString &currency);

    qint64 minorUnits() const { return m_minor; }
    QString currency() const { return m_currency; }
    // "12.50 USD": plain and locale independent, for CSV and logs.
    QString toPlainString() const;
    // "12.50": the amount alone, plain, for a CSV column next to the currency's.
    QString toPlainAmount() const;
    // "1,234.50 USD" / "1.234,50 USD": grouped and with the decimal mark of the locale.
    QString toDisplayString(const QLocale &locale) const;

    friend bool operator==(const Money &, const Money &) = default;

private:
    qint64 m_minor = 0;
    QString m_currency;
};

} // namespace pinedesk
