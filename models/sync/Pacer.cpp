#include "Pacer.h"

#include <algorithm>
#include <cmath>

namespace pinedesk {

namespace {

constexpr double window = 1.0; // one 429 episode at most per this long
// At the end of slow start, what the server took over this last stretch is its limit (a longer
// stretch would mostly measure the ramp).
constexpr double slowStartWindow = 1.0;
constexpr double longWindow = 10.0;      // ... and between two 429 episodes, over up to this
constexpr double doublingSeconds = 0.25; // slow start
// Fast recovery up to here, slow probing above. Below 1 by more than a server's burst inflates
// the measured limit (a token bucket refills during each pause: up to a few percent over ten
// seconds), so that cruising at the plateau does not drain the bucket into the next 429.
constexpr double plateauShare = 0.96;
constexpr double recoveryPerSecond = 0.2; // of the known limit
constexpr double probePerSecond = 0.002;  // of the known limit, while it is new
constexpr double sameLimit = 0.1;         // an episode within this share found the same limit
constexpr double minProbeShare = 1.0 / 8;

} // namespace

Pacer::Pacer(const SyncConfig &config)
    : m_config(config)
{
    for (CallClass c : allCallClasses) {
        ClassState &s = state(c);
        s.pace = config.pace(c);
        s.pace.floor = std::max(0.01, s.pace.floor);
        s.pace.ceiling = std::max(s.pace.floor, s.pace.ceiling);
        s.rate = clampRate(s, s.pace.ratePerSecond);
        s.allowed = std::max(1, s.pace.maxInFlight);
    }
}

double Pacer::clampRate(const ClassState &s, double rate)
{
    return std::clamp(rate, s.pace.floor, s.pace.ceiling);
}

double Pacer::measuredRate(ClassState &s, double now, double seconds)
{
    while (!s.accepted.empty() && s.accepted.front() < now - longWindow)
        s.accepted.pop_front();
    // A pause (after a 429) is not part of what the server was offered: count from its end.
    const double from = std::max(now - seconds, std::min(s.pausedUntil, now));
    const double span = now - from;
    if (span < 0.25)
        return -1; // too short to say
    const auto first = std::lower_bound(s.accepted.begin(), s.accepted.end(), from);
    return double(std::distance(first, s.accepted.end())) / span;
}

std::optional<double> Pacer::nextStart(CallClass c, double now)
{
    ClassState &s = state(c);
    if (s.inFlight >= s.allowed)
        return std::nullopt;
    const double gap = std::max(1.0 / s.rate, s.pace.minSpacingMs / 1000.0);
    return std::max({now, s.pausedUntil, s.lastStart + gap});
}

bool Pacer::tryStart(CallClass c, double now)
{
    ClassState &s = state(c);
    const auto at = nextStart(c, now);
    if (!at || *at > now + startTolerance)
        return false;
    ++s.inFlight;
    // On schedule (a timer fires a little late), the schedule sets the next gap, so lateness
    // does not slow the pace; after a quiet spell the gap counts from now (no burst).
    const double gap = 1.0 / s.rate;
    const double scheduled = s.lastStart + gap;
    s.lastStart = scheduled >= now - 0.25 * gap ? std::min(now, scheduled) : now;
    return true;
}

void Pacer::release(ClassState &s)
{
    if (s.inFlight > 0)
        --s.inFlight;
}

void Pacer::increaseRate(ClassState &s, double now)
{
    const double dt = s.lastIncrease < 0 ? 0 : std::min(1.0, now - s.lastIncrease);
    s.lastIncrease = now;
    // Grow only a rate that is being used: a trickle of calls says nothing about the server.
    if (dt <= 0 || measuredRate(s, now, window) < 0.5 * s.rate)
        return;
    if (s.knownLimit <= 0) {
        s.rate = clampRate(s, s.rate * std::pow(2.0, dt / doublingSeconds));
        return;
    }
    const double plateau = plateauShare * s.knownLimit;
    double next = s.rate;
    if (s.rate < plateau)
        next = std::min(plateau, s.rate + recoveryPerSecond * s.knownLimit * dt);
    else
        next = s.rate + s.probeShare * probePerSecond * s.knownLimit * dt;
    s.rate = clampRate(s, next);
}

void Pacer::succeeded(CallClass c, double now)
{
    ClassState &s = state(c);
    release(s);
    s.throttledRun = 0;
    s.accepted.push_back(now);
    if (!m_config.adaptive)
        return;
    if (now >= s.pausedUntil)
        increaseRate(s, now);
    if (s.allowed >= s.pace.maxInFlight)
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
    const double backoff =
        std::min(m_config.throttleCapSeconds,
                 m_config.throttleBaseSeconds * std::pow(2.0, s.throttledRun - 1));
    const double wait = retryAfterSeconds ? double(*retryAfterSeconds) : backoff;
    // One decrease per episode: the 429s of calls already out say the same thing again.
    if (m_config.adaptive && now - s.lastDecrease >= window) {
        // In slow start the last second is what the server took; later, the whole span since
        // the previous episode (up to ten seconds) is a steadier measure of its rate.
        const double span = s.knownLimit > 0 ? std::clamp(now - s.lastDecrease, window, longWindow)
                                             : slowStartWindow;
        const double measured = measuredRate(s, now, span);
        const double limit = measured > 0 ? std::min(s.rate, measured) : s.rate;
        // A limit found again is a limit: probe above it more gently each time (each probe that
        // reaches it costs a pause); one that moved is probed at full speed again.
        const bool confirmed =
            s.knownLimit > 0 && std::abs(limit - s.knownLimit) <= sameLimit * s.knownLimit;
        s.probeShare = confirmed ? std::max(minProbeShare, s.probeShare / 2) : 1.0;
        s.knownLimit = limit;
        s.rate = clampRate(s, limit * decreaseFactor);
        // The rate does most of the slowing down; concurrency gives up a quarter, so that it
        // does not become the limit of the pace the rate settles at.
        s.allowed = std::max(1, s.allowed - std::max(1, s.allowed / 4));
        s.lastDecrease = now + wait; // the episode lasts through the pause
    }
    s.pausedUntil = std::max(s.pausedUntil, now + wait);
    s.lastIncrease = s.pausedUntil;
}

void Pacer::failed(CallClass c, double)
{
    release(state(c));
}

} // namespace pinedesk
