#pragma once

#include "ClientFilter.h"

namespace pinedesk {

// A named, saved client filter ("Inactive 120 days", "VIP spent over $500").
struct Segment
{
    qint64 id = 0;
    QString name;
    ClientFilter filter;
};

} // namespace pinedesk
