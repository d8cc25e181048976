#include "ImportCommand.h"

#include "TerminalText.h"
#include "services/ImportService.h"

#include "ExitCode.h"
#include "domain/SystemClock.h"
#include "import/ImportSource.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

QString actor()
{
    return u"cli:"_s + qEnvironmentVariable("USER", u"unknown"_s);
}

QJsonObject toJson(const ImportResult &r, const ImportSource &source)
{
    QJsonArray rejected;
    for (const RejectedLine &line : r.rejected) {
        rejected.append(QJsonObject{
            {u"line"_s, line.line}, {u"text"_s, line.text}, {u"reason"_s, line.reason}});
    }
    QJsonObject mapping;
    for (ImportField field : allImportFields) {
        const int column = source.mapping.column(field);
        if (column >= 0 && column < source.header.size())
            mapping.insert(ImportFieldNames::key(field), source.header[column]);
    }
    return {{u"file"_s, source.path},
            {u"layout"_s, source.layout.id()},
            {u"encoding"_s, source.format.encodingName()},
            {u"delimiter"_s, QString(source.format.delimiter)},
            {u"mapping"_s, mapping},
            {u"dry_run"_s, r.dryRun},
            {u"lines"_s, r.lines},
            {u"created"_s, r.created},
            {u"updated"_s, r.updated},
            {u"unchanged"_s, r.unchanged},
            {u"payments"_s, r.payments},
            {u"payments_already_recorded"_s, r.paymentsKnown},
            {u"payments_not_paid"_s, r.paymentsRefused},
            {u"access_queued"_s, r.accessQueued},
            {u"paid_without_access"_s, r.paidWithoutAccess},
            {u"rejected"_s, rejected}};
}

QString layoutList()
{
    QStringList ids;
    for (const ImportLayout &layout : ImportLayout::known())
        ids.append(layout.id());
    return ids.join(u", "_s);
}

} // namespace

int ImportCommand::run(const QStringList &arguments, Database &database)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Import clients (and their payments) from a CSV export: Stripe customers or "
           "payments, Gumroad sales, Whop memberships, Patreon members, PineDesk's own export, "
           "or any sheet with a username or e-mail column. Everything is written in one "
           "transaction; existing usernames are updated, never duplicated, and payments "
           "already imported are not added again.\n"
           "\n"
           "Exit status: 0 every line was imported; 1 some lines were rejected (the others were "
           "imported; each is printed with its reason) or the import failed (nothing was "
           "written); 2 the command line is wrong."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"clients"_s, tr("What to import (only clients for now)."));
    parser.addPositionalArgument(u"FILE"_s, tr("The CSV file."));
    const QCommandLineOption dryRun(u"dry-run"_s,
                                    tr("Check everything and print what would be imported, "
                                       "without changing the database."));
    const QCommandLineOption layout(u"layout"_s,
                                    tr("Read the file as this layout instead of recognising it "
                                       "from its header: %1 or manual.")
                                        .arg(layoutList()),
                                    tr("ID"));
    const QCommandLineOption noPayments(u"no-payments"_s,
                                        tr("Import the clients only, even when the file has "
                                           "amounts."));
    const QCommandLineOption giveAccess(
        u"give-access"_s,
        tr("New paid payments give the client the plan they bought (a product mapped with "
           "'pinedesk products map', or a plan's name), from the day paid for the plan's "
           "duration plus the grace days; the latest payment wins and nothing is shortened."));
    const QCommandLineOption json(u"json"_s, tr("Print the result as JSON."));
    parser.addOptions({dryRun, layout, noPayments, giveAccess, json});
    if (!parser.parse(QStringList{u"pinedesk import"_s} + arguments)) {
        err << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.first() != u"clients"_s) {
        err << tr("Usage: pinedesk import clients FILE [--dry-run] [--layout ID] [--no-payments] "
                  "[--give-access] [--json]")
            << '\n';
        return ExitUsage;
    }

    auto source = ImportSource::open(positional[1]);
    if (!source) {
        err << source.error() << '\n';
        return ExitFailed;
    }
    ImportSource &file = source.value();
    if (parser.isSet(layout)) {
        const auto chosen = ImportLayout::byId(parser.value(layout));
        if (!chosen) {
            err << tr("Unknown layout \"%1\"; use one of: %2, manual.")
                       .arg(parser.value(layout), layoutList())
                << '\n';
            return ExitUsage;
        }
        file.layout = *chosen;
        file.mapping = chosen->mappingFor(file.header);
    }
    ClientImporter::Options options = file.options();
    options.dryRun = parser.isSet(dryRun);
    options.importPayments = options.importPayments && !parser.isSet(noPayments);
    options.applyAccess = parser.isSet(giveAccess);
    if (options.applyAccess && !options.importPayments) {
        err << tr("--give-access needs the payments: the file has no amount column, or "
                  "--no-payments was given.")
            << '\n';
        return ExitUsage;
    }
    if (!options.mapping.identifiesClients()) {
        err << tr("No column of %1 holds TradingView usernames or e-mail addresses (the header "
                  "is: %2). Name one of them \"username\" or \"email\", or use the Import dialog "
                  "of the Clients page to choose the columns.")
                   .arg(file.path, file.header.join(u", "_s))
            << '\n';
        return ExitFailed;
    }

    SystemClock clock;
    const auto result =
        ImportService(StoreContext{database, clock, actor()}).importClients(file.path, options);
    if (!result) {
        err << result.error() << '\n';
        return ExitFailed;
    }
    const ImportResult &r = *result;
    if (parser.isSet(json)) {
        out << QJsonDocument(toJson(r, file)).toJson(QJsonDocument::Indented);
        return r.rejected.isEmpty() ? ExitOk : ExitFailed;
    }
    out << tr("File: %1 (%2, %3-separated, layout: %4)")
               .arg(file.path, file.format.encodingName(), file.format.delimiterName(),
                    file.layout.name())
        << '\n';
    out << (r.dryRun ? tr("Dry run, nothing was changed. The import would give:") : tr("Imported:"))
        << '\n';
    out << "  " << tr("%n new client(s)", nullptr, r.created) << '\n';
    out << "  " << tr("%n client(s) updated", nullptr, r.updated) << '\n';
    out << "  " << tr("%n line(s) already up to date", nullptr, r.unchanged) << '\n';
    if (options.importPayments) {
        out << "  " << tr("%n new payment(s)", nullptr, r.payments) << '\n';
        if (r.paymentsKnown > 0)
            out << "  " << tr("%n payment(s) already recorded", nullptr, r.paymentsKnown) << '\n';
        if (r.paymentsRefused > 0) {
            out << "  "
                << tr("%n failed or refunded payment(s) left out", nullptr, r.paymentsRefused)
                << '\n';
        }
    }
    if (options.applyAccess) {
        out << "  " << tr("%n access change(s) queued for TradingView", nullptr, r.accessQueued)
            << '\n';
        if (r.paidWithoutAccess > 0) {
            out << "  "
                << tr("%n paid payment(s) gave no access (no plan sells the product, or the "
                      "client has no TradingView username)",
                      nullptr, r.paidWithoutAccess)
                << '\n';
        }
    }
    out << "  " << tr("%n line(s) rejected", nullptr, int(r.rejected.size())) << '\n';
    for (const RejectedLine &line : r.rejected)
        out << tr("line %1: %2").arg(line.line).arg(TerminalText::safe(line.reason)) << '\n';
    return r.rejected.isEmpty() ? ExitOk : ExitFailed;
}

} // namespace pinedesk
