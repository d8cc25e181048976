#pragma once

#include <QDateTime>
#include <QString>

#include <utility>

namespace pinedesk {

// When an access ends: a UTC instant, or never (lifetime). TradingView sends a null expiration
// for lifetime grants; this type keeps the two cases explicit instead of an invalid date.
class Expiration
{
public:
    static Expiration lifetime() { return Expiration(QDateTime()); }
    static Expiration at(const QDateTime &when) { return Expiration(when.toUTC()); }
    // The end of a calendar day in UTC (23:59:59.999), as vendors mean "until 2030-01-01".
    static Expiration endOfDay(QDate day);

    bool isLifetime() const { return !m_until.isValid(); }
    QDateTime until() const { return m_until; }
    bool isPastAt(const QDateTime &now) const { return !isLifetime() && m_until <= now; }

    friend bool operator==(const Expiration &a, const Expiration &b)
    {
        return a.isLifetime() == b.isLifetime() && (a.isLifetime() || a.m_until == b.m_until);
    }

private:
    explicit Expiration(QDateTime until)
        : m_until(std::move(until))
    {}
    QDateTime m_until;
};

} // namespace pinedesk
