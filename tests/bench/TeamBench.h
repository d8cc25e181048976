#pragma once

#include <QStringList>

namespace pinedesk::bench {

// A team database on PostgreSQL (`--url postgresql://...`, an empty database the benchmark
// fills with N demo clients, default 1,000,000, and reuses on later runs): the CRM search
// keystroke latency (p50/p95, with the bare SQL of the same filter as the limit), the cold start
// to the first painted rows, and 2,000 grants queued from one desktop while another desktop's
// engine drains them through the sandbox (the limit: the sandbox's write rate).
int runTeamBench(const QStringList &args);

} // namespace pinedesk::bench
