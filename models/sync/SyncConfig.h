#pragma once

#include "CallClass.h"

namespace pinedesk {

// How hard the sync engine may push TradingView, and how it retries. The defaults are the
// conservative ones the protocol page recommends for the real server.
struct SyncConfig
{
    struct Pace
    {
        double ratePerSecond = 4; // token bucket refill
        double burst = 4;         // token bucket size
        int maxInFlight = 4;      // upper bound of the adaptive concurrency
        int minSpacingMs = 250;   // between two starts of the class
    };
    Pace write{4, 4, 4, 250};
    Pace remove{10, 10, 8, 100};
    Pace lookup{20, 20, 10, 50};
    bool adaptive = true; // halve concurrency on 429, probe upward while clean

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
