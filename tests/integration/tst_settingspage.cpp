#include "BackupsPanel.h"
#include "ConnectionStatus.h"
#include "ScriptedPrompter.h"
#include "SettingsPage.h"
#include "SyncHarness.h"
#include "TestDatabase.h"
#include "Waiter.h"
#include "backup/BackupScheduler.h"
#include "settings/AppSettings.h"
#include "store/ClientStore.h"
#include "sync/AccessChanges.h"
#include "tradingview/SessionVault.h"
#include "tradingview/TvConnection.h"

#include <QAction>
#include <QComboBox>
#include <QDirIterator>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QFile>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace pinedesk;
using namespace pinedesk::test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString secret = u"abc123secretvalue"_s;
QStringList loggedMessages;

void recordMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    loggedMessages.append(message);
}

// Every file under `path` (or the file itself) that contains `needle`.
QStringList filesContaining(const QString &path, const QByteArray &needle)
{
    QStringList hits;
    const QFileInfo info(path);
    QStringList files;
    if (info.isFile()) {
        files.append(path);
    } else if (info.isDir()) {
        QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
    }
    for (const QString &file : std::as_const(files)) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            hits.append(file);
    }
    return hits;
}

TvSession sandboxSession()
{
    const SandboxConfig config;
    return TvSession(config.session, config.sessionSign);
}

} // namespace

// The Settings page as a vendor uses it (the session cookie only ever reaches the keychain,
// "Test connection" names the account, every setting is saved as it is edited) and the status
// bar's connection and progress texts. Runs in the private keyring of packaging/test-session.sh.
class TestSettingsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cookieGoesOnlyToTheKeychain();
    void pasteNeedsTheRealMode();
    void testConnectionNamesTheAccount();
    void pacingIsSavedAsEdited();
    void restartSettingsAskForARestart();
    void statusBarShowsTheConnection();
    void statusBarShowsBatchProgress();
    void backupsAreListedTakenAndRestoredFromSettings();

private:
    QString m_key;
};

void TestSettingsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
    qunsetenv(SessionVault::environmentVariable);
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("No D-Bus session: run the tests through packaging/test-session.sh, which starts a "
              "private D-Bus session with an unlocked gnome-keyring.");
    m_key = u"settings-test-%1"_s.arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
}

void TestSettingsPage::init()
{
    QSettings().clear();
}

