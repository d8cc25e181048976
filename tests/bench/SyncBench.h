#pragma once

#include <QStringList>

namespace pinedesk::bench {

// The sync engine against the sandbox: N users x 1 script, 100 ms latency, a server write limit
// of 50/s (burst 10). Prints ops/s, the theoretical limit min(rate, in-flight / latency), their
// ratio, 429s and requests per pair; then the same with the real-TradingView default pacing.
int runSyncBench(const QStringList &args);

} // namespace pinedesk::bench
