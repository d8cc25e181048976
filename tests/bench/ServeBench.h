#pragma once

#include <QStringList>

namespace pinedesk::bench {

// Webhook intake of the automation server: N distinct Stripe-signed sales posted over real HTTP
// by C concurrent senders; events accepted per second and the latency to the 2xx (p50, p99),
// against the goal (>= 200/s, p99 < 50 ms). The limit printed is a physical one: the same rows
// inserted into a bare SQLite table, one durable transaction each, on this disk. TradingView's
// pace does not enter: the queue absorbs it (the processor runs after the answer).
int runServeBench(const QStringList &args);

} // namespace pinedesk::bench
