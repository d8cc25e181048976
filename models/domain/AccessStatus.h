#pragma once

#include "AccessIntent.h"
#include "Expiration.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace pinedesk {

// How an access looks to the vendor today, derived from the intent and the clock.
enum class AccessStatus { Active, Expiring, Expired, Revoked, Lifetime };

class AccessStatusRule
{
    Q_DECLARE_TR_FUNCTIONS(AccessStatusRule)

public:
    static constexpr int defaultExpiringDays = 7;

    explicit AccessStatusRule(int expiringWithinDays = defaultExpiringDays)
        : m_expiringWithinDays(expiringWithinDays)
    {}

    AccessStatus statusOf(IntendedState intent, const Expiration &expiration,
                          const QDateTime &nowUtc) const;
    int expiringWithinDays() const { return m_expiringWithinDays; }

    static QString displayName(AccessStatus status);

private:
    int m_expiringWithinDays;
};

} // namespace pinedesk
