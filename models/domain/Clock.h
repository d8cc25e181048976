#pragma once

#include <QDateTime>

namespace pinedesk {

// The only way domain and store code learn the time, so tests can pin it.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
};

} // namespace pinedesk
