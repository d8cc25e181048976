#include "SyncCommand.h"

#include "CliSession.h"
#include "ExitCode.h"
#include "HeadlessFeed.h"
#include "SignalWatcher.h"
#include "domain/SystemClock.h"
#include "store/SyncQueueStore.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

SyncConfig SyncCommand::configFromEnvironment()
{
    SyncConfig config;
    auto number = [](const char *name, double fallback) {
        bool ok = false;
        const double v = qEnvironmentVariable(name).toDouble(&ok);
        return ok && v >= 0 ? v : fallback;
    };
    config.write.ratePerSecond = number("PINEDESK_SYNC_WRITE_RATE", config.write.ratePerSecond);
    config.write.maxInFlight =
        int(number("PINEDESK_SYNC_WRITE_INFLIGHT", config.write.maxInFlight));
    config.write.minSpacingMs =
        int(number("PINEDESK_SYNC_WRITE_SPACING_MS", config.write.minSpacingMs));
    config.remove.ratePerSecond = number("PINEDESK_SYNC_REMOVE_RATE", config.remove.ratePerSecond);
    config.retryBaseSeconds = number("PINEDESK_SYNC_RETRY_BASE", config.retryBaseSeconds);
    config.retryCapSeconds = number("PINEDESK_SYNC_RETRY_CAP", config.retryCapSeconds);
    config.circuitCooldownSeconds =
        number("PINEDESK_SYNC_CIRCUIT_COOLDOWN", config.circuitCooldownSeconds);
    config.write.ceiling = number("PINEDESK_SYNC_WRITE_CEILING", config.write.ceiling);
    config.write.floor = number("PINEDESK_SYNC_WRITE_FLOOR", config.write.floor);
    config.leaseHeartbeatSeconds = number("PINEDESK_LEASE_HEARTBEAT", config.leaseHeartbeatSeconds);
    config.leaseStaleSeconds = number("PINEDESK_LEASE_STALE", config.leaseStaleSeconds);
    return config;
}

int SyncCommand::run(const QStringList &arguments, Database &database, const QUrl &baseUrl)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Apply the queued changes on TradingView."));
    parser.addHelpOption();
    const QCommandLineOption untilIdle(u"until-idle"_s,
                                       tr("Stop once nothing is left to do (else run until "
                                          "interrupted)."));
    const QCommandLineOption quiet(u"quiet"_s, tr("No progress lines."));
    const QCommandLineOption wait(u"wait"_s,
                                  tr("When another PineDesk is applying the queue, wait for it "
                                     "instead of exiting with code 5."));
    const QCommandLineOption url(u"base-url"_s, tr("TradingView (or sandbox) address."), tr("URL"));
    parser.addOptions({untilIdle, quiet, url, wait});
    if (!parser.parse(QStringList{u"pinedesk sync"_s} + arguments)) {
        err << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }

    const QUrl target = parser.isSet(url) ? QUrl(parser.value(url)) : baseUrl;
    if (!target.isValid() || target.host().isEmpty()) {
        err << tr("--base-url takes an address such as http://127.0.0.1:8080.") << '\n';
        return ExitUsage;
    }
    SystemClock clock;
    CliSession session(target);
    SyncEngine engine(database, clock, target, configFromEnvironment());
    engine.setOwnerKind(u"sync"_s);
    HeadlessFeed feed(database, engine);
    SignalWatcher watcher;
    int code = ExitOk;
    // Dead rows decide the exit code: a failed count is an error, never "none".
    auto deadRows = [&]() -> Expected<qint64> {
        const auto counts = SyncQueueStore({database, clock, u"sync"_s}).countsByState();
        if (!counts)
            return Expected<qint64>::failure(counts.error());
        return counts->value(QueueState::Dead);
    };
    bool toldWaiting = false;
    QObject::connect(&engine, &SyncEngine::leaseBusy, &engine, [&](const LeaseHolder &holder) {
        const QString who =
            tr("'%1' (process %2 on %3, since %4)")
                .arg(holder.kind)
                .arg(holder.pid)
                .arg(holder.host, holder.acquiredAt.toLocalTime().toString(Qt::ISODate));
        if (!parser.isSet(wait)) {
            // From cron (--quiet) this is the normal case while the window is open: the exit
            // code says it, and no mail is sent every few minutes.
            if (!parser.isSet(quiet))
                err << tr("Another PineDesk is applying the queue: %1. Your changes stay queued "
                          "and it applies them; use --wait to wait for it.")
                           .arg(who)
                    << '\n';
            code = ExitQueueBusy;
            engine.stop();
            return;
        }
        if (!toldWaiting && !parser.isSet(quiet))
            err << tr("Waiting for %1 to finish applying the queue...").arg(who) << '\n'
                << Qt::flush;
        toldWaiting = true;
    });
    QObject::connect(&engine, &SyncEngine::readFailed, &engine, [&](const QString &message) {
        if (!parser.isSet(untilIdle))
            return; // a long-running sync keeps trying
        err << tr("Stopped: %1").arg(message) << '\n';
        code = ExitFailed;
        engine.stop();
    });
    QObject::connect(&engine, &SyncEngine::batchProgress, &engine, [&](const BatchProgress &p) {
        if (parser.isSet(quiet))
            return;
        err << tr("batch %1: %2 done, %3 failed, %4 left, %5 ops/s")
                   .arg(p.batchId)
                   .arg(p.done)
                   .arg(p.failed)
                   .arg(p.remaining)
                   .arg(p.opsPerSecond, 0, 'f', 1)
            << (p.etaSeconds >= 0 ? tr(", about %1 s to go").arg(qRound(p.etaSeconds)) : QString())
            << '\n'
            << Qt::flush;
    });
    QObject::connect(&engine, &SyncEngine::sessionRotated, &engine, [&](const TvSession &s) {
        session.client().setSession(s);
        session.keep(s);
    });
    QObject::connect(&engine, &SyncEngine::sessionExpired, &engine, [&] {
        err << tr("The TradingView session expired; the remaining changes stay queued. Run "
                  "'pinedesk session set' with a fresh cookie and sync again.")
            << '\n';
        code = ExitSessionExpired;
        engine.stop();
    });
    QObject::connect(&engine, &SyncEngine::fatalError, &engine, [&](const QString &message) {
        if (code != ExitOk)
            return;
        err << message << '\n';
        code = ExitFailed;
        engine.stop();
    });
    QObject::connect(&engine, &SyncEngine::idle, &engine, [&] {
        if (!parser.isSet(untilIdle))
            return;
        const auto dead = deadRows();
        if (!dead)
            err << tr("Stopped: %1").arg(dead.error().message()) << '\n';
        code = (!dead || *dead > 0) ? int(ExitFailed) : int(ExitOk);
        engine.stop();
    });
    QObject::connect(&engine, &SyncEngine::stopped, &engine, [&] {
        if (code == ExitFailed) {
            if (const auto dead = deadRows(); dead && *dead > 0)
                err << tr("%n change(s) could not be applied; see 'pinedesk queue'.", nullptr,
                          int(*dead))
                    << '\n';
        }
        session.finish(code);
    });
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &engine,
                     [&] { engine.stop(); });
    session.start(true, [&](bool ready) {
        if (!ready) {
            code = ExitSessionExpired;
            session.finish(code);
            return;
        }
        engine.start(session.client().session());
    });
    QCoreApplication::exec();
    return code;
}

} // namespace pinedesk