void TestSettingsPage::cookieGoesOnlyToTheKeychain()
{
    TestDatabase db;
    QVERIFY(db.isOpen());
    AppSettings settings;
    settings.setConnection(AppSettings::Connection::Real);
    SessionVault vault(u"PineDesk-tests"_s, m_key);
    SettingsPage page({db.database(), db.clock(), u"test"_s}, settings);
    page.setSessionVault(&vault);
    page.show();

    auto *cookie = page.findChild<QLineEdit *>(u"sessionCookie"_s);
    auto *save = page.findChild<QPushButton *>(u"saveSession"_s);
    QVERIFY(cookie && save);
    QVERIFY(cookie->isEnabled());
    QCOMPARE(cookie->echoMode(), QLineEdit::Password);
    QVERIFY(!save->isEnabled()); // nothing pasted yet

    loggedMessages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(recordMessage);
    QTest::keyClicks(cookie, u"sessionid="_s + secret);
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page.sessionMessage() == u"Saved in the system keychain."_s, 20000);
    qInstallMessageHandler(previous);
    QVERIFY(cookie->text().isEmpty()); // the secret does not stay on screen
    for (const QString &message : std::as_const(loggedMessages))
        QVERIFY2(!message.contains(secret), qPrintable(message));

    // The keychain holds it.
    Waiter<Expected<std::optional<TvSession>>> loaded;
    SessionVault reader(u"PineDesk-tests"_s, m_key); // a vault of its own reads what was saved
    reader.load(loaded.callback());
    QTRY_VERIFY_WITH_TIMEOUT(loaded.done(), 20000);
    QVERIFY(loaded.value().ok());
    QVERIFY(loaded.value().value().has_value());
    QCOMPARE(loaded.value().value()->sessionId(), secret);

    // Nothing else does: not the database (nor its write-ahead log), not the settings file, not
    // anything in the configuration folders.
    page.findChild<QSpinBox *>(u"maxInFlight"_s)->setValue(3); // the settings file surely exists
    QSettings().sync();
    const QString settingsFile = QSettings().fileName();
    QVERIFY2(QFile::exists(settingsFile), qPrintable(settingsFile));
    QStringList places = {db.path(),
                          db.path() + u"-wal"_s,
                          db.path() + u"-shm"_s,
                          settingsFile,
                          QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                          QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)};
    if (!qEnvironmentVariableIsEmpty("XDG_CONFIG_HOME"))
        places.append(qEnvironmentVariable("XDG_CONFIG_HOME"));
    for (const QString &place : std::as_const(places)) {
        const QStringList hits = filesContaining(place, secret.toUtf8());
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u", "_s)));
    }

    // Forget removes it from the keychain, after asking.
    ScriptedPrompter prompter;
    prompter.confirmations.enqueue(true);
    QTest::mouseClick(page.findChild<QPushButton *>(u"forgetSession"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page.sessionMessage().contains(u"removed"_s), 20000);
    QCOMPARE(prompter.asked.size(), 1);
    loaded.reset();
    reader.load(loaded.callback());
    QTRY_VERIFY_WITH_TIMEOUT(loaded.done(), 20000);
    QVERIFY(loaded.value().ok());
    QVERIFY(!loaded.value().value().has_value());
}

void TestSettingsPage::pasteNeedsTheRealMode()
{
    TestDatabase db;
    AppSettings settings;
    settings.setConnection(AppSettings::Connection::Sandbox);
    SandboxFixture fixture;
    TvConnection tv(fixture.server().baseUrl(), true);
    SettingsPage page({db.database(), db.clock(), u"test"_s, &tv}, settings);
    auto *cookie = page.findChild<QLineEdit *>(u"sessionCookie"_s);
    auto *hint = page.findChild<QLabel *>(u"sessionHint"_s);
    QVERIFY(!cookie->isEnabled());
    QVERIFY(!page.findChild<QPushButton *>(u"saveSession"_s)->isEnabled());
    QVERIFY(!page.findChild<QPushButton *>(u"forgetSession"_s)->isEnabled());
    QVERIFY(hint->text().contains(u"Sandbox mode"_s));
    QVERIFY(page.findChild<QPushButton *>(u"testConnection"_s)->isEnabled());

    // A bad paste in Real mode says what is wrong and keeps nothing.
    page.findChild<QRadioButton *>(u"realMode"_s)->click();
    QVERIFY(cookie->isEnabled());
    QTest::keyClicks(cookie, u"theme=dark"_s);
    QTest::mouseClick(page.findChild<QPushButton *>(u"saveSession"_s), Qt::LeftButton);
    QVERIFY(page.sessionMessage().contains(u"No sessionid found"_s));
}

