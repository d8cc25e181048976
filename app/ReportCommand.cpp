#include "ReportCommand.h"

#include "ExitCode.h"
#include "domain/SystemClock.h"
#include "reports/IcsCalendar.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

int ReportCommand::run(const QStringList &arguments, Database &database)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Reports. 'report expiries' writes the accesses that end in a range as an iCalendar "
           "file (.ics) that calendar apps import: one event per day with how many end and "
           "who, or one per access."));
    parser.addHelpOption();
    const QCommandLineOption from(u"from"_s, tr("The first day (default: today)."), tr("DATE"));
    const QCommandLineOption to(u"to"_s, tr("The last day (default: 90 days on)."), tr("DATE"));
    const QCommandLineOption per(u"per"_s, tr("One event per day (default) or per access."),
                                 tr("day|access"));
    const QCommandLineOption format(u"format"_s, tr("The format: ics."), tr("FORMAT"));
    const QCommandLineOption file(u"out"_s, tr("Write into this file instead of standard output."),
                                  tr("FILE"));
    parser.addOptions({from, to, per, format, file});
    parser.addPositionalArgument(u"expiries"_s, tr("The report."));
    if (!parser.parse(QStringList{u"pinedesk report"_s} + arguments)) {
        err << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return ExitOk;
    }
    if (parser.positionalArguments() != QStringList{u"expiries"_s}) {
        err << tr("Usage: pinedesk report expiries [--from DATE] [--to DATE] [--per day|access] "
                  "[--format ics] [--out FILE]")
            << '\n';
        return ExitUsage;
    }
    if (parser.isSet(format) && parser.value(format).toLower() != u"ics"_s) {
        err << tr("The expiries report is written as ics.") << '\n';
        return ExitUsage;
    }
    SystemClock clock;
    const QDate today = clock.nowUtc().date();
    const QDate first =
        parser.isSet(from) ? QDate::fromString(parser.value(from), Qt::ISODate) : today;
    const QDate last =
        parser.isSet(to) ? QDate::fromString(parser.value(to), Qt::ISODate) : today.addDays(90);
    if (!first.isValid() || !last.isValid()) {
        err << tr("Dates are written like 2027-01-31.") << '\n';
        return ExitUsage;
    }
    const QString grouping = parser.value(per).toLower();
    if (parser.isSet(per) && grouping != u"day"_s && grouping != u"access"_s) {
        err << tr("--per is day or access.") << '\n';
        return ExitUsage;
    }
    const auto ics = IcsCalendar::expiries(
        {database, clock, u"cli:"_s + qEnvironmentVariable("USER")}, first, last,
        grouping == u"access"_s ? IcsCalendar::Grouping::PerAccess : IcsCalendar::Grouping::PerDay);
    if (!ics) {
        err << ics.error() << '\n';
        return ExitFailed;
    }
    if (!parser.isSet(file)) {
        QFile stdOut;
        if (!stdOut.open(stdout, QIODevice::WriteOnly) || stdOut.write(*ics) != ics->size())
            return ExitFailed;
        return ExitOk;
    }
    QSaveFile target(parser.value(file));
    if (!target.open(QIODevice::WriteOnly) || target.write(*ics) != ics->size() ||
        !target.commit()) {
        err << tr("%1 cannot be written: %2").arg(parser.value(file), target.errorString()) << '\n';
        return ExitFailed;
    }
    return ExitOk;
}

} // namespace pinedesk
