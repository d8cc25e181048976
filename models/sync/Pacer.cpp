#include "Pacer.h"

#include <algorithm>
#include <cmath>

namespace pinedesk {

Pacer::Pacer(const SyncConfig &config)
    : m_config(config)
{
    for (CallClass c : allCallClasses) {
        ClassState &s = state(c);
        s.pace = config.pace(c);
        s.bucket = TokenBucket(s.pace.ratePerSecond, std::max(1.0, s.pace.burst));
        s.allowed = std::max(1, s.pace.maxInFlight);
    }
}

std::optional<double> Pacer::nextStart(CallClass c, double now)
{
    ClassState &s = state(c);
    if (s.inFlight >= s.allowed)
        return std::nullopt;
    double at = std::max({now, s.pausedUntil, s.lastStart + s.pace.minSpacingMs / 1000.0});
    at = std::max(at, now + s.bucket.waitSeconds(now));
    return at;
}

bool Pacer::tryStart(CallClass c, double now)
{
    ClassState &s = state(c);
    const auto at = nextStart(c, now);
    if (!at || *at > now + startTolerance)
        return false;
    if (!s.bucket.tryTake(now))
        return false;
    ++s.inFlight;
    s.lastStart = now;
    return true;
}

void Pacer::release(ClassState &s)
{
    if (s.inFlight > 0)
        --s.inFlight;
}

void Pacer::succeeded(CallClass c, double)
{
    ClassState &s = state(c);
    release(s);
    s.throttledRun = 0;
    if (!m_config.adaptive || s.allowed >= s.pace.maxInFlight)
        return;
    // Probe upward only after a run of clean answers proportional to the current level.
    if (++s.cleanRun >= 4 * s.allowed) {
        ++s.allowed;
        s.cleanRun = 0;
    }
}

void Pacer::rateLimited(CallClass c, std::optional<int> retryAfterSeconds, double now)
{
    ClassState &s = state(c);
    release(s);
    s.cleanRun = 0;
    ++s.throttledRun;
    if (m_config.adaptive)
        s.allowed = std::max(1, s.allowed / 2);
    const double backoff =
        std::min(m_config.throttleCapSeconds,
                 m_config.throttleBaseSeconds * std::pow(2.0, s.throttledRun - 1));
    const double wait = retryAfterSeconds ? double(*retryAfterSeconds) : backoff;
    s.pausedUntil = std::max(s.pausedUntil, now + wait);
}

void Pacer::failed(CallClass c, double)
{
    release(state(c));
}

} // namespace pinedesk
