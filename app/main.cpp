// PineDesk entry point: decides between the GUI and a headless subcommand, then wires the
// store, the clock and the window together. Nothing else lives here.
#include "ApiKeyCommand.h"
#include "BackupCommand.h"
#include "CatalogCommand.h"
#include "ChannelsCommand.h"
#include "DemoDataCommand.h"
#include "GlobalOptions.h"
#include "ImportCommand.h"
#include "IntentCommand.h"
#include "MailCommand.h"
#include "MigrateCommand.h"
#include "QueueCommand.h"
#include "ReconcileCommand.h"
#include "RemindCommand.h"
#include "ReportCommand.h"
#include "SandboxCommand.h"
#include "ServeCommand.h"
#include "SessionCommand.h"
#include "SyncCommand.h"
#include "TeamCommand.h"
#include "Translations.h"
#include "TvCommand.h"
#include "UsageText.h"
#include "WebhooksCommand.h"

#include "AutomationPage.h"
#include "ChannelsPanel.h"
#include "MainWindow.h"
#include "NotificationButton.h"
#include "Prompter.h"
#include "RemindersPanel.h"
#include "SettingsPage.h"
#include "SyncPage.h"
#include "TrayNotifier.h"
#include "automation/WebhookHost.h"
#include "backup/BackupRestore.h"
#include "backup/BackupScheduler.h"
#include "backup/BackupWriter.h"
#include "channels/ChannelSender.h"
#include "domain/SystemClock.h"
#include "logging/LogFile.h"
#include "mail/SmtpPassword.h"
#include "reminders/NotificationSweep.h"
#include "reminders/ReminderScheduler.h"
#include "sandbox/SandboxMode.h"
#include "settings/AppSettings.h"
#include "settings/TeamDatabasePassword.h"
#include "store/Database.h"
#include "sync/SyncThread.h"
#include "tradingview/SessionVault.h"
#include "tradingview/TradingViewClient.h"
#include "tradingview/TvConnection.h"

#include <QApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QProcess>
#include <QSettings>
#include <QStatusBar>
#include <QTextStream>

#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(u"PineDesk"_s);
    QCoreApplication::setOrganizationDomain(u"pinedesk.app"_s);
    QCoreApplication::setApplicationName(u"PineDesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PINEDESK_VERSION));
}

bool hasDisplay(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "-platform") == 0)
            return true;
    }
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

// A database from an older PineDesk is backed up before it is upgraded; without that backup it
// is not upgraded. Returns why, or nothing.
QString backUpBeforeMigration(const QString &databasePath, const QString &folder)
{
    const auto backup = pinedesk::BackupWriter::beforeMigration(databasePath, folder,
                                                                QDateTime::currentDateTimeUtc());
    if (backup)
        return {};
    return QCoreApplication::translate("main", "This database comes from an earlier PineDesk and "
                                               "is upgraded after a backup, which failed: %1 "
                                               "Nothing was changed.")
        .arg(backup.error().message());
}

