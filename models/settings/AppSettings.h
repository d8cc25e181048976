#pragma once

#include <QString>

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
    void setBackupFolder(const QString &folder);
};

} // namespace pinedesk
