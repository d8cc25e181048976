#pragma once

#include "AccessIntent.h"
#include "Expiration.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace pinedesk {

// The intent for one (client, indicator) pair, plus what TradingView last reported for it.
struct Access
{
    qint64 id = 0;
    qint64 clientId = 0;
    qint64 indicatorId = 0;
    QDateTime startsAt;
    Expiration expiration = Expiration::lifetime();
    IntendedState intent = IntendedState::Granted;
    AccessOrigin origin = AccessOrigin::Manual;
    std::optional<qint64> planId;
    // What TradingView held at the last sync. serverKnown is false until the first answer;
    // serverExpiration only means something when serverHasAccess is true.
    bool serverKnown = false;
    bool serverHasAccess = false;
    Expiration serverExpiration = Expiration::lifetime();
    QDateTime syncedAt;
    QDateTime createdAt;
    QDateTime updatedAt;

    // Whether the last server answer equals the intent (grant with the same expiration, or
    // no access when revoked).
    bool serverMatchesIntent() const;
};

} // namespace pinedesk
