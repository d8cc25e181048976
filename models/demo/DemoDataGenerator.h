#pragma once

#include "domain/Clock.h"
#include "domain/Expected.h"
#include "store/Database.h"

#include <QCoreApplication>

#include <functional>

namespace pinedesk {

// Fills an empty database with a realistic vendor business: clients with TradingView-style
// usernames, 12 indicators with versions, 4 plans, 18 months of subscriptions with renewals,
// churn, lifetime buyers and reactivations, payments in USD and EUR, and expiries on every day of
// the next 60 days. The same seed and clock give the same data, byte for byte.
class DemoDataGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataGenerator)

public:
    struct Options
    {
        int clients = 1000;
        quint64 seed = 1;
    };
    struct Summary
    {
        qint64 clients = 0;
        qint64 indicators = 0;
        qint64 versions = 0;
        qint64 plans = 0;
        qint64 accesses = 0;
        qint64 payments = 0;
        qint64 auditEntries = 0;
    };
    // Called now and then with clients done and the total; return false to cancel (the
    // database is then left empty, as the whole run is one transaction).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    DemoDataGenerator(Database &database, const Clock &clock)
        : m_database(database)
        , m_clock(clock)
    {}

    Expected<Summary> generate(const Options &options, const Progress &progress = {});

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace pinedesk
