#pragma once

#include "tradingview/TvError.h"

namespace pinedesk {

// Exit codes of the headless commands, so scripts and cron can tell cases apart.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailed = 1,         // the request was refused (unknown user or script, bad input)
    ExitUsage = 2,          // the command line itself is wrong
    ExitSessionExpired = 3, // no session, or TradingView refused it
    ExitUnavailable = 4,    // server, network, rate limit or protocol trouble: try again later
    ExitQueueBusy = 5,      // another PineDesk is applying the queue (sync --wait waits)
};

inline int exitCodeFor(const TvError &error)
{
    switch (error.kind) {
    case TvError::Kind::SessionExpired:
        return ExitSessionExpired;
    case TvError::Kind::UserNotFound:
    case TvError::Kind::ScriptNotFound:
    case TvError::Kind::AlreadyExists:
    case TvError::Kind::BadRequest:
        return ExitFailed;
    default:
        return ExitUnavailable;
    }
}

} // namespace pinedesk
