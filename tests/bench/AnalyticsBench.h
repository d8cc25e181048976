#pragma once

#include <QStringList>

namespace pinedesk::bench {

// The business figures on the demo business (100,000 clients with their full history by
// default): the Analytics page's refresh for twelve months, cold (a fresh connection) and warm,
// a range from the page's cache, `report business --format json`, the business PDF and the
// client list PDF, and the peak memory. The limit is reading the same history and payments rows
// with bare SQL through the same driver: what the disk and QtSql cost before any of our work.
int runAnalyticsBench(const QStringList &args);

} // namespace pinedesk::bench
