#pragma once

#include "Clock.h"
#include "Duration.h"
#include "Expiration.h"

#include <optional>

namespace pinedesk {

// The extension arithmetic of the protocol page, in one place:
// - no grant (or an expired one): now + duration;
// - a dated grant still running: its expiration + duration (extend from max(now, current));
// - a lifetime grant stays lifetime unless a date is set explicitly;
// - a lifetime duration makes any grant lifetime.
class ExpiryCalculator
{
public:
    explicit ExpiryCalculator(const Clock &clock)
        : m_clock(clock)
    {}

    // current: the expiration the user holds now, or nullopt when they hold nothing.
    Expiration extend(const std::optional<Expiration> &current, const Duration &duration) const;

    // A grant for a fresh period, ignoring what is held (used for new grants).
    Expiration fromNow(const Duration &duration) const;

    // True when extending would leave a lifetime grant untouched; the UI warns about it.
    static bool extensionKeepsLifetime(const std::optional<Expiration> &current,
                                       const Duration &duration);

private:
    const Clock &m_clock;
};

} // namespace pinedesk
