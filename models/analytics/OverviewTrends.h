#pragma once

#include "domain/Expected.h"
#include "store/StoreContext.h"

#include <QDate>
#include <QList>
#include <QString>

#include <atomic>

namespace pinedesk {

// The Overview's small trend lines: twelve months of active clients (at each month's end), new
// clients and revenue (in the currency with the most), with the definitions of the Analytics
// page. Computed on a worker from the same facts.
struct OverviewTrends
{
    QList<QDate> months; // first days, oldest first
    QList<double> activeClients;
    QList<double> newClients;
    QList<double> revenue; // major units of `currency`
    QString currency;

    static constexpr int monthCount = 12;
    static Expected<OverviewTrends> compute(StoreContext context,
                                            const std::atomic<bool> *cancel = nullptr);
};

} // namespace pinedesk
