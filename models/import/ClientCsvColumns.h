#pragma once

#include "domain/Client.h"

#include <QStringList>

namespace pinedesk {

// The columns of PineDesk's own client export, which the import recognises as the "PineDesk"
// layout, so an export can be edited in a spreadsheet and imported back. Headers are fixed
// English keys (never translated), dates are UTC ISO 8601, tags are joined with ", ".
class ClientCsvColumns
{
public:
    static QStringList header();
    static QStringList fields(const Client &client);
};

} // namespace pinedesk