int runHeadless(int argc, char **argv, const pinedesk::GlobalOptions &options)
{
    // Reports may paint a PDF, which needs Qt Gui: on the offscreen platform, so no display is
    // ever needed (cron, ssh).
    std::unique_ptr<QCoreApplication> app;
    if (options.subcommand == u"report"_s) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    setIdentity();
    pinedesk::LogFile::install(pinedesk::LogFile::defaultPath());
    pinedesk::Translations::install(QSettings().value(u"ui/language"_s).toString());
    const QString db =
        options.databasePath.isEmpty() ? pinedesk::Database::defaultPath() : options.databasePath;
    const auto target = pinedesk::DatabaseTarget::parse(db);
    if (!target) {
        QTextStream(stderr) << target.error() << '\n';
        return 2;
    }
    if (target->isPostgresql() &&
        (options.subcommand == u"demo-data"_s || options.subcommand == u"restore"_s ||
         options.subcommand == u"backup"_s)) {
        QTextStream(stderr) << QCoreApplication::translate(
                                   "main", "A team database is backed up and restored with "
                                           "PostgreSQL's own tools (pg_dump, pg_restore); "
                                           "\"%1\" works on a database file.")
                                   .arg(options.subcommand)
                            << '\n';
        return 2;
    }
    const QUrl baseUrl = options.baseUrl.isEmpty() ? pinedesk::TradingViewClient::defaultBaseUrl()
                                                   : QUrl(options.baseUrl);
    if (options.subcommand == u"demo-data"_s)
        return pinedesk::DemoDataCommand::run(options.subcommandArgs, db);
    if (options.subcommand == u"sandbox"_s)
        return pinedesk::SandboxCommand::run(options.subcommandArgs);
    if (options.subcommand == u"migrate-to-postgresql"_s)
        return pinedesk::MigrateCommand::run(options.subcommandArgs);
    if (options.subcommand == u"tv"_s)
        return pinedesk::TvCommand::run(options.subcommandArgs, baseUrl);
    if (options.subcommand == u"session"_s)
        return pinedesk::SessionCommand::run(options.subcommandArgs, baseUrl);
    if (options.subcommand == u"backups"_s)
        return pinedesk::BackupCommand::list(options.subcommandArgs);
    if (options.subcommand == u"restore"_s)
        return pinedesk::BackupCommand::restore(options.subcommandArgs, db);
    if (options.subcommand == u"webhooks"_s &&
        !pinedesk::WebhooksCommand::needsDatabase(options.subcommandArgs))
        return pinedesk::WebhooksCommand::secret(options.subcommandArgs);
    if (options.subcommand == u"mail"_s &&
        !pinedesk::MailCommand::needsDatabase(options.subcommandArgs))
        return pinedesk::MailCommand::password();
    if (options.subcommand == u"channels"_s &&
        !pinedesk::ChannelsCommand::needsDatabase(options.subcommandArgs))
        return pinedesk::ChannelsCommand::secret(options.subcommandArgs);

    // The remaining commands work on the database.
    if (!target->isPostgresql()) {
        if (const QString problem =
                backUpBeforeMigration(db, pinedesk::AppSettings().backupFolderFor(db));
            !problem.isEmpty()) {
            QTextStream(stderr) << problem << '\n';
            return 1;
        }
    }
    pinedesk::Database database(*target);
    if (const pinedesk::Status s = database.open(); !s) {
        QTextStream(stderr) << s.error() << '\n';
        return 1;
    }
    const QString &command = options.subcommand;
    if (command == u"grant"_s || command == u"extend"_s || command == u"revoke"_s)
        return pinedesk::IntentCommand::run(command, options.subcommandArgs, database, baseUrl);
    if (command == u"sync"_s)
        return pinedesk::SyncCommand::run(options.subcommandArgs, database, baseUrl);
    if (command == u"queue"_s)
        return pinedesk::QueueCommand::run(options.subcommandArgs, database);
    if (command == u"import"_s)
        return pinedesk::ImportCommand::run(options.subcommandArgs, database);
    if (command == u"reconcile"_s)
        return pinedesk::ReconcileCommand::run(options.subcommandArgs, database, baseUrl);
    if (command == u"backup"_s)
        return pinedesk::BackupCommand::backup(options.subcommandArgs, database);
    if (command == u"serve"_s)
        return pinedesk::ServeCommand::run(options.subcommandArgs, database, baseUrl);
    if (command == u"webhooks"_s)
        return pinedesk::WebhooksCommand::run(options.subcommandArgs, database);
    if (command == u"indicators"_s)
        return pinedesk::CatalogCommand::indicators(options.subcommandArgs, database);
    if (command == u"plans"_s)
        return pinedesk::CatalogCommand::plans(options.subcommandArgs, database);
    if (command == u"api-key"_s)
        return pinedesk::ApiKeyCommand::run(options.subcommandArgs, database);
    if (command == u"team"_s)
        return pinedesk::TeamCommand::run(options.subcommandArgs, database);
    if (command == u"products"_s)
        return pinedesk::CatalogCommand::products(options.subcommandArgs, database);
    if (command == u"remind"_s)
        return pinedesk::RemindCommand::run(options.subcommandArgs, database);
    if (command == u"mail"_s)
        return pinedesk::MailCommand::run(options.subcommandArgs, database);
    if (command == u"channels"_s)
        return pinedesk::ChannelsCommand::run(options.subcommandArgs, database);
    if (command == u"report"_s)
        return pinedesk::ReportCommand::run(options.subcommandArgs, database);
    return 2;
}

