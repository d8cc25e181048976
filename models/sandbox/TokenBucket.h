#pragma once

#include <QtGlobal>

namespace pinedesk {

// A token bucket: `rate` tokens a second up to `burst`. Time comes from the caller (seconds on
// any monotonic scale), so the bucket itself is pure. A rate of 0 means unlimited.
class TokenBucket
{
public:
    TokenBucket() = default;
    TokenBucket(double rate, double burst)
        : m_rate(rate)
        , m_burst(burst)
        , m_tokens(burst)
    {}

    bool unlimited() const { return m_rate <= 0; }
    // Takes one token if there is one.
    bool tryTake(double now);
    // Seconds until a token will be there (0 when one is).
    double waitSeconds(double now);

private:
    void refill(double now);

    double m_rate = 0;
    double m_burst = 1;
    double m_tokens = 1;
    double m_last = -1;
};

} // namespace pinedesk
