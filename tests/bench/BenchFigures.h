#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>

namespace pinedesk {
class ClientsPage;
class Database;
} // namespace pinedesk

namespace pinedesk::bench {

// Small measures the benchmarks share.
double ms(const QElapsedTimer &timer);
double percentile(QList<double> values, double p);
// This process's resident memory, in KiB (-1 when /proc cannot be read).
qint64 residentKb();
// Waits for the CRM table's model to settle, then paints the table with it.
bool settleAndPaint(ClientsPage &page);

// The CRM search as a vendor types it: common name and username prefixes letter by letter,
// then erased. Each latency runs from the filter change to the repainted table (the debounce
// excluded); its limit is the bare SQL (count and first page) of the same filter.
struct Keystrokes
{
    QList<double> latencies;
    QList<double> limits;
};
bool typeSearches(ClientsPage &page, Database &database, const QDateTime &now, Keystrokes &keys);

} // namespace pinedesk::bench
