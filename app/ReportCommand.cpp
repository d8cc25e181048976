#include "ReportCommand.h"

#include "ClientsReport.h"
#include "ExitCode.h"
#include "ReportPdf.h"
#include "analytics/AnalyticsLoader.h"
#include "domain/SystemClock.h"
#include "print/BusinessPdf.h"
#include "print/ClientHistoryPdf.h"
#include "print/ExpiryAgendaPdf.h"
#include "reports/BusinessReport.h"
#include "reports/IcsCalendar.h"
#include "services/ClientTimeline.h"
#include "store/ClientStore.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

// Standard output, or the file (written whole or not at all).
int deliver(const QByteArray &data, const QString &path, QTextStream &err)
{
    if (path.isEmpty()) {
        QFile stdOut;
        if (!stdOut.open(stdout, QIODevice::WriteOnly) || stdOut.write(data) != data.size())
            return ExitFailed;
        return ExitOk;
    }
    QSaveFile target(path);
    if (!target.open(QIODevice::WriteOnly) || target.write(data) != data.size() ||
        !target.commit()) {
        err << ReportCommand::tr("%1 cannot be written: %2").arg(path, target.errorString())
            << '\n';
        return ExitFailed;
    }
    return ExitOk;
}

} // namespace

int ReportCommand::business(QCommandLineParser &parser, Database &database)
{
    QTextStream err(stderr);
    SystemClock clock;
    const QDate thisMonth = BusinessMetrics::monthStart(clock.nowUtc().date()).date();
    const auto first = parser.isSet(u"from"_s) ? BusinessReport::parseMonth(parser.value(u"from"_s))
                                               : Expected<QDate>(thisMonth.addMonths(-11));
    const auto last = parser.isSet(u"to"_s) ? BusinessReport::parseMonth(parser.value(u"to"_s))
                                            : Expected<QDate>(thisMonth);
    if (!first || !last) {
        err << (!first ? first.error() : last.error()) << '\n';
        return ExitUsage;
    }
    if (*last < *first) {
        err << tr("--to comes before --from.") << '\n';
        return ExitUsage;
    }
    const QString format = parser.value(u"format"_s).toLower();
    if (!format.isEmpty() && format != u"json"_s && format != u"csv"_s && format != u"pdf"_s) {
        err << tr("The business report is written as json, csv or pdf.") << '\n';
        return ExitUsage;
    }
    const auto facts =
        AnalyticsLoader({database, clock, u"cli:"_s + qEnvironmentVariable("USER")}).load();
    if (!facts) {
        err << facts.error() << '\n';
        return ExitFailed;
    }
    const BusinessMetrics metrics(*facts);
    const BusinessReport report(metrics, *first, *last);
    if (format == u"pdf"_s) {
        const AnalyticsSnapshot snapshot = AnalyticsSnapshot::compute(metrics, *first, *last);
        return ReportPdf::write(
            database, BusinessPdf::title(), parser.value(u"out"_s), parser.value(u"paper"_s),
            [&](ReportDocument &document) { return BusinessPdf::build(document, snapshot); }, err);
    }
    QByteArray data;
    if (format == u"csv"_s) {
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        const auto table = parser.isSet(u"table"_s)
                               ? BusinessReport::tableFromCode(parser.value(u"table"_s))
                               : std::optional(BusinessReport::Table::Months);
        if (!table) {
            err << tr("--table is months, mrr, cohorts, indicators, plans or risk.") << '\n';
            return ExitUsage;
        }
        if (const Status s = report.writeCsv(*table, buffer, !parser.isSet(u"no-bom"_s)); !s) {
            err << s.error() << '\n';
            return ExitFailed;
        }
    } else {
        data = QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
    }
    return deliver(data, parser.value(u"out"_s), err);
}

int ReportCommand::client(QCommandLineParser &parser, const QString &username, Database &database)
{
    QTextStream err(stderr);
    const QString format = parser.value(u"format"_s).toLower();
    if (!format.isEmpty() && format != u"json"_s && format != u"csv"_s && format != u"pdf"_s) {
        err << tr("A client's timeline is written as csv, json or pdf.") << '\n';
        return ExitUsage;
    }
    SystemClock clock;
    const StoreContext context{database, clock, u"cli:"_s + qEnvironmentVariable("USER")};
    const auto found = ClientStore(context).findByUsername(username);
    if (!found) {
        err << found.error() << '\n';
        return ExitFailed;
    }
    if (!*found) {
        err << tr("No client is called \"%1\".").arg(username) << '\n';
        return ExitFailed;
    }
    const auto entries = ClientTimeline(ServiceContext(context)).entries((*found)->id);
    if (!entries) {
        err << entries.error() << '\n';
        return ExitFailed;
    }
    if (format == u"pdf"_s) {
        const Client &who = **found;
        return ReportPdf::write(
            database, ClientHistoryPdf::title(who), parser.value(u"out"_s),
            parser.value(u"paper"_s),
            [&](ReportDocument &document) {
                return ClientHistoryPdf::build(document, who, *entries);
            },
            err);
    }
    QByteArray data;
    if (format == u"json"_s) {
        QJsonArray rows;
        for (const ClientTimeline::Entry &e : *entries)
            rows.append(QJsonObject{{u"at"_s, e.at.toUTC().toString(Qt::ISODate)},
                                    {u"kind"_s, ClientTimeline::kindName(e.kind)},
                                    {u"what"_s, e.what},
                                    {u"detail"_s, e.detail},
                                    {u"by"_s, e.who}});
        data =
            QJsonDocument(QJsonObject{{u"client"_s, (*found)->tvUsername}, {u"timeline"_s, rows}})
                .toJson(QJsonDocument::Indented);
    } else {
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        if (const Status s = ClientTimeline::writeCsv(*entries, buffer); !s) {
            err << s.error() << '\n';
            return ExitFailed;
        }
    }
    return deliver(data, parser.value(u"out"_s), err);
}

