#pragma once

#include <QStringList>

namespace pinedesk::bench {

// The seeds' trial campaign through the sync engine against the in-process sandbox: past
// customers given a 7-day grant of the vendor's indicators (AccessChanges, origin Campaign),
// saved as a campaign, run until idle. Twice: at real-TradingView pacing and latency, and at a
// generous sandbox limit with the engine paced to it. Prints total time, ops/s, the 429s seen and
// the ratio to the theoretical limit (ops / (limit rate x time)). `--help` lists the options.
int runBulkBench(const QStringList &args);

} // namespace pinedesk::bench