// Restores the backup the vendor chose before the restart, if any, and says how it went. The
// previous window has closed the database and released the queue before this process started
// (see main()), so a refusal here is a real one (another PineDesk is open).
QString restorePending(pinedesk::AppSettings &settings, const QString &databasePath,
                       const pinedesk::Clock &clock)
{
    const QString backup = settings.pendingRestore();
    if (backup.isEmpty())
        return {};
    settings.setPendingRestore({}); // tried once: a failure must not come back at every start
    const auto restored = pinedesk::BackupRestore::restore(
        databasePath, backup, settings.backupFolderFor(databasePath), clock);
    if (!restored) {
        return QCoreApplication::translate("main", "The backup was not restored: %1 Nothing "
                                                   "was changed.")
            .arg(restored.error().message());
    }
    QString text = QCoreApplication::translate("main", "The backup of %1 is restored.")
                       .arg(QLocale().toString(restored->restored.takenAt.toLocalTime(),
                                               QLocale::ShortFormat));
    if (restored->pausedBatches > 0) {
        text += u' ' + QCoreApplication::translate("main",
                                                   "%n batch(es) with waiting changes are paused: "
                                                   "reconcile on the Sync page, then resume them.",
                                                   nullptr, restored->pausedBatches);
    }
    return text;
}

