#pragma once

#include "Expected.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace pinedesk {

// A subscription length as vendors write it: 7D, 2W, 1M, 3M, 1Y, or L / 1L for lifetime.
// Months and years are calendar units that clamp to the month end (Jan 31 + 1M = Feb 28/29).
class Duration
{
    Q_DECLARE_TR_FUNCTIONS(Duration)

public:
    enum class Unit { Days, Weeks, Months, Years, Lifetime };

    static Duration days(int n) { return Duration(Unit::Days, n); }
    static Duration weeks(int n) { return Duration(Unit::Weeks, n); }
    static Duration months(int n) { return Duration(Unit::Months, n); }
    static Duration years(int n) { return Duration(Unit::Years, n); }
    static Duration lifetime() { return Duration(Unit::Lifetime, 1); }

    // Case-insensitive; surrounding blanks are ignored. Junk gets a message that says what
    // is accepted.
    static Expected<Duration> parse(const QString &text);

    Unit unit() const { return m_unit; }
    int count() const { return m_count; }
    bool isLifetime() const { return m_unit == Unit::Lifetime; }

    // Canonical spelling: "30D", "2W", "1M", "1Y", "L".
    QString toString() const;
    // Human wording for the UI: "30 days", "1 month", "Lifetime".
    QString displayText() const;

    // from + this duration, in UTC. Undefined for lifetime (returns an invalid QDateTime).
    QDateTime addTo(const QDateTime &from) const;

    friend bool operator==(const Duration &, const Duration &) = default;

private:
    Duration(Unit unit, int count)
        : m_unit(unit)
        , m_count(count)
    {}

    Unit m_unit;
    int m_count;
};

} // namespace pinedesk
