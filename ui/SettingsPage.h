#pragma once

#include "ConsoleContext.h"
#include "settings/AppSettings.h"
#include "tradingview/TvSession.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace pinedesk {

class BackupScheduler;
class BackupsPanel;
class ProductsPanel;
class ChannelsPanel;
class RemindersPanel;
class TeamPanel;
class ConnectionSettings;
class SessionVault;

// The console's preferences: which TradingView (the sandbox or the real one) and its session
// cookie (kept only in the system keychain), how fast to sync, what "expiring soon" means, the
// language, and where the database and backups live. Every change is saved as it is made; the
// ones that need a restart say so and emit restartRequested().
class SettingsPage final : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(ConsoleContext context, AppSettings &settings, QWidget *parent = nullptr);

    // Tests keep their session under a private keychain key; by default the page uses the
    // application's own entry (the one `pinedesk session` and the start-up read).
    void setSessionVault(SessionVault *vault);

    // What the last keychain action said ("Saved in the system keychain.", or why not).
    QString sessionMessage() const;
    // The connection in use, as TradingView answered the last check (e.g. the account name).
    QString connectionMessage() const;
    // Which changes wait for a restart; empty when none.
    QString restartMessage() const;
    // The scheduler behind "Back up now" (the application's; tests give their own).
    void setBackupScheduler(BackupScheduler *scheduler);
    BackupsPanel *backupsPanel() const { return m_backups; }
    ProductsPanel *productsPanel() const { return m_products; }
    RemindersPanel *remindersPanel() const { return m_reminders; }
    ChannelsPanel *channelsPanel() const { return m_channels; }

Q_SIGNALS:
    // A change that only applies after a restart (mode, language, database file) was saved.
    void restartRequested();
    void pacingChanged();
    void expiringDaysChanged(int days);
    // A new session is in the keychain. Supply it to the sync engine when the running mode is
    // the real TradingView (the page already gave it to the console's own connection).
    void sessionSaved(const pinedesk::TvSession &session);
    // The vendor confirmed restoring this backup: PineDesk restarts and restores it first.
    void restoreRequested(const QString &backupPath);

private:
    QGroupBox *buildPacingGroup();
    QGroupBox *buildGeneralGroup();
    QGroupBox *buildStorageGroup();

    void pacingEdited();
    void restorePacing();
    void showPacing(const AppSettings::Pacing &pacing);
    void languageChosen();
    void chooseDatabase(bool existing);
    void useDefaultDatabase();
    void connectTeamDatabase();
    void setDatabase(const QString &path);
    void chooseBackupFolder();
    void showPaths();
    // Updates the note of what waits for a restart, and asks for one when something does.
    void noteRestart();

    ConsoleContext m_ctx;
    ProductsPanel *m_products = nullptr;
    RemindersPanel *m_reminders = nullptr;
    ChannelsPanel *m_channels = nullptr;
    TeamPanel *m_team = nullptr;
    AppSettings &m_settings;
    // What this run of PineDesk uses: changes to them apply after a restart.
    AppSettings::Connection m_runningConnection;
    QString m_runningLanguage;
    AppSettings::Pacing m_runningPacing;
    QString m_runningDatabase;

    ConnectionSettings *m_connection = nullptr;
    QDoubleSpinBox *m_writesPerSecond = nullptr;
    QSpinBox *m_spacing = nullptr;
    QDoubleSpinBox *m_floor = nullptr;
    QSpinBox *m_inFlight = nullptr;
    QSpinBox *m_expiringDays = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_databasePath = nullptr;
    QLineEdit *m_backupFolder = nullptr;
    BackupsPanel *m_backups = nullptr;
    BackupScheduler *m_backupScheduler = nullptr;
    QLabel *m_restartNote = nullptr;
};

} // namespace pinedesk
