#include "AccessStatus.h"

namespace pinedesk {

AccessStatus AccessStatusRule::statusOf(IntendedState intent, const Expiration &expiration,
                                        const QDateTime &nowUtc) const
{
    if (intent == IntendedState::Revoked)
        return AccessStatus::Revoked;
    if (expiration.isLifetime())
        return AccessStatus::Lifetime;
    if (expiration.until() <= nowUtc)
        return AccessStatus::Expired;
    if (expiration.until() <= nowUtc.addDays(m_expiringWithinDays))
        return AccessStatus::Expiring;
    return AccessStatus::Active;
}

QString AccessStatusRule::displayName(AccessStatus status)
{
    switch (status) {
    case AccessStatus::Active:
        return tr("Active");
    case AccessStatus::Expiring:
        return tr("Expiring soon");
    case AccessStatus::Expired:
        return tr("Expired");
    case AccessStatus::Revoked:
        return tr("Revoked");
    case AccessStatus::Lifetime:
        return tr("Lifetime");
    }
    return {};
}

} // namespace pinedesk
