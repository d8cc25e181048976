#include "TokenBucket.h"

#include <algorithm>

namespace pinedesk {

void TokenBucket::refill(double now)
{
    if (m_last < 0)
        m_last = now;
    if (now > m_last) {
        m_tokens = std::min(m_burst, m_tokens + (now - m_last) * m_rate);
        m_last = now;
    }
}

bool TokenBucket::tryTake(double now)
{
    if (unlimited())
        return true;
    refill(now);
    if (m_tokens >= 1.0 - 1e-6) {
        m_tokens = std::max(0.0, m_tokens - 1.0);
        return true;
    }
    return false;
}

double TokenBucket::waitSeconds(double now)
{
    if (unlimited())
        return 0;
    refill(now);
    return m_tokens >= 1.0 - 1e-6 ? 0 : (1.0 - m_tokens) / m_rate;
}

} // namespace pinedesk
