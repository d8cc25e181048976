#include "ReconcileCommand.h"

#include "services/AccessService.h"

#include "CliSession.h"
#include "ExitCode.h"
#include "domain/SystemClock.h"
#include "sync/Reconciler.h"
#include "tradingview/TvDateTime.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

QString describe(const std::optional<Expiration> &e)
{
    if (!e)
        return QCoreApplication::translate("ReconcileCommand", "no access");
    return e->isLifetime() ? QCoreApplication::translate("ReconcileCommand", "lifetime")
                           : TvDateTime::toRequest(e->until());
}

} // namespace

int ReconcileCommand::run(const QStringList &arguments, Database &database, const QUrl &baseUrl)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Compare TradingView's access lists with PineDesk."));
    parser.addHelpOption();
    const QCommandLineOption json(u"json"_s, tr("Print the report as JSON."));
    const QCommandLineOption fix(u"fix"_s, tr("Queue the changes that make TradingView match."));
    const QCommandLineOption adopt(u"adopt-unknown"_s,
                                   tr("With --fix: record users who are not clients as clients "
                                      "with the access they hold."));
    const QCommandLineOption removeUnknown(u"remove-unknown"_s,
                                           tr("With --fix: remove the access of users who are "
                                              "not clients."));
    parser.addOptions({json, fix, adopt, removeUnknown});
    if (!parser.parse(QStringList{u"pinedesk reconcile"_s} + arguments)) {
        err << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return ExitOk;
    }
    if (parser.isSet(adopt) && parser.isSet(removeUnknown)) {
        err << tr("Choose --adopt-unknown or --remove-unknown, not both.") << '\n';
        return ExitUsage;
    }
    SystemClock clock;
    const StoreContext context{database, clock, u"cli:"_s + qEnvironmentVariable("USER")};
    CliSession session(baseUrl);
    Reconciler reconciler(context, session.client());
    int code = ExitOk;
    session.start(true, [&](bool ready) {
        if (!ready) {
            session.finish(ExitSessionExpired);
            return;
        }
        reconciler.run([&](const ReconciliationReport &report) {
            if (parser.isSet(json)) {
                out << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
            } else {
                for (const auto &d : report.drifts) {
                    out << ReconciliationReport::kindDisplayName(d.kind) << '\t' << d.username
                        << '\t' << d.indicator << '\t'
                        << tr("PineDesk: %1; TradingView: %2")
                               .arg(describe(d.intended), describe(d.onServer))
                        << '\n';
                }
                err << tr("%1 script(s) checked, %2 grant(s) on TradingView, %3 difference(s).")
                           .arg(report.scriptsChecked)
                           .arg(report.grantsOnServer)
                           .arg(report.drifts.size())
                    << '\n';
            }
            for (const QString &e : report.errors)
                err << e << '\n';
            code = report.errors.isEmpty()
                       ? (report.drifts.isEmpty() ? int(ExitOk) : int(ExitFailed))
                       : int(ExitUnavailable);
            if (!report.canQueueFixes()) {
                // PineDesk's own data could not be read: nothing is decided on a guess.
                err << tr("Stopped: PineDesk's database could not be read, so this comparison "
                          "is incomplete and nothing was queued. The details are in the log.")
                    << '\n';
                code = ExitFailed;
                session.finish(code);
                return;
            }
            if (parser.isSet(fix) && !report.drifts.isEmpty()) {
                const auto mode = parser.isSet(adopt)           ? Reconciler::UnknownUsers::Adopt
                                  : parser.isSet(removeUnknown) ? Reconciler::UnknownUsers::Remove
                                                                : Reconciler::UnknownUsers::Leave;
                const auto fixes = AccessService(context).queueFixes(report, mode);
                if (!fixes) {
                    err << fixes.error() << '\n';
                    code = ExitFailed;
                } else {
                    err << tr("Batch %1: %2 fix(es) queued (%3 adopted). Run 'pinedesk sync' to "
                              "apply them.")
                               .arg(fixes->batchId)
                               .arg(fixes->queued)
                               .arg(fixes->adopted)
                        << '\n';
                    if (report.errors.isEmpty())
                        code = ExitOk;
                }
            }
            session.finish(code);
        });
    });
    QCoreApplication::exec();
    return code;
}

} // namespace pinedesk
