#pragma once

#include "domain/Expiration.h"

#include <QDateTime>
#include <QString>

namespace pinedesk {

// One user's access to a script as TradingView lists it.
struct TvGrant
{
    qint64 id = 0;
    QString username; // canonical spelling
    Expiration expiration = Expiration::lifetime();
    QDateTime created;
};

} // namespace pinedesk
