#pragma once

#include <QStringList>

namespace pinedesk::bench {

// Demo data generation speed. The limit it is compared with is the same number of rows
// inserted into one bare table by one prepared statement in one transaction through the same
// driver: what SQLite and QtSql cost per row before any of PineDesk's work.
int runDemoDataBench(const QStringList &args);

} // namespace pinedesk::bench
