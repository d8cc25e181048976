#include "Expiration.h"

#include <QTimeZone>

namespace pinedesk {

Expiration Expiration::endOfDay(QDate day)
{
    return Expiration(QDateTime(day, QTime(23, 59, 59, 999), QTimeZone::utc()).toUTC());
}

} // namespace pinedesk
