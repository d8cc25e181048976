#pragma once

#include "bulk/UsernameCheck.h"

#include <QString>

namespace pinedesk {

// One username of the bulk wizard's check step: TradingView's answer, and whether it is a
// client and what it holds now.
struct BulkCheckEntry
{
    UsernameCheck::Result check;
    bool checked = true; // false: no connection, the username goes ahead unchecked
    bool isClient = false;
    QString clientName;
    QString access; // "Alpha until 2 Dec 2026", empty when nothing runs
    bool lifetime = false;
};

} // namespace pinedesk
