#pragma once

namespace pinedesk {

// Exponential back-off with jitter for retried rows: base * 2^(attempt-1), capped, then scaled
// by a random factor in [0.5, 1) so that failed rows do not all come back at once.
class Backoff
{
public:
    Backoff(double baseSeconds, double capSeconds)
        : m_base(baseSeconds)
        , m_cap(capSeconds)
    {}
    // attempt >= 1; unitRandom in [0, 1).
    double delaySeconds(int attempt, double unitRandom) const;

private:
    double m_base;
    double m_cap;
};

} // namespace pinedesk
