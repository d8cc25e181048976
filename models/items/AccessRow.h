#pragma once

#include "domain/AccessIntent.h"
#include "domain/AccessStatus.h"
#include "domain/Expiration.h"
#include "domain/SyncState.h"

#include <QString>

#include <optional>

namespace pinedesk {

// One line of the Subscriptions table: an access with its client, indicator and plan, how it
// looks today (AccessStatusRule) and whether TradingView holds it (SyncStateRule).
struct AccessRow
{
    qint64 accessId = 0; // 0: the access no longer exists (deleted since the list was read)
    qint64 clientId = 0;
    qint64 indicatorId = 0;
    QString tvUsername;
    QString clientName;
    QString indicatorName;
    QString pineId;
    IntendedState intent = IntendedState::Granted;
    Expiration expiration = Expiration::lifetime();
    AccessOrigin origin = AccessOrigin::Manual;
    std::optional<qint64> planId;
    QString planName;
    AccessStatus status = AccessStatus::Active;
    SyncState syncState = SyncState::InSync;
    QString syncError; // the last error of the newest queue row, if any
};

} // namespace pinedesk
