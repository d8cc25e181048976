#pragma once

#include "AccessIntent.h"
#include "Expiration.h"

#include <QString>

namespace pinedesk {

// What the vendor intends, right now, for one (TradingView username, pine id) pair: the sync
// engine reads it when it executes a queue row, never when the row was written.
struct PairIntent
{
    qint64 accessId = 0;
    QString tvUsername; // the client's spelling
    IntendedState intent = IntendedState::Revoked;
    Expiration expiration = Expiration::lifetime();
};

} // namespace pinedesk
