#pragma once

#include "Campaign.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace pinedesk {

// What one campaign achieved: of the clients it reached, how many paid again after it started
// (reactivated), how soon the first of those payments came and how much was paid, per currency.
struct CampaignFigures
{
    Campaign campaign; // with its member count
    int reactivated = 0;
    QMap<QString, qint64> revenue;    // minor units per currency, payments after the start
    std::optional<double> medianDays; // days from the start to a reactivated member's first payment
    // Reactivated members per interval of days to their first payment: up to the first limit of
    // CampaignReport::bucketLimits(), then up to the next one, ..., and the last entry is "later".
    QList<int> buckets;

    // Share of members who paid again, 0 to 1 (0 for a campaign without members).
    double rate() const
    {
        return campaign.members > 0 ? double(reactivated) / campaign.members : 0.0;
    }
    // Members whose first payment came within the first `bucketCount` intervals (cumulative).
    int withinBuckets(int bucketCount) const
    {
        int sum = 0;
        for (int i = 0; i < bucketCount && i < buckets.size(); ++i)
            sum += buckets[i];
        return sum;
    }
};

} // namespace pinedesk
