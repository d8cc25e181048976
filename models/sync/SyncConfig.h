#pragma once

#include "CallClass.h"

namespace pinedesk {

// How hard the sync engine may push TradingView, and how it retries. The pace is found, not set:
// each call class starts at a safe rate and adapts between a floor and the vendor's ceiling
// (see Pacer); the defaults start where the protocol page says the real server is safe.
struct SyncConfig
{
    struct Pace
    {
        // All five on purpose: a brace list that misses one (an older layout) does not compile.
        constexpr Pace() = default;
        constexpr Pace(double start, double lowest, double highest, int inFlight, int spacingMs)
            : ratePerSecond(start)
            , floor(lowest)
            , ceiling(highest)
            , maxInFlight(inFlight)
            , minSpacingMs(spacingMs)
        {}

        double ratePerSecond = 4; // where the adaptive rate starts (calls a second)
        double floor = 0.5;       // never slower than this
        double ceiling = 8;       // never faster than this (the vendor's setting)
        int maxInFlight = 6;      // upper bound of the adaptive concurrency
        int minSpacingMs = 0;     // an optional fixed gap between two starts of the class
    };
    Pace write{4, 0.5, 8, 6, 0};
    Pace remove{8, 1, 10, 6, 0};
    Pace lookup{20, 2, 20, 10, 0};
    bool adaptive = true; // adapt rate and concurrency (else both stay at their start values)

    // Retries of transient failures (5xx, network, timeouts, unreadable answers).
    double retryBaseSeconds = 2;
    double retryCapSeconds = 900;
    int maxAttempts = 10; // then the row is dead, with the last reason
    // Back-off of a whole call class after a 429 without Retry-After.
    double throttleBaseSeconds = 2;
    double throttleCapSeconds = 120;

    // Circuit breaker over consecutive transient failures of any call.
    int circuitThreshold = 8;
    double circuitCooldownSeconds = 5;
    double circuitCooldownCapSeconds = 120;

    // The queue lease: the owner renews its heartbeat this often; others take over when it is
    // older than the stale limit (or at once when its process is gone on this host).
    double leaseHeartbeatSeconds = 2;
    double leaseStaleSeconds = 20;

    int maxRowsInFlight = 12;
    int requestTimeoutMs = 30000;

    const Pace &pace(CallClass c) const
    {
        return c == CallClass::Write ? write : (c == CallClass::Remove ? remove : lookup);
    }
    Pace &pace(CallClass c)
    {
        return c == CallClass::Write ? write : (c == CallClass::Remove ? remove : lookup);
    }
};

} // namespace pinedesk
