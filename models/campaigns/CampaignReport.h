#pragma once

#include "CampaignFigures.h"
#include "domain/Expected.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

class QIODevice;

namespace pinedesk {

class Database;

// Reactivation figures of the saved campaigns, so the vendor can compare offers: for each
// campaign, the members who paid again after its start (a payment with a positive amount,
// strictly after started_at; a member paying twice counts once), the median and the
// distribution of days to that first payment, and the revenue after the start per currency.
// Two queries whatever the number of campaigns and members (indexed by client and time), so it
// runs on a worker thread over 100k clients.
class CampaignReport
{
    Q_DECLARE_TR_FUNCTIONS(CampaignReport)

public:
    struct Options
    {
        // Count only payments within this many days of the start (0: any time after it), so an
        // old campaign and a recent one can be compared over the same window.
        int horizonDays = 0;
        std::optional<qint64> campaignId; // one campaign, or all
    };
    // Across campaigns: totals and the campaigns that did best.
    struct Comparison
    {
        int members = 0;       // summed over campaigns (a client in two campaigns counts twice)
        int reactivated = 0;   // likewise
        qint64 bestRateId = 0; // highest reactivation rate (0 when no campaign reactivated anyone)
        qint64 fastestId = 0;  // lowest median days to the first payment (0 when none)
        double rate() const { return members > 0 ? double(reactivated) / members : 0.0; }
    };

    // The upper limits, in days, of the distribution's intervals: 7, 14, 30, 60, 90.
    static QList<int> bucketLimits();
    // "0–7 days", "8–14 days", ..., "over 90 days" (translated).
    static QString bucketLabel(int index);

    // Reads on the calling thread's connection; newest campaign first.
    static Expected<QList<CampaignFigures>> compute(Database &database, const Options &options);
    static Expected<QList<CampaignFigures>> compute(Database &database)
    {
        return compute(database, Options());
    }
    static Comparison compare(const QList<CampaignFigures> &figures);

    // The comparison as CSV with fixed English keys, one row per campaign and one revenue column
    // per currency that occurs. Returns the number of campaign rows written.
    static Expected<int> writeCsv(const QList<CampaignFigures> &figures, QIODevice &device);
    static QStringList csvHeader(const QStringList &currencies);
};

} // namespace pinedesk
