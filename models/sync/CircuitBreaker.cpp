#include "CircuitBreaker.h"

#include <algorithm>

namespace pinedesk {

CircuitBreaker::CircuitBreaker(const SyncConfig &config)
    : m_threshold(std::max(1, config.circuitThreshold))
    , m_baseCooldown(config.circuitCooldownSeconds)
    , m_capCooldown(config.circuitCooldownCapSeconds)
    , m_cooldown(config.circuitCooldownSeconds)
{}

CircuitBreaker::State CircuitBreaker::state(double now) const
{
    if (!m_open)
        return State::Closed;
    return now < m_openUntil ? State::Open : State::HalfOpen;
}

bool CircuitBreaker::allow(double now, bool *isProbe)
{
    if (isProbe)
        *isProbe = false;
    switch (state(now)) {
    case State::Closed:
        return true;
    case State::Open:
        return false;
    case State::HalfOpen:
        if (m_probeInFlight)
            return false;
        m_probeInFlight = true;
        if (isProbe)
            *isProbe = true;
        return true;
    }
    return false;
}

void CircuitBreaker::succeeded(bool wasProbe)
{
    if (m_open && !wasProbe)
        return; // a call from before the circuit opened: the probe decides
    m_consecutiveFailures = 0;
    m_open = false;
    m_probeInFlight = false;
    m_cooldown = m_baseCooldown;
}

void CircuitBreaker::failed(double now, bool wasProbe)
{
    if (m_open && !wasProbe)
        return;
    ++m_consecutiveFailures;
    if (m_open) {
        // A failed probe: stay open, longer.
        m_probeInFlight = false;
        m_cooldown = std::min(m_capCooldown, m_cooldown * 2);
        m_openUntil = now + m_cooldown;
        return;
    }
    if (m_consecutiveFailures >= m_threshold) {
        m_open = true;
        m_openUntil = now + m_cooldown;
    }
}

} // namespace pinedesk
