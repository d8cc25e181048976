#include "ExpiryCalculator.h"

namespace pinedesk {

Expiration ExpiryCalculator::extend(const std::optional<Expiration> &current,
                                    const Duration &duration) const
{
    if (duration.isLifetime())
        return Expiration::lifetime();
    if (current && current->isLifetime())
        return *current;
    const QDateTime now = m_clock.nowUtc();
    const QDateTime base = (current && current->until() > now) ? current->until() : now;
    return Expiration::at(duration.addTo(base));
}

Expiration ExpiryCalculator::fromNow(const Duration &duration) const
{
    if (duration.isLifetime())
        return Expiration::lifetime();
    return Expiration::at(duration.addTo(m_clock.nowUtc()));
}

bool ExpiryCalculator::extensionKeepsLifetime(const std::optional<Expiration> &current,
                                              const Duration &duration)
{
    return current && current->isLifetime() && !duration.isLifetime();
}

} // namespace pinedesk