int ReportCommand::run(const QStringList &arguments, Database &database)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Reports. 'report business' writes the business figures for a range of months "
           "(active, paying, new, churned and reactivated clients, churn and renewal rates, "
           "revenue, MRR, ARPU and LTV per currency, month by month, cohorts, indicators, plans "
           "and revenue at risk) as JSON or the monthly table as CSV. 'report client USER' "
           "writes that client's timeline (access changes, payments, sync outcomes) as CSV, "
           "JSON or PDF. 'report clients' writes the clients of a CRM view (a saved segment, a "
           "search, statuses) as CSV or PDF. 'report expiries' writes the accesses that end in "
           "a range as an iCalendar file (.ics) that calendar apps import (one event per day "
           "with how many end and who, or one per access), or as a PDF agenda. The business "
           "report can be a PDF too, to print or hand to an accountant."));
    parser.addHelpOption();
    const QCommandLineOption from(
        u"from"_s,
        tr("expiries: the first day (default: today); business: the first month, such as "
           "2026-01 (default: 11 months ago)."),
        tr("DATE"));
    const QCommandLineOption to(u"to"_s,
                                tr("expiries: the last day (default: 90 days on); business: the "
                                   "last month (default: this one)."),
                                tr("DATE"));
    const QCommandLineOption per(u"per"_s, tr("One event per day (default) or per access."),
                                 tr("day|access"));
    const QCommandLineOption format(
        u"format"_s,
        tr("expiries: ics (default) or pdf; business: json (default), csv or pdf; client: csv "
           "(default), json or pdf; clients: csv (default) or pdf."),
        tr("FORMAT"));
    const QCommandLineOption noBom(u"no-bom"_s,
                                   tr("business csv: no byte order mark (for scripts rather "
                                      "than spreadsheets)."));
    const QCommandLineOption file(u"out"_s, tr("Write into this file instead of standard output."),
                                  tr("FILE"));
    const QCommandLineOption paper(
        u"paper"_s, tr("pdf: the paper (default: the one set for the business)."), u"a4|letter"_s);
    const QCommandLineOption segment(u"segment"_s, tr("clients: the saved segment to list."),
                                     tr("NAME"));
    const QCommandLineOption search(u"search"_s, tr("clients: only those matching this search."),
                                    tr("TEXT"));
    const QCommandLineOption status(
        u"status"_s, tr("clients: only these statuses, separated by commas."), tr("LIST"));
    const QCommandLineOption table(u"table"_s, tr("business csv: which table (default: months)."),
                                   u"months|mrr|cohorts|indicators|plans|risk"_s);
    parser.addOptions({from, to, per, format, file, noBom, paper, segment, search, status, table});
    parser.addPositionalArgument(u"business|client USER|clients|expiries"_s, tr("The report."));
    if (!parser.parse(QStringList{u"pinedesk report"_s} + arguments)) {
        err << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return ExitOk;
    }
    if (parser.positionalArguments() == QStringList{u"business"_s})
        return business(parser, database);
    if (parser.positionalArguments() == QStringList{u"clients"_s})
        return ClientsReport::run(parser, database);
    if (parser.positionalArguments().size() == 2 &&
        parser.positionalArguments().first() == u"client"_s)
        return client(parser, parser.positionalArguments().at(1), database);
    if (parser.positionalArguments() != QStringList{u"expiries"_s}) {
        err << tr("Usage: pinedesk report business [--from YYYY-MM] [--to YYYY-MM] [--format "
                  "json|csv|pdf] [--out FILE], pinedesk report client USER [--format "
                  "csv|json|pdf] [--out FILE], pinedesk report clients [--segment NAME] "
                  "[--search TEXT] [--status LIST] [--format csv|pdf] --out FILE, or pinedesk "
                  "report expiries [--from DATE] [--to DATE] [--per day|access] [--format "
                  "ics|pdf] [--out FILE]")
            << '\n';
        return ExitUsage;
    }
    const QString expiriesFormat = parser.value(format).toLower();
    if (parser.isSet(format) && expiriesFormat != u"ics"_s && expiriesFormat != u"pdf"_s) {
        err << tr("The expiries report is written as ics or pdf.") << '\n';
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
    if (expiriesFormat == u"pdf"_s) {
        return ReportPdf::write(
            database, ExpiryAgendaPdf::title(), parser.value(file), parser.value(paper),
            [&](ReportDocument &document) {
                const std::atomic<bool> never{false};
                return ExpiryAgendaPdf::build(document, database, first, last, never);
            },
            err);
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
    return deliver(*ics, parser.value(file), err);
}

} // namespace pinedesk
