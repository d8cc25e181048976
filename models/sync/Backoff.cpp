#include "Backoff.h"

#include <algorithm>
#include <cmath>

namespace pinedesk {

double Backoff::delaySeconds(int attempt, double unitRandom) const
{
    const int exponent = std::clamp(attempt - 1, 0, 40);
    const double raw = std::min(m_cap, m_base * std::pow(2.0, exponent));
    return raw * (0.5 + 0.5 * std::clamp(unitRandom, 0.0, 1.0));
}

} // namespace pinedesk
