#pragma once

#include "sync/SyncConfig.h"

#include <QString>
#include <QTime>

namespace pinedesk {

// The machine's PineDesk preferences, typed, over QSettings. No secret is ever stored here: the
// TradingView session lives in the keychain.
class AppSettings
{
public:
    enum class Connection { Sandbox, Real };

    // A first-time user starts in Sandbox mode, on demo data, without a TradingView account.
    Connection connection() const;
    void setConnection(Connection connection);

    // Each mode has its own database, so trying things in the sandbox never touches real data.
    QString databasePath(Connection connection) const;
    void setDatabasePath(Connection connection, const QString &path);

    QString language() const; // "en", "es", or empty for the system language
    void setLanguage(const QString &language);

    int expiringWithinDays() const;
    void setExpiringWithinDays(int days);

    QString backupFolder() const;
    // Where the backups of this database go: the backup folder, or its "sandbox" subfolder for
    // Sandbox mode's database, so a sandbox backup is never restored over real data.
    QString backupFolderFor(const QString &database) const;
    void setBackupFolder(const QString &folder);
    // A backup the vendor chose to restore: done at the next start, before the database opens.
    QString pendingRestore() const;
    // Receive payment webhooks while the window is open, on this address.
    bool receiveWebhooks() const;
    void setReceiveWebhooks(bool on);
    QString webhookListen() const; // "127.0.0.1:8787" unless changed
    void setWebhookListen(const QString &listen);
    void setPendingRestore(const QString &backupPath); // empty: none

    // Desktop notifications: closing the window keeps PineDesk in the tray (the engine goes
    // on); no pop-ups during the quiet hours (from > to spans midnight). The notification
    // centre lists everything either way.
    bool minimizeToTray() const;
    void setMinimizeToTray(bool on);
    bool desktopNotifications() const;
    void setDesktopNotifications(bool on);
    bool quietHours() const;
    void setQuietHours(bool on);
    QTime quietFrom() const; // 22:00 unless changed
    QTime quietTo() const;   // 08:00 unless changed
    void setQuietRange(const QTime &from, const QTime &to);
    // Whether `local` falls in the quiet hours (when they are on).
    bool isQuietAt(const QTime &local) const;

    // How hard the sync engine may push TradingView with writes (grants and changes of
    // expiration): the adaptive pace stays between the floor and writesPerSecond (the ceiling).
    // Stored values outside the limits below fall back to the defaults.
    struct Pacing
    {
        double writesPerSecond = 0;
        int minSpacingMs = 0;
        int maxInFlight = 0;
        double floorPerSecond = 0;
        friend bool operator==(const Pacing &, const Pacing &) = default;
    };
    static constexpr double minWritesPerSecond = 0.1;
    static constexpr double maxWritesPerSecond = 200;
    static constexpr int maxSpacingMs = 10000;
    static constexpr int maxInFlightLimit = 32;
    // SyncConfig's write pace: what the protocol page recommends for the real server.
    static Pacing defaultPacing();
    Pacing pacing() const;
    void setPacing(const Pacing &pacing);
    void resetPacing();
    // Puts the stored pacing into a sync configuration (the write class).
    void applyPacing(SyncConfig &config) const;
};

} // namespace pinedesk
