#pragma once

#include <QCoreApplication>

class QCommandLineParser;

namespace pinedesk {

class Database;

// `pinedesk report clients [--segment NAME] [--search TEXT] [--status LIST] [--format csv|pdf]
// --out FILE`: the client list of a CRM view (a saved segment, a search, statuses), as CSV in
// PineDesk's client layout (the import reads it back) or as a PDF to print.
class ClientsReport
{
    Q_DECLARE_TR_FUNCTIONS(ClientsReport)

public:
    static int run(QCommandLineParser &parser, Database &database);
};

} // namespace pinedesk
