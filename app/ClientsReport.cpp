#include "ClientsReport.h"

#include "ExitCode.h"
#include "ReportPdf.h"
#include "crm/ClientExport.h"
#include "domain/SystemClock.h"
#include "print/ClientListPdf.h"
#include "services/ClientService.h"

#include <QCommandLineParser>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

int ClientsReport::run(QCommandLineParser &parser, Database &database)
{
    QTextStream err(stderr);
    SystemClock clock;
    const StoreContext store{database, clock, u"cli:"_s + qEnvironmentVariable("USER")};
    const QString format = parser.value(u"format"_s).toLower();
    if (!format.isEmpty() && format != u"csv"_s && format != u"pdf"_s) {
        err << tr("The client list is written as csv or pdf.") << '\n';
        return ExitUsage;
    }
    ClientFilter filter;
    if (parser.isSet(u"segment"_s)) {
        const auto segments = ClientService(ServiceContext(store)).segments();
        if (!segments) {
            err << segments.error() << '\n';
            return ExitFailed;
        }
        const QString name = parser.value(u"segment"_s).trimmed();
        const auto found =
            std::find_if(segments->cbegin(), segments->cend(), [&](const Segment &s) {
                return s.name.compare(name, Qt::CaseInsensitive) == 0;
            });
        if (found == segments->cend()) {
            err << tr("No segment is called \"%1\".").arg(name) << '\n';
            return ExitFailed;
        }
        filter = found->filter;
    }
    if (parser.isSet(u"search"_s))
        filter.text = parser.value(u"search"_s);
    if (parser.isSet(u"status"_s)) {
        filter.statuses.clear();
        for (const QString &word : parser.value(u"status"_s).split(u',', Qt::SkipEmptyParts)) {
            const auto status = clientStatusFromText(word.trimmed().toLower());
            if (!status) {
                err << tr("\"%1\" is not a client status.").arg(word.trimmed()) << '\n';
                return ExitUsage;
            }
            filter.statuses.append(*status);
        }
    }
    const QString path = parser.value(u"out"_s);
    const ClientQuery query(filter, clock.nowUtc());
    if (format == u"pdf"_s) {
        return ReportPdf::write(
            database, path, parser.value(u"paper"_s),
            [&](const PageSetup &setup) {
                const std::atomic<bool> never{false};
                return ClientListPdf::write(path, setup, database, query, never);
            },
            err);
    }
    if (path.isEmpty()) {
        err << tr("The client list needs --out FILE.") << '\n';
        return ExitUsage;
    }
    const std::atomic<bool> never{false};
    const auto written = ClientExport::write(database, query, path, never);
    if (!written) {
        err << written.error() << '\n';
        return ExitFailed;
    }
    err << tr("%n client(s) written to %1.", nullptr, int(*written)).arg(path) << '\n';
    return ExitOk;
}

} // namespace pinedesk
