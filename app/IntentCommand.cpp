#include "IntentCommand.h"

#include "services/AccessService.h"

#include "CliSession.h"
#include "ExitCode.h"
#include "domain/SystemClock.h"
#include "domain/UsernameList.h"
#include "store/IndicatorStore.h"
#include "sync/AccessChanges.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

QString actor()
{
    return u"cli:"_s + qEnvironmentVariable("USER", u"unknown"_s);
}

} // namespace

int IntentCommand::run(const QString &verb, const QStringList &arguments, Database &database,
                       const QUrl &baseUrl)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const bool revoke = verb == u"revoke"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        revoke ? tr("Revoke access and queue the removal on TradingView.")
               : tr("Change access and queue it for TradingView; 'pinedesk sync' applies it."));
    parser.addHelpOption();
    const QCommandLineOption users(u"users"_s, tr("A file of usernames, or u1,u2,..."), tr("LIST"));
    const QCommandLineOption indicator(u"indicator"_s, tr("A script id (repeat for several)."),
                                       tr("PINE"));
    const QCommandLineOption duration(u"duration"_s, tr("How long: 7D, 2W, 1M, 1Y..."), tr("D"));
    const QCommandLineOption until(u"until"_s, tr("Until the end of this day (UTC)."), tr("DATE"));
    const QCommandLineOption lifetime(u"lifetime"_s, tr("For life."));
    const QCommandLineOption label(u"label"_s, tr("A name for this batch."), tr("TEXT"));
    parser.addOptions({users, indicator, label});
    if (!revoke)
        parser.addOptions({duration, until, lifetime});
    if (!parser.parse(QStringList{u"pinedesk "_s + verb} + arguments)) {
        err << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return ExitOk;
    }
    if (!parser.isSet(users) || !parser.isSet(indicator)) {
        err << tr("Give --users and at least one --indicator.") << '\n';
        return ExitUsage;
    }
    AccessChanges::Request request;
    request.mode =
        revoke ? AccessChanges::Mode::Revoke
               : (verb == u"extend"_s ? AccessChanges::Mode::Extend : AccessChanges::Mode::Grant);
    request.label = parser.value(label);
    if (!revoke) {
        const int ways =
            int(parser.isSet(duration)) + int(parser.isSet(until)) + int(parser.isSet(lifetime));
        if (ways != 1) {
            err << tr("Give exactly one of --duration, --until or --lifetime.") << '\n';
            return ExitUsage;
        }
        if (parser.isSet(duration)) {
            const auto d = Duration::parse(parser.value(duration));
            if (!d) {
                err << d.error() << '\n';
                return ExitUsage;
            }
            request.duration = *d;
        } else if (parser.isSet(until)) {
            const QDate day = QDate::fromString(parser.value(until), Qt::ISODate);
            if (!day.isValid()) {
                err << tr("--until takes a date like 2030-01-31.") << '\n';
                return ExitUsage;
            }
            request.until = day;
        } else {
            request.duration = Duration::lifetime();
        }
    }

    QString list = parser.value(users);
    if (QFileInfo(list).isFile()) {
        QFile file(list);
        if (!file.open(QIODevice::ReadOnly)) {
            err << tr("Cannot read %1: %2").arg(list, file.errorString()) << '\n';
            return ExitFailed;
        }
        list = QString::fromUtf8(file.readAll());
    }
    const UsernameList parsed = UsernameList::parse(list);
    for (const QString &bad : parsed.rejected)
        err << tr("Skipped: %1").arg(bad) << '\n';
    if (parsed.usernames.isEmpty()) {
        err << tr("No valid username was given.") << '\n';
        return ExitUsage;
    }
    request.usernames = parsed.usernames;
    request.pineIds = parser.values(indicator);

    SystemClock clock;
    const StoreContext context{database, clock, actor()};
    auto apply = [&] {
        const auto summary = AccessService(context).apply(request);
        if (!summary) {
            err << summary.error() << '\n';
            return int(ExitFailed);
        }
        out << tr("Batch %1: %2 change(s) queued, %3 already as asked, %4 new client(s), %5 new "
                  "indicator(s). Run 'pinedesk sync' to apply them on TradingView.")
                   .arg(summary->batchId)
                   .arg(summary->queued)
                   .arg(summary->unchanged)
                   .arg(summary->clientsCreated)
                   .arg(summary->indicatorsCreated)
            << '\n';
        return int(ExitOk);
    };

    // Scripts new to the catalog are named from TradingView when a session allows it.
    bool unknown = false;
    for (const QString &pine : request.pineIds)
        unknown = unknown || !IndicatorStore(context).byPineId(pine.trimmed());
    if (!unknown)
        return apply();
    CliSession session(baseUrl);
    int code = ExitOk;
    session.start(false, [&](bool) {
        if (!session.client().session().isValid()) {
            code = apply();
            session.finish(code);
            return;
        }
        session.client().listScripts([&](const TvResult<QList<TvScript>> &scripts) {
            if (scripts) {
                for (const TvScript &s : *scripts) {
                    if (!s.name.isEmpty())
                        request.indicatorNames.insert(s.pineId, s.name);
                }
            }
            code = apply();
            session.finish(code);
        });
    });
    QCoreApplication::exec();
    return code;
}

} // namespace pinedesk
