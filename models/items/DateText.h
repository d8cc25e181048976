#pragma once

#include <QDateTime>
#include <QString>

namespace pinedesk::DateText {

// A UTC moment as local date and time to the minute, in the user's locale (seconds say nothing
// in a table; the tooltip can give the long form).
QString minutes(const QDateTime &utc);
// The local time of day alone, to the minute.
QString timeOfDay(const QDateTime &utc);

} // namespace pinedesk::DateText
