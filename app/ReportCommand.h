#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace pinedesk {

class Database;

// `pinedesk report expiries [--from DATE] [--to DATE] [--per day|access] [--out FILE]`: the
// expiry calendar as iCalendar (.ics) for a calendar app, on standard output or into a file.
class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    static int run(const QStringList &arguments, Database &database);
};

} // namespace pinedesk
