#pragma once

#include <QString>

namespace pinedesk {

// A script the account can manage, with its public name when TradingView gave one.
struct TvScript
{
    QString pineId;
    QString name;
    QString version;
};

} // namespace pinedesk