// Runs the window. When the vendor asked for a restart, `restartArguments` says how to start
// again; main() does it once everything here (engine, database) is closed.
int runGui(int argc, char **argv, const pinedesk::GlobalOptions &options,
           std::optional<QStringList> &restartArguments)
{
    using pinedesk::AppSettings;
    QApplication app(argc, argv);
    setIdentity();
    pinedesk::LogFile::install(pinedesk::LogFile::defaultPath());
    QApplication::setWindowIcon(QIcon(u":/icons/pinedesk.svg"_s));
    AppSettings settings;
    pinedesk::Translations::install(settings.language());

    if (options.sandbox || options.real)
        settings.setConnection(options.sandbox ? AppSettings::Connection::Sandbox
                                               : AppSettings::Connection::Real);
    const bool sandbox = settings.connection() == AppSettings::Connection::Sandbox;
    const QString path = options.databasePath.isEmpty()
                             ? settings.databasePath(settings.connection())
                             : options.databasePath;
    pinedesk::SystemClock clock;
    const auto target = pinedesk::DatabaseTarget::parse(path);
    if (!target) {
        pinedesk::Prompter::instance().warn(
            nullptr, QCoreApplication::translate("main", "PineDesk"), target.error());
        return 1;
    }
    // A restore the vendor chose before the restart: done before the database is opened. A team
    // database is backed up and restored by its server.
    QString restoreNotice;
    if (!target->isPostgresql()) {
        restoreNotice = restorePending(settings, path, clock);
        if (const QString problem = backUpBeforeMigration(path, settings.backupFolderFor(path));
            !problem.isEmpty()) {
            pinedesk::Prompter::instance().warn(
                nullptr, QCoreApplication::translate("main", "PineDesk"), problem);
            return 1;
        }
    }
    pinedesk::Database database(*target);
    if (target->isPostgresql()) {
        // The password the "Connect to a team database" dialog saved; without one, libpq looks
        // in PGPASSWORD and ~/.pgpass.
        QString problem;
        const QString password = pinedesk::TeamDatabasePassword::loadNow(*target, &problem);
        if (!problem.isEmpty())
            qWarning("%s", qPrintable(problem));
        database.setPassword(password);
    }
    if (const pinedesk::Status s = database.open(); !s) {
        pinedesk::Prompter::instance().warn(
            nullptr, QCoreApplication::translate("main", "PineDesk"), s.error());
        return 1;
    }
    std::unique_ptr<pinedesk::SandboxMode> sandboxMode;
    QUrl baseUrl = options.baseUrl.isEmpty() ? pinedesk::TradingViewClient::defaultBaseUrl()
                                             : QUrl(options.baseUrl);
    if (sandbox) {
        sandboxMode = std::make_unique<pinedesk::SandboxMode>(database, clock);
        if (!sandboxMode->prepare()) {
            pinedesk::Prompter::instance().warn(
                nullptr, QCoreApplication::translate("main", "PineDesk"), sandboxMode->error());
            return 1;
        }
        baseUrl = sandboxMode->baseUrl();
    }
    pinedesk::SyncConfig syncConfig;
    settings.applyPacing(syncConfig);
    pinedesk::SyncThread sync(database, clock, baseUrl, syncConfig);
    sync.engine()->setOwnerKind(u"gui"_s); // before start(), which is queued after this
    pinedesk::TvConnection tv(baseUrl, sandbox);
    pinedesk::MainWindow window({database, clock, u"gui:"_s + qEnvironmentVariable("USER"), &tv});
    window.attachSync(sync.engine(), sandbox);
    window.syncPage()->setPacing(syncConfig);
    window.setSyncConfig(syncConfig);
    // Payment webhooks received by the window itself, when the vendor turned it on (Automation
    // page); usernames are checked with the window's TradingView session.
    pinedesk::WebhookHost webhooks({database, clock, u"webhooks"_s});
    window.automationPage()->setHost(&webhooks, &settings);
    QObject::connect(&tv, &pinedesk::TvConnection::stateChanged, &webhooks,
                     [&webhooks, &tv, baseUrl](pinedesk::TvConnection::State state) {
                         if (state == pinedesk::TvConnection::State::Connected)
                             webhooks.setTradingView(baseUrl, tv.client()->session());
                     });
    if (settings.receiveWebhooks())
        webhooks.start(settings.webhookListen());
    window.show();
    if (!restoreNotice.isEmpty()) {
        pinedesk::Prompter::instance().inform(
            &window, QCoreApplication::translate("main", "Restore"), restoreNotice);
    }

    // The daily backup while the window is open; a failure is said in the status bar.
    // Sandbox backups go to a folder of their own: never restored over the real database.
    pinedesk::BackupScheduler backups(database, clock,
                                      [path] { return AppSettings().backupFolderFor(path); });
    window.settingsPage()->setBackupScheduler(&backups);
    QObject::connect(
        &backups, &pinedesk::BackupScheduler::failed, &window, [&window](const QString &error) {
            window.statusBar()->showMessage(
                QCoreApplication::translate("main", "The backup failed: %1").arg(error));
        });
    backups.start();

    // Reminders and notifications: the bell in the status bar, the tray for the desktop, and
    // the hourly check (accesses about to end, what waits, the e-mail outbox).
    pinedesk::TrayNotifier tray(&window, settings);
    window.setTray(&tray);
    pinedesk::ReminderScheduler reminders(database, clock);
    QObject::connect(&reminders, &pinedesk::ReminderScheduler::ran, window.notificationButton(),
                     &pinedesk::NotificationButton::refresh);
    QObject::connect(&reminders, &pinedesk::ReminderScheduler::failed, &window,
                     [&window](const QString &problem) {
                         window.statusBar()->showMessage(
                             QCoreApplication::translate("main", "Reminders: %1").arg(problem));
                     });
    QObject::connect(
        &backups, &pinedesk::BackupScheduler::failed, &reminders,
        [&database, &clock, &window](const QString &error) {
            (void)pinedesk::NotificationSweep({database, clock, u"backups"_s}).backupFailed(error);
            window.notificationButton()->refresh();
        });
    pinedesk::SmtpPassword smtpPassword;
    smtpPassword.load([&reminders](const QByteArray &password, const QString &) {
        reminders.setMailPassword(password);
        reminders.start();
    });
    // An expired session or TradingView failing is worth a notification, not only a status.
    QObject::connect(
        sync.engine(), &pinedesk::SyncEngine::stateChanged, &reminders,
        [&database, &clock, &window](pinedesk::EngineState state) {
            const auto raised =
                pinedesk::NotificationSweep({database, clock, u"sync"_s}).engineState(state);
            if (raised && *raised > 0)
                window.notificationButton()->refresh();
        });
    QObject::connect(window.settingsPage()->remindersPanel(),
                     &pinedesk::RemindersPanel::mailPasswordChanged, &reminders,
                     &pinedesk::ReminderScheduler::setMailPassword);

    // The team channels (Discord, Slack, Telegram) hear what the vendor chose, from the outbox.
    pinedesk::ChannelSender channels(database, clock);
    pinedesk::ChannelsPanel *channelsPanel = window.settingsPage()->channelsPanel();
    QObject::connect(channelsPanel, &pinedesk::ChannelsPanel::secretChanged, &channels,
                     [&channels](pinedesk::TeamChannel::Kind kind, const QByteArray &secret) {
                         channels.setSecret(kind, secret);
                         channels.sendNow();
                     });
    QObject::connect(channelsPanel, &pinedesk::ChannelsPanel::sendRequested, &channels,
                     &pinedesk::ChannelSender::sendNow);
    QObject::connect(&channels, &pinedesk::ChannelSender::ran, channelsPanel,
                     [channelsPanel](int sent, int retried, int dead) {
                         if (sent + retried + dead > 0)
                             channelsPanel->refreshOutbox();
                     });
    QObject::connect(&channels, &pinedesk::ChannelSender::problemsChanged, &window,
                     [&window](const QStringList &problems) {
                         if (!problems.isEmpty())
                             window.statusBar()->showMessage(
                                 QCoreApplication::translate("main", "Team channels: %1")
                                     .arg(problems.join(u' ')));
                     });
    channels.loadSecretsAndStart();

    pinedesk::SessionVault vault;
    if (sandboxMode) {
        sync.start(sandboxMode->session());
        tv.setSession(sandboxMode->session());
    } else {
        vault.load([&sync, &tv,
                    &window](const pinedesk::Expected<std::optional<pinedesk::TvSession>> &s) {
            if (s && s.value()) {
                sync.start(*s.value());
                tv.setSession(*s.value());
                return;
            }
            window.statusBar()->showMessage(
                s ? QCoreApplication::translate("main", "No TradingView session yet: run 'pinedesk "
                                                        "session set' and paste the cookie.")
                  : s.error().message());
        });
    }
    QObject::connect(sync.engine(), &pinedesk::SyncEngine::sessionRotated, &vault,
                     [&vault, sandbox](const pinedesk::TvSession &session) {
                         if (!sandbox && !pinedesk::SessionVault::environmentOverride())
                             vault.store(session, [](const pinedesk::Status &) {});
                     });
    QObject::connect(window.settingsPage(), &pinedesk::SettingsPage::sessionSaved, &window,
                     [&sync, sandbox](const pinedesk::TvSession &session) {
                         if (sandbox)
                             return;
                         sync.start(session); // the first session: the engine was not running
                         sync.supplySession(session);
                     });
    bool restart = false;
    QObject::connect(window.settingsPage(), &pinedesk::SettingsPage::restoreRequested, &window,
                     [&](const QString &backupPath) {
                         settings.setPendingRestore(backupPath);
                         restart = true;
                         window.close();
                     });
    QObject::connect(
        window.settingsPage(), &pinedesk::SettingsPage::restartRequested, &window, [&] {
            if (pinedesk::Prompter::instance().confirm(
                    &window, QCoreApplication::translate("main", "Restart PineDesk"),
                    QCoreApplication::translate("main", "The change takes effect when PineDesk "
                                                        "starts again. Restart now?"),
                    QCoreApplication::translate("main", "Restart now"))) {
                restart = true;
                window.close();
            }
        });
    QObject::connect(&tv, &pinedesk::TvConnection::sessionRotated, &vault,
                     [&vault, sandbox](const pinedesk::TvSession &session) {
                         if (!sandbox && !pinedesk::SessionVault::environmentOverride())
                             vault.store(session, [](const pinedesk::Status &) {});
                     });
    QObject::connect(sync.engine(), &pinedesk::SyncEngine::sessionExpired, &tv,
                     &pinedesk::TvConnection::markExpired);
    QObject::connect(window.syncPage(), &pinedesk::SyncPage::newSessionRequested, &window, [&] {
        if (sandboxMode) {
            const pinedesk::TvSession renewed = sandboxMode->renewSession();
            sync.supplySession(renewed);
            tv.setSession(renewed);
            return;
        }
        const auto text = pinedesk::Prompter::instance().text(
            &window, QCoreApplication::translate("main", "TradingView session"),
            QCoreApplication::translate("main", "Paste the value of the sessionid cookie of "
                                                "tradingview.com (or the whole Cookie header):"),
            true);
        if (!text)
            return;
        const auto session = pinedesk::TvSession::parse(*text);
        if (!session) {
            pinedesk::Prompter::instance().warn(
                &window, QCoreApplication::translate("main", "TradingView session"),
                session.error());
            return;
        }
        vault.store(*session, [&window](const pinedesk::Status &s) {
            if (!s)
                pinedesk::Prompter::instance().warn(
                    &window, QCoreApplication::translate("main", "TradingView session"), s.error());
        });
        sync.start(*session); // a first session when none was stored at start-up
        sync.supplySession(*session);
        tv.setSession(*session);
    });
    const int code = app.exec();
    if (sandboxMode) {
        if (const pinedesk::Status s = sandboxMode->saveState(); !s)
            QTextStream(stderr) << s.error() << '\n';
    }
    if (restart) {
        // The saved settings decide the mode now; an explicit --db stays.
        QStringList args{QCoreApplication::applicationFilePath()};
        if (!options.databasePath.isEmpty())
            args << u"--db"_s << options.databasePath;
        if (!options.baseUrl.isEmpty())
            args << u"--base-url"_s << options.baseUrl;
        restartArguments = args;
    }
    return code;
}

} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const pinedesk::GlobalOptions options = pinedesk::GlobalOptions::parse(arguments);

    if (options.help || options.version || !options.error.isEmpty()) {
        QCoreApplication app(argc, argv);
        setIdentity();
        pinedesk::Translations::install(QSettings().value(u"ui/language"_s).toString());
        QTextStream out(options.error.isEmpty() ? stdout : stderr);
        if (!options.error.isEmpty()) {
            out << options.error << "\n\n" << pinedesk::usageText();
            return 2;
        }
        out << (options.version ? u"PineDesk "_s + QCoreApplication::applicationVersion() + u'\n'
                                : pinedesk::usageText());
        return 0;
    }
    if (!options.subcommand.isEmpty())
        return runHeadless(argc, argv, options);

    if (!hasDisplay(argc, argv)) {
        QTextStream(stderr) << QCoreApplication::translate(
            "main", "PineDesk needs a graphical display, and none was found (DISPLAY and "
                    "WAYLAND_DISPLAY are not set).\n"
                    "On a machine without a screen, run it under a virtual display:\n"
                    "  xvfb-run -a pinedesk\n"
                    "Commands such as 'pinedesk demo-data' work without a display.\n");
        return 2;
    }
    std::optional<QStringList> restart;
    const int code = runGui(argc, argv, options, restart);
    // Started only now: the engine has released the queue and the database is closed, so a
    // restore waiting for the next start finds nothing in its way.
    if (restart)
        QProcess::startDetached(restart->takeFirst(), *restart);
    return code;
}
