#pragma once

#include "SyncConfig.h"

#include <deque>
#include <optional>

namespace pinedesk {

// Finds the server's pace and stays just under it, per call class. Two things adapt:
// - the rate: calls start 1/rate apart (smooth, no bursts). Until the first 429 the rate doubles
//   every half second of clean answers (slow start, as TCP does). A 429 ends that: the limit is
//   taken as what the server really accepted over the last second (never more than the rate
//   sent), and the rate drops to a fraction of it (multiplicative decrease, once per episode,
//   however many 429s the calls already out bring). From there it climbs back quickly to just
//   under the limit, then probes slowly above it (additive increase), more gently each time an
//   episode finds the same limit again, so 429s stay rare while the pace sits close to the
//   server's limit. Always between floor and ceiling. The rate grows
//   only while it is used, so a quiet spell does not inflate it.
// - the concurrency: a quarter less on a 429 (at least one less, never below one), raised by
//   one after a run of clean answers, up to the class's maximum.
// After a 429 the class pauses (Retry-After when given, else an exponential back-off). Pure:
// time is passed in as monotonic seconds.
class Pacer
{
public:
    // A start this close to its time counts as due (clock readings are not exact).
    static constexpr double startTolerance = 1e-6;
    static constexpr double decreaseFactor = 0.9;

    explicit Pacer(const SyncConfig &config);

    // Takes the slot when the call may start now.
    bool tryStart(CallClass c, double now);
    // The earliest time a call of the class could start (now when it already could; nullopt
    // when only a finishing call can free a slot).
    std::optional<double> nextStart(CallClass c, double now);

    void succeeded(CallClass c, double now);
    void rateLimited(CallClass c, std::optional<int> retryAfterSeconds, double now);
    // Any other end of a call (errors are the circuit breaker's business).
    void failed(CallClass c, double now);

    int allowedInFlight(CallClass c) const { return state(c).allowed; }
    int inFlight(CallClass c) const { return state(c).inFlight; }
    // The pace the class runs at now, calls a second.
    double currentRate(CallClass c) const { return state(c).rate; }
    // The server's limit as last measured at a 429 (0: none seen yet).
    double knownLimit(CallClass c) const { return state(c).knownLimit; }

private:
    struct ClassState
    {
        SyncConfig::Pace pace;
        double rate = 1;
        double knownLimit = 0;
        // Slows the probe above the limit: halved by each episode that finds the same limit
        // again (within a tenth), back to 1 when the limit moved.
        double probeShare = 1;
        int allowed = 1;
        int inFlight = 0;
        int cleanRun = 0; // clean answers since concurrency last changed
        int throttledRun = 0;
        double lastStart = -1e9;
        double lastIncrease = -1;
        double lastDecrease = -1e9;
        double pausedUntil = 0;
        std::deque<double> accepted; // answer times of the last ten seconds
    };
    ClassState &state(CallClass c) { return m_states[int(c)]; }
    const ClassState &state(CallClass c) const { return m_states[int(c)]; }
    void release(ClassState &s);
    void increaseRate(ClassState &s, double now);
    static double measuredRate(ClassState &s, double now, double seconds);
    static double clampRate(const ClassState &s, double rate);

    SyncConfig m_config;
    ClassState m_states[3];
};

} // namespace pinedesk
