#pragma once

#include <QDateTime>
#include <QVariant>

namespace pinedesk {

// How instants are written to and read from the database: UTC, ISO 8601 with milliseconds and
// 'Z' ("2026-11-24T22:19:08.000Z"). Fixed width, so comparing the text compares the time.
class DbTime
{
public:
    static QVariant toDb(const QDateTime &when);
    static QString toText(const QDateTime &when);
    static QDateTime fromDb(const QVariant &value);
};

} // namespace pinedesk
