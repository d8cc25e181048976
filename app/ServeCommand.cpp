#include "ServeCommand.h"

#include "CliSession.h"
#include "ExitCode.h"
#include "HeadlessFeed.h"
#include "SignalWatcher.h"
#include "SyncCommand.h"
#include "automation/AutomationServer.h"
#include "automation/WebhookHost.h"
#include "automation/WebhookSecrets.h"
#include "backup/BackupScheduler.h"
#include "channels/ChannelSender.h"
#include "domain/SystemClock.h"
#include "mail/SmtpPassword.h"
#include "reminders/NotificationSweep.h"
#include "reminders/ReminderScheduler.h"
#include "settings/AppSettings.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

int ServeCommand::run(const QStringList &arguments, Database &database, const QUrl &baseUrl)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Receive payment webhooks and apply the queue on TradingView, without a window."));
    parser.addHelpOption();
    const QCommandLineOption listen(u"listen"_s,
                                    tr("Address and port to listen on (default 127.0.0.1:8787)."),
                                    tr("HOST:PORT"), u"127.0.0.1:8787"_s);
    const QCommandLineOption cert(u"cert"_s, tr("TLS certificate (PEM), with --key."), tr("FILE"));
    const QCommandLineOption key(u"key"_s, tr("TLS private key (PEM), with --cert."), tr("FILE"));
    const QCommandLineOption noSync(u"no-sync"_s,
                                    tr("Only receive webhooks; another PineDesk applies the "
                                       "queue."));
    const QCommandLineOption url(u"base-url"_s, tr("TradingView (or sandbox) address."), tr("URL"));
    parser.addOptions({listen, cert, key, noSync, url});
    if (!parser.parse(QStringList{u"pinedesk serve"_s} + arguments)) {
        err << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    const auto where = WebhookHost::parseListen(parser.value(listen));
    if (!where) {
        err << tr("--listen takes an address and a port, such as 127.0.0.1:8787.") << '\n';
        return ExitUsage;
    }
    if (parser.isSet(cert) != parser.isSet(key)) {
        err << tr("TLS needs both --cert and --key.") << '\n';
        return ExitUsage;
    }
    const QUrl target = parser.isSet(url) ? QUrl(parser.value(url)) : baseUrl;

    SystemClock clock;
    const StoreContext context{database, clock, u"serve"_s};
    ProviderRegistry registry;
    WebhookSecrets secrets;
    std::unique_ptr<AutomationServer> server;
    CliSession session(target);
    SyncEngine engine(database, clock, target, SyncCommand::configFromEnvironment());
    engine.setOwnerKind(u"serve"_s);
    HeadlessFeed feed(database, engine);
    SignalWatcher watcher;
    int code = ExitOk;
    bool engineRunning = false;

    auto stop = [&](int exitCode) {
        code = exitCode;
        if (engineRunning)
            engine.stop(); // stopped() ends the process once the lease is released
        else
            session.finish(code);
    };
    QObject::connect(&engine, &SyncEngine::stopped, &engine, [&] { session.finish(code); });
    QObject::connect(&engine, &SyncEngine::sessionRotated, &engine, [&](const TvSession &s) {
        session.client().setSession(s);
        session.keep(s);
    });
    QObject::connect(&engine, &SyncEngine::sessionExpired, &engine, [&] {
        err << tr("The TradingView session expired: changes stay queued until 'pinedesk session "
                  "set' gives a fresh one. Webhooks are still received.")
            << '\n'
            << Qt::flush;
    });
    QObject::connect(&engine, &SyncEngine::leaseBusy, &engine, [&](const LeaseHolder &holder) {
        err << tr("Another PineDesk (%1, process %2) applies the queue; serve waits for it and "
                  "only receives webhooks meanwhile.")
                   .arg(holder.kind)
                   .arg(holder.pid)
            << '\n'
            << Qt::flush;
    });
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &engine,
                     [&] { stop(ExitOk); });

    // While it runs, serve also takes the daily backup and tells the vendor and the clients
    // before access ends (once an hour it looks; each is done once).
    const QString backupFolder = AppSettings().backupFolderFor(database.path());
    BackupScheduler backups(database, clock, [backupFolder] { return backupFolder; });
    QObject::connect(&backups, &BackupScheduler::failed, &backups, [&](const QString &reason) {
        err << tr("The backup failed: %1").arg(reason) << '\n' << Qt::flush;
        (void)NotificationSweep(context).backupFailed(reason); // shown in the window
    });
    ReminderScheduler reminders(database, clock);
    QObject::connect(&reminders, &ReminderScheduler::failed, &reminders,
                     [&](const QString &problem) {
                         err << tr("Reminders: %1").arg(problem) << '\n' << Qt::flush;
                     });
    QObject::connect(&reminders, &ReminderScheduler::ran, &reminders,
                     [&](int announced, int, int sent) {
                         if (announced > 0 || sent > 0)
                             err << tr("Reminders: %n access(es) announced, %1 e-mail(s) sent.",
                                       nullptr, announced)
                                        .arg(sent)
                                 << '\n'
                                 << Qt::flush;
                     });
    // Shown in the window's notification centre.
    QObject::connect(&engine, &SyncEngine::stateChanged, &engine, [&](EngineState state) {
        (void)NotificationSweep(context).engineState(state);
    });
    // The team channels hear sales and trouble as they happen.
    ChannelSender channels(database, clock);
    QObject::connect(&channels, &ChannelSender::problemsChanged, &channels,
                     [&](const QStringList &problems) {
                         for (const QString &problem : problems)
                             err << tr("Team channels: %1").arg(problem) << '\n' << Qt::flush;
                     });
    channels.loadSecretsAndStart();
    SmtpPassword smtpPassword;
    smtpPassword.load([&](const QByteArray &password, const QString &problem) {
        if (!problem.isEmpty())
            err << problem << '\n' << Qt::flush;
        reminders.setMailPassword(password);
        reminders.start();
    });
    // A team database is backed up by its server (pg_dump and the like), not by each desktop.
    if (!database.isPostgresql())
        backups.start();

    secrets.load(registry.names(), [&](const WebhookSecrets::Secrets &loaded,
                                       const QStringList &problems) {
        for (const QString &problem : problems)
            err << problem << '\n';
        server = std::make_unique<AutomationServer>(
            context, WebhookHost::configsFor(registry, loaded, context));
        // What a webhook changes wakes the engine at once (and shows on a team's desktops).
        EventProcessor *events = &server->processor();
        ChangeFeed *changes = feed.feed();
        QMetaObject::invokeMethod(events, [events, changes] { events->setChangeFeed(changes); });
        if (parser.isSet(cert)) {
            QFile certFile(parser.value(cert));
            QFile keyFile(parser.value(key));
            if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
                err << tr("The TLS certificate or key cannot be read.") << '\n';
                stop(ExitUsage);
                return;
            }
            const QSslCertificate certificate(&certFile, QSsl::Pem);
            const QByteArray pem = keyFile.readAll();
            QSslKey privateKey(pem, QSsl::Rsa, QSsl::Pem);
            if (privateKey.isNull())
                privateKey = QSslKey(pem, QSsl::Ec, QSsl::Pem);
            if (certificate.isNull() || privateKey.isNull()) {
                err << tr("The TLS certificate or key is not valid PEM.") << '\n';
                stop(ExitUsage);
                return;
            }
            server->sslSetup(certificate, privateKey);
        }
        const quint16 port = server->start(where->address, where->port);
        if (port == 0) {
            err << server->errorString() << '\n';
            stop(ExitFailed);
            return;
        }
        const QString scheme = parser.isSet(cert) ? u"https"_s : u"http"_s;
        err << tr("Listening on %1://%2:%3").arg(scheme, where->address.toString()).arg(port)
            << '\n';
        for (const QString &name : registry.names()) {
            const bool configured = !loaded.value(name).isEmpty();
            err << u"  /webhooks/%1%2  %3\n"_s.arg(name,
                                                   name == u"gumroad"_s ? u"/<token>"_s : QString(),
                                                   configured ? tr("ready") : tr("no secret set"));
        }
        err << Qt::flush;
        QObject::connect(
            &server->processor(), &EventProcessor::processed, server.get(),
            [&](qint64 id, WebhookEventState state) {
                err << tr("event %1: %2").arg(id).arg(WebhookEventStateNames::displayName(state))
                    << '\n'
                    << Qt::flush;
            });
        session.start(false, [&](bool ready) {
            if (!ready || !session.client().session().isValid()) {
                err << tr("No TradingView session: webhooks are kept, usernames are not checked "
                          "and the queue waits for 'pinedesk session set'.")
                    << '\n'
                    << Qt::flush;
                server->processor().kick();
                return;
            }
            EventProcessor *processor = &server->processor();
            const QUrl tvUrl = target;
            const TvSession tvSession = session.client().session();
            QMetaObject::invokeMethod(processor, [processor, tvUrl, tvSession] {
                processor->useTradingView(tvUrl, tvSession);
                processor->kick();
            });
            if (!parser.isSet(noSync)) {
                engineRunning = true;
                engine.start(session.client().session());
            }
        });
    });
    QCoreApplication::exec();
    // The webhook processor's thread announces on the feed: it ends before the feed goes.
    server.reset();
    return code;
}

} // namespace pinedesk
