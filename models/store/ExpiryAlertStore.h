#pragma once

#include "StoreContext.h"
#include "domain/Expected.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace pinedesk {

// The accesses about to end and whether they were already announced: an alert is raised once
// per access, threshold and end (a renewal moves the end, so the next one is announced again).
class ExpiryAlertStore
{
public:
    struct Candidate
    {
        qint64 accessId = 0;
        QDateTime expiresAt;
        qint64 clientId = 0;
        QString tvUsername;
        QString fullName;
        QString email;
        QString language; // the client's, empty: the vendor's default
        bool emailOptOut = false;
        QString indicatorName;
        QString planName;               // empty: not from a plan
        QString renewalUrl;             // the plan's
        std::optional<int> alertedDays; // the smallest threshold already raised for this end
    };

    explicit ExpiryAlertStore(StoreContext context)
        : m_ctx(std::move(context))
    {}

    // Granted accesses ending in (from, to], soonest first.
    [[nodiscard]] Expected<QList<Candidate>> endingBetween(const QDateTime &from,
                                                           const QDateTime &to);
    Status record(qint64 accessId, int thresholdDays, const QDateTime &expiresAt);

    // For the other notices of an access: the columns a Candidate is read from (the last one
    // is the alert threshold, NULL elsewhere), its joins, and the reader.
    static QString candidateSql(const QString &alertedColumn);
    static Candidate candidateFrom(const class Statement &row);

private:
    StoreContext m_ctx;
};

} // namespace pinedesk