void TestSettingsPage::testConnectionNamesTheAccount()
{
    TestDatabase db;
    AppSettings settings;
    SandboxFixture fixture;
    QVERIFY(fixture.isListening());

    // Sandbox mode: the sandbox's own session, checked on request.
    {
        TvConnection tv(fixture.server().baseUrl(), true);
        tv.setSession(sandboxSession());
        QTRY_COMPARE_WITH_TIMEOUT(tv.state(), TvConnection::State::Connected, 20000);
        SettingsPage page({db.database(), db.clock(), u"test"_s, &tv}, settings);
        QSignalSpy states(&tv, &TvConnection::stateChanged);
        QTest::mouseClick(page.findChild<QPushButton *>(u"testConnection"_s), Qt::LeftButton);
        QVERIFY(!states.isEmpty()); // a new check started
        QTRY_COMPARE_WITH_TIMEOUT(tv.state(), TvConnection::State::Connected, 20000);
        QVERIFY2(page.connectionMessage().contains(u"Sandbox account sandbox_vendor"_s),
                 qPrintable(page.connectionMessage()));
    }

    // Real mode: the pasted cookie is tried as it is.
    settings.setConnection(AppSettings::Connection::Real);
    TvConnection tv(fixture.server().baseUrl(), false);
    SettingsPage page({db.database(), db.clock(), u"test"_s, &tv}, settings);
    QVERIFY(page.connectionMessage().contains(u"No TradingView session"_s));
    auto *cookie = page.findChild<QLineEdit *>(u"sessionCookie"_s);
    auto *test = page.findChild<QPushButton *>(u"testConnection"_s);
    QTest::keyClicks(cookie, u"sessionid=not-the-right-one"_s);
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tv.state(), TvConnection::State::Expired, 20000);
    QVERIFY(page.connectionMessage().contains(u"expired"_s));
    cookie->clear();
    QTest::keyClicks(cookie, sandboxSession().cookieHeader());
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tv.state(), TvConnection::State::Connected, 20000);
    QVERIFY2(page.connectionMessage().contains(u"Signed in as sandbox_vendor"_s),
             qPrintable(page.connectionMessage()));
}

