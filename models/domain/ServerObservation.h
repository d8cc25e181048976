#pragma once

#include "Expiration.h"

namespace pinedesk {

// What TradingView holds for an access after a sync call, stored with the row's outcome.
struct ServerObservation
{
    qint64 accessId = 0;
    bool hasAccess = false;
    Expiration expiration = Expiration::lifetime();
};

} // namespace pinedesk
