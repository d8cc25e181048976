#pragma once

#include "Clock.h"

namespace pinedesk {

// Reads the wall clock; what the application uses outside tests.
class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace pinedesk
