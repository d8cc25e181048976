#pragma once

#include "SyncConfig.h"
#include "sandbox/TokenBucket.h"

#include <optional>

namespace pinedesk {

// Decides when the next call of each class may start: a token bucket, a minimum spacing, a cap
// on calls in flight that adapts (halved on a 429, raised by one after a run of clean answers),
// and a pause after a 429 (Retry-After when given, else an exponential back-off). Pure: time is
// passed in as monotonic seconds.
class Pacer
{
public:
    // A start this close to its time counts as due (clock readings are not exact).
    static constexpr double startTolerance = 1e-6;

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

private:
    struct ClassState
    {
        SyncConfig::Pace pace;
        TokenBucket bucket;
        int allowed = 1;
        int inFlight = 0;
        int cleanRun = 0;
        int throttledRun = 0;
        double lastStart = -1e9;
        double pausedUntil = 0;
    };
    ClassState &state(CallClass c) { return m_states[int(c)]; }
    const ClassState &state(CallClass c) const { return m_states[int(c)]; }
    void release(ClassState &s);

    SyncConfig m_config;
    ClassState m_states[3];
};

} // namespace pinedesk
