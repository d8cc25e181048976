#pragma once

#include <QString>

namespace pinedesk {

// Who the session belongs to, from the session probe.
struct TvAccount
{
    QString username;
    QString currency;
};

} // namespace pinedesk
