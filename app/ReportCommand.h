#pragma once

#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;

namespace pinedesk {

class Database;

// `pinedesk report business [--from YYYY-MM] [--to YYYY-MM] [--format json|csv] [--out FILE]`:
// the business figures (docs/analytics.md) for scripts and cron; `pinedesk report client USER
// [--format csv|json]`: one client's timeline; `pinedesk report expiries
// [--from DATE] [--to DATE] [--per day|access] [--out FILE]`: the expiry calendar as iCalendar
// (.ics) for a calendar app. On standard output or into a file.
class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    static int run(const QStringList &arguments, Database &database);

private:
    static int business(QCommandLineParser &parser, Database &database);
    static int client(QCommandLineParser &parser, const QString &username, Database &database);
};

} // namespace pinedesk
