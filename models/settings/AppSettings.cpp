#include "AppSettings.h"

#include "domain/AccessStatus.h"
#include "store/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

QString key(AppSettings::Connection c)
{
    return c == AppSettings::Connection::Sandbox ? u"sandbox"_s : u"real"_s;
}

} // namespace

AppSettings::Connection AppSettings::connection() const
{
    return QSettings().value(u"connection/mode"_s, u"sandbox"_s).toString() == u"real"_s
               ? Connection::Real
               : Connection::Sandbox;
}

void AppSettings::setConnection(Connection connection)
{
    QSettings().setValue(u"connection/mode"_s, key(connection));
}

QString AppSettings::databasePath(Connection connection) const
{
    const QString stored = QSettings().value(u"database/"_s + key(connection)).toString();
    if (!stored.isEmpty())
        return stored;
    if (connection == Connection::Real)
        return Database::defaultPath();
    return QDir(QFileInfo(Database::defaultPath()).absolutePath())
        .filePath(u"pinedesk-sandbox.sqlite"_s);
}

void AppSettings::setDatabasePath(Connection connection, const QString &path)
{
    QSettings().setValue(u"database/"_s + key(connection), path);
}

QString AppSettings::language() const
{
    return QSettings().value(u"ui/language"_s).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    QSettings().setValue(u"ui/language"_s, language);
}

int AppSettings::expiringWithinDays() const
{
    const int days =
        QSettings()
            .value(u"subscriptions/expiringDays"_s, AccessStatusRule::defaultExpiringDays)
            .toInt();
    return days > 0 && days <= 365 ? days : AccessStatusRule::defaultExpiringDays;
}

void AppSettings::setExpiringWithinDays(int days)
{
    QSettings().setValue(u"subscriptions/expiringDays"_s, days);
}

QString AppSettings::backupFolder() const
{
    const QString stored = QSettings().value(u"database/backupFolder"_s).toString();
    return stored.isEmpty()
               ? QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                     .filePath(u"backups"_s)
               : stored;
}

void AppSettings::setBackupFolder(const QString &folder)
{
    QSettings().setValue(u"database/backupFolder"_s, folder);
}

} // namespace pinedesk
