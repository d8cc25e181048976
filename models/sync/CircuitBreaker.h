#pragma once

#include "SyncConfig.h"

namespace pinedesk {

// Stops hammering a server that keeps failing: after N consecutive transient failures the
// circuit opens for a cooldown (doubling up to a cap); then single probe calls are let through
// until one succeeds and the circuit closes. Pure: time is passed in.
class CircuitBreaker
{
public:
    enum class State { Closed, Open, HalfOpen };

    explicit CircuitBreaker(const SyncConfig &config);

    // May a call start now? In half-open state only one probe at a time; `isProbe` tells the
    // caller that this call is that probe (its answer alone decides the circuit).
    bool allow(double now, bool *isProbe = nullptr);
    bool probeInFlight() const { return m_probeInFlight; }
    void succeeded(bool wasProbe);
    // Failures of calls other than the probe, while the circuit is open, change nothing.
    void failed(double now, bool wasProbe);
    // A call ended in a way that says nothing about the server's health (throttled, session
    // expired): a probe slot it held is free again.
    void neutral(bool wasProbe)
    {
        if (wasProbe)
            m_probeInFlight = false;
    }

    State state(double now) const;
    // When an open circuit lets the next probe through.
    double reopensAt() const { return m_openUntil; }

private:
    int m_threshold;
    double m_baseCooldown;
    double m_capCooldown;
    double m_cooldown;
    int m_consecutiveFailures = 0;
    bool m_open = false;
    bool m_probeInFlight = false;
    double m_openUntil = 0;
};

} // namespace pinedesk
