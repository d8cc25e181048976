#pragma once

#include <QStringList>

namespace pinedesk::bench {

// The CRM table on a generated database of N clients (default 100,000; the database is kept in
// the temp folder and reused): time to the first painted table from a cold start, filter
// keystroke latency (p50/p95, from the filter change to the repainted table, debounce excluded),
// scrolling to the end, and the process's resident memory. The limit each latency is compared
// with is the bare SQL (count and first page) for the same filter, without model or widgets.
int runUiBench(const QStringList &args);

} // namespace pinedesk::bench
