#pragma once

#include "domain/Expiration.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace pinedesk {

// TradingView's datetime spellings. The server writes "2022-11-30T23:59:59.999000+00:00";
// clients send "2030-01-01T23:59:59.999Z"; the server also tolerates offsets, a space instead of
// 'T', a missing fraction, and a bare date.
class TvDateTime
{
public:
    // Any accepted spelling, converted to UTC; nullopt when it is none of them.
    static std::optional<QDateTime> parse(const QString &text);
    // What PineDesk sends: UTC, milliseconds, 'Z'.
    static QString toRequest(const QDateTime &when);
    // What the server (and the sandbox) answers: microseconds and "+00:00".
    static QString toResponse(const QDateTime &when);
};

} // namespace pinedesk
