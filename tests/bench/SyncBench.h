#pragma once

#include <QStringList>

namespace pinedesk::bench {

// The sync engine with default settings against sandboxes whose write limits it is not told
// (5/s, and 50/s with the ceiling raised to 100), 100 ms latency: ops/s, the server's limit, the
// ratio, 429s as a share of requests, requests per pair, lost and extra grants; then two engines
// on one database (one holds the lease: the requests are one engine's, the pace under the ceiling).
int runSyncBench(const QStringList &args);

} // namespace pinedesk::bench
