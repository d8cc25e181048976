#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace pinedesk {

// A bulk run the vendor named to compare offers later: who it reached (audience, e.g. the
// segment "inactive 120 days"), what they were given (offer, e.g. "7-day trial of all
// indicators") and when.
struct Campaign
{
    qint64 id = 0;
    QString name;
    QString audience;
    QString offer;
    QDateTime startedAt;
    std::optional<qint64> batchId; // the sync batch that carried it out
    QString createdBy;
    int members = 0;
};

} // namespace pinedesk