void TestSettingsPage::pacingIsSavedAsEdited()
{
    TestDatabase db;
    AppSettings settings;
    const AppSettings::Pacing defaults = AppSettings::defaultPacing();
    QCOMPARE(defaults.writesPerSecond, SyncConfig().write.ceiling);
    QCOMPARE(defaults.floorPerSecond, SyncConfig().write.floor);
    QCOMPARE(defaults.minSpacingMs, SyncConfig().write.minSpacingMs);
    QCOMPARE(defaults.maxInFlight, SyncConfig().write.maxInFlight);
    QCOMPARE(settings.pacing(), defaults);
    {
        SettingsPage page({db.database(), db.clock(), u"test"_s}, settings);
        page.show();
        QSignalSpy changed(&page, &SettingsPage::pacingChanged);
        auto *rate = page.findChild<QDoubleSpinBox *>(u"writesPerSecond"_s);
        auto *spacing = page.findChild<QSpinBox *>(u"minSpacingMs"_s);
        auto *inFlight = page.findChild<QSpinBox *>(u"maxInFlight"_s);
        QCOMPARE(rate->value(), defaults.writesPerSecond);
        // Typed, then confirmed with Enter, as a vendor would.
        rate->setFocus();
        rate->selectAll();
        QTest::keyClicks(rate, u"2.5"_s);
        QCOMPARE(changed.count(), 0); // not on every keystroke
        QTest::keyClick(rate, Qt::Key_Enter);
        QCOMPARE(changed.count(), 1);
        spacing->setValue(400);
        inFlight->setValue(2);
        QCOMPARE(changed.count(), 3);
    }
    const AppSettings::Pacing saved{2.5, 400, 2, defaults.floorPerSecond};
    QCOMPARE(AppSettings().pacing(), saved);
    SyncConfig config;
    AppSettings().applyPacing(config);
    QCOMPARE(config.write.ceiling, 2.5);
    QCOMPARE(config.write.floor, defaults.floorPerSecond);
    QCOMPARE(config.write.ratePerSecond, 2.5); // the start never above the ceiling
    QCOMPARE(config.write.minSpacingMs, 400);
    QCOMPARE(config.write.maxInFlight, 2);
    QCOMPARE(config.remove.ratePerSecond, SyncConfig().remove.ratePerSecond);

    // A new page shows what was saved; Restore defaults puts the defaults back.
    SettingsPage page({db.database(), db.clock(), u"test"_s}, settings);
    QCOMPARE(page.findChild<QSpinBox *>(u"minSpacingMs"_s)->value(), 400);
    QSignalSpy changed(&page, &SettingsPage::pacingChanged);
    QTest::mouseClick(page.findChild<QPushButton *>(u"restorePacing"_s), Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(AppSettings().pacing(), defaults);
    QCOMPARE(page.findChild<QSpinBox *>(u"maxInFlight"_s)->value(), defaults.maxInFlight);

    // Values edited by hand in the settings file that make no sense fall back to the defaults.
    QSettings().setValue(u"sync/writesPerSecond"_s, -3);
    QSettings().setValue(u"sync/maxInFlight"_s, u"lots"_s);
    QCOMPARE(AppSettings().pacing(), defaults);
}

void TestSettingsPage::restartSettingsAskForARestart()
{
    TestDatabase db;
    AppSettings settings;
    settings.setConnection(AppSettings::Connection::Sandbox);
    SandboxFixture fixture;
    TvConnection tv(fixture.server().baseUrl(), true);
    ScriptedPrompter prompter;
    SettingsPage page({db.database(), db.clock(), u"test"_s, &tv}, settings);
    QSignalSpy restart(&page, &SettingsPage::restartRequested);
    auto *dbPath = page.findChild<QLineEdit *>(u"databasePath"_s);
    QCOMPARE(dbPath->text(), settings.databasePath(AppSettings::Connection::Sandbox));
    QVERIFY(page.restartMessage().isEmpty());

    page.findChild<QRadioButton *>(u"realMode"_s)->click();
    QCOMPARE(restart.count(), 1);
    QCOMPARE(AppSettings().connection(), AppSettings::Connection::Real);
    QVERIFY(page.restartMessage().contains(u"restart"_s));
    QCOMPARE(dbPath->text(), settings.databasePath(AppSettings::Connection::Real));
    page.findChild<QRadioButton *>(u"sandboxMode"_s)->click(); // back to what is running
    QCOMPARE(AppSettings().connection(), AppSettings::Connection::Sandbox);
    QVERIFY(page.restartMessage().isEmpty());
    QCOMPARE(restart.count(), 1);

    auto *language = page.findChild<QComboBox *>(u"language"_s);
    language->setCurrentIndex(language->findData(u"es"_s));
    QCOMPARE(AppSettings().language(), u"es"_s);
    QCOMPARE(restart.count(), 2);
    QVERIFY(page.restartMessage().contains(u"language"_s));
    language->setCurrentIndex(0);
    QCOMPARE(AppSettings().language(), QString());
    QVERIFY(page.restartMessage().isEmpty());

    // Expiring soon applies at once.
    QSignalSpy expiring(&page, &SettingsPage::expiringDaysChanged);
    page.findChild<QSpinBox *>(u"expiringDays"_s)->setValue(14);
    QCOMPARE(AppSettings().expiringWithinDays(), 14);
    QCOMPARE(expiring.count(), 1);
    QCOMPARE(expiring.first().first().toInt(), 14);

    // The database file, through the file dialog.
    const QString newDb = db.dir() + u"/elsewhere.sqlite"_s;
    prompter.files.enqueue(newDb);
    page.findChild<QAction *>(u"newDatabase"_s)->trigger();
    QCOMPARE(AppSettings().databasePath(AppSettings::Connection::Sandbox), newDb);
    QCOMPARE(dbPath->text(), newDb);
    QCOMPARE(restart.count(), 3);
    QVERIFY(page.restartMessage().contains(u"database"_s));
    page.findChild<QAction *>(u"openDatabase"_s)->trigger(); // cancelled: nothing changes
    QCOMPARE(AppSettings().databasePath(AppSettings::Connection::Sandbox), newDb);
    page.findChild<QAction *>(u"defaultDatabase"_s)->trigger();
    QVERIFY(page.restartMessage().isEmpty());

    // The backup folder, through the folder dialog; no restart needed.
    prompter.files.enqueue(db.dir());
    QTest::mouseClick(page.findChild<QPushButton *>(u"changeBackupFolder"_s), Qt::LeftButton);
    QCOMPARE(AppSettings().backupFolder(), db.dir());
    QCOMPARE(page.findChild<QLineEdit *>(u"backupFolder"_s)->text(), db.dir());
    QCOMPARE(restart.count(), 3);
}

void TestSettingsPage::statusBarShowsTheConnection()
{
    SandboxFixture fixture;
    ConnectionStatus status;
    QVERIFY(status.connectionText().isEmpty());

    TvConnection sandbox(fixture.server().baseUrl(), true);
    status.attachConnection(&sandbox);
    QCOMPARE(status.connectionText(), u"No TradingView session"_s);
    sandbox.setSession(sandboxSession());
    QTRY_COMPARE_WITH_TIMEOUT(status.connectionText(), u"Sandbox account sandbox_vendor"_s, 20000);

    TvConnection real(fixture.server().baseUrl(), false);
    status.attachConnection(&real);
    real.setSession(sandboxSession());
    QTRY_COMPARE_WITH_TIMEOUT(status.connectionText(), u"Signed in as sandbox_vendor"_s, 20000);
    real.markExpired(); // what the sync engine reports
    QCOMPARE(status.connectionText(), u"Session expired"_s);
    real.setSession(TvSession(u"stale"_s, QString()));
    QTRY_COMPARE_WITH_TIMEOUT(real.state(), TvConnection::State::Expired, 20000);
    QCOMPARE(status.connectionText(), u"Session expired"_s);
    real.clearSession();
    QCOMPARE(status.connectionText(), u"No TradingView session"_s);
    sandbox.clearSession(); // the detached connection no longer speaks here
    QCOMPARE(status.connectionText(), u"No TradingView session"_s);

    TvConnection nowhere(QUrl(u"http://127.0.0.1:1/"_s), false);
    status.attachConnection(&nowhere);
    nowhere.setSession(sandboxSession());
    QTRY_COMPARE_WITH_TIMEOUT(nowhere.state(), TvConnection::State::Offline, 20000);
    QCOMPARE(status.connectionText(), u"TradingView offline"_s);
    const auto *label = status.findChild<QLabel *>(u"tvConnection"_s);
    QVERIFY(label->toolTip().contains(u"unreachable"_s)); // the reason, one hover away
}

void TestSettingsPage::statusBarShowsBatchProgress()
{
    SyncHarness h;
    ConnectionStatus status;
    status.attach(&h.engine(), true);
    QCOMPARE(status.badgeText(), u"SANDBOX"_s);
    QVERIFY(status.progressText().isEmpty());

    // The texts, from the engine's reports.
    BatchProgress first;
    first.batchId = 1;
    first.done = 118;
    first.failed = 2;
    first.remaining = 6380;
    first.opsPerSecond = 4.0;
    Q_EMIT h.engine().batchProgress(first);
    QCOMPARE(status.progressText(), u"Applying 120 of 6500 · 4.0/s"_s);
    BatchProgress second;
    second.batchId = 2;
    second.remaining = 10;
    Q_EMIT h.engine().batchProgress(second); // two batches at once: one figure
    QCOMPARE(status.progressText(), u"Applying 120 of 6510"_s);
    first.done = 6498;
    first.remaining = 0;
    Q_EMIT h.engine().batchProgress(first); // the first is finished
    QCOMPARE(status.progressText(), u"Applying 0 of 10 · 4.0/s"_s);
    Q_EMIT h.engine().queueDepthChanged(0); // nothing waits any more
    QVERIFY(status.progressText().isEmpty());

    // And from a real run: progress shows while it works and goes when it is done.
    QStringList seen;
    QObject::connect(&h.engine(), &SyncEngine::batchProgress, &status,
                     [&] { seen.append(status.progressText()); });
    AccessChanges::Request r;
    r.usernames = traders(1, 30);
    r.pineIds = {h.sandbox().pine()};
    r.duration = Duration::days(30);
    QVERIFY(AccessChanges(h.context()).apply(r).ok());
    QVERIFY(h.runUntilIdle());
    QVERIFY(!seen.isEmpty());
    QVERIFY2(seen.first().startsWith(u"Applying "_s) && seen.first().contains(u" of 30"_s),
             qPrintable(seen.join(u" | "_s)));
    QVERIFY(status.progressText().isEmpty());
}

// The backups list shows what each backup holds; "Back up now" adds one; a damaged file is
// shown as such and never offered for a restore; a restore asks, then asks for a restart.
void TestSettingsPage::backupsAreListedTakenAndRestoredFromSettings()
{
    TestDatabase db;
    QVERIFY(db.isOpen());
    ClientStore clients(db.context());
    for (const QString &name : {u"ana_trades"_s, u"bob_fx"_s, u"carla_pine"_s})
        QVERIFY(clients.create({0, name}));
    AppSettings settings;
    const QString folder = db.dir() + u"/backups"_s;
    settings.setBackupFolder(folder);
    ScriptedPrompter prompter;
    SettingsPage page({db.database(), db.clock(), u"test"_s}, settings);
    BackupScheduler scheduler(db.database(), db.clock(), [folder] { return folder; });
    page.setBackupScheduler(&scheduler);
    page.resize(900, 1200);
    page.show();
    BackupsPanel *panel = page.backupsPanel();
    QVERIFY(QTest::qWaitFor([panel] { return !panel->isLoading(); }, 10000));
    QVERIFY2(panel->message().contains(u"No backups yet"_s), qPrintable(panel->message()));

    QSignalSpy loaded(panel, &BackupsPanel::loaded);
    page.findChild<QPushButton *>(u"backUpNow"_s)->click();
    QVERIFY(QTest::qWaitFor([&] { return panel->backups().size() == 1; }, 10000));
    QVERIFY2(panel->message().contains(u"written and checked"_s), qPrintable(panel->message()));
    QCOMPARE(panel->backups().first().clients, 3);
    auto *table = page.findChild<QTableWidget *>(u"backupList"_s);
    QCOMPARE(table->item(0, 1)->text(), u"By hand"_s);
    QCOMPARE(table->item(0, 3)->text(), u"3"_s);

    // A file that only looks like a backup.
    QFile fake(folder + u"/pinedesk-20260101-000000-daily.sqlite"_s);
    QVERIFY(fake.open(QIODevice::WriteOnly));
    fake.write("not a database");
    fake.close();
    panel->reload();
    QVERIFY(QTest::qWaitFor([&] { return panel->backups().size() == 2; }, 10000));
    QCOMPARE(table->item(1, 1)->text(), u"Damaged"_s);
    // docs/screenshots/settings-backups.png comes from here (PINEDESK_SCREENSHOTS=folder).
    if (const QString shots = qEnvironmentVariable("PINEDESK_SCREENSHOTS"); !shots.isEmpty())
        QVERIFY(panel->grab().save(shots + u"/settings-backups.png"_s));
    QSignalSpy restore(&page, &SettingsPage::restoreRequested);
    table->selectRow(1);
    page.findChild<QPushButton *>(u"restoreBackup"_s)->click();
    QVERIFY(panel->message().contains(u"damaged"_s));
    QCOMPARE(restore.count(), 0);

    table->selectRow(0);
    page.findChild<QPushButton *>(u"restoreBackup"_s)->click(); // the prompter answers no
    QCOMPARE(restore.count(), 0);
    QVERIFY2(prompter.asked.last().contains(u"3 client"_s), qPrintable(prompter.asked.last()));
    prompter.confirmations.enqueue(true);
    page.findChild<QPushButton *>(u"restoreBackup"_s)->click();
    QCOMPARE(restore.count(), 1);
    QCOMPARE(restore.first().first().toString(), panel->backups().first().path);
}

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
