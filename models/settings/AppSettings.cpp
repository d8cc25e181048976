#include "AppSettings.h"

#include "domain/AccessStatus.h"
#include "store/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

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

bool AppSettings::receiveWebhooks() const
{
    return QSettings().value(u"automation/receiveWebhooks"_s, false).toBool();
}

void AppSettings::setReceiveWebhooks(bool on)
{
    QSettings().setValue(u"automation/receiveWebhooks"_s, on);
}

bool AppSettings::minimizeToTray() const
{
    return QSettings().value(u"notifications/minimizeToTray"_s, false).toBool();
}

void AppSettings::setMinimizeToTray(bool on)
{
    QSettings().setValue(u"notifications/minimizeToTray"_s, on);
}

bool AppSettings::desktopNotifications() const
{
    return QSettings().value(u"notifications/desktop"_s, true).toBool();
}

void AppSettings::setDesktopNotifications(bool on)
{
    QSettings().setValue(u"notifications/desktop"_s, on);
}

bool AppSettings::quietHours() const
{
    return QSettings().value(u"notifications/quiet"_s, false).toBool();
}

void AppSettings::setQuietHours(bool on)
{
    QSettings().setValue(u"notifications/quiet"_s, on);
}

QTime AppSettings::quietFrom() const
{
    const QTime t =
        QTime::fromString(QSettings().value(u"notifications/quietFrom"_s).toString(), u"HH:mm"_s);
    return t.isValid() ? t : QTime(22, 0);
}

QTime AppSettings::quietTo() const
{
    const QTime t =
        QTime::fromString(QSettings().value(u"notifications/quietTo"_s).toString(), u"HH:mm"_s);
    return t.isValid() ? t : QTime(8, 0);
}

void AppSettings::setQuietRange(const QTime &from, const QTime &to)
{
    QSettings settings;
    settings.setValue(u"notifications/quietFrom"_s, from.toString(u"HH:mm"_s));
    settings.setValue(u"notifications/quietTo"_s, to.toString(u"HH:mm"_s));
}

bool AppSettings::isQuietAt(const QTime &local) const
{
    if (!quietHours())
        return false;
    const QTime from = quietFrom();
    const QTime to = quietTo();
    if (from == to)
        return false;
    return from < to ? (local >= from && local < to) : (local >= from || local < to);
}

QString AppSettings::webhookListen() const
{
    return QSettings().value(u"automation/listen"_s, u"127.0.0.1:8787"_s).toString();
}

void AppSettings::setWebhookListen(const QString &listen)
{
    QSettings().setValue(u"automation/listen"_s, listen.trimmed());
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

QString AppSettings::backupFolderFor(const QString &database) const
{
    const bool sandbox = QFileInfo(database).absoluteFilePath() ==
                         QFileInfo(databasePath(Connection::Sandbox)).absoluteFilePath();
    return sandbox ? backupFolder() + u"/sandbox"_s : backupFolder();
}

QString AppSettings::pendingRestore() const
{
    return QSettings().value(u"database/pendingRestore"_s).toString();
}

void AppSettings::setPendingRestore(const QString &backupPath)
{
    QSettings settings;
    if (backupPath.isEmpty())
        settings.remove(u"database/pendingRestore"_s);
    else
        settings.setValue(u"database/pendingRestore"_s, backupPath);
    settings.sync(); // a restart follows at once
}

AppSettings::Pacing AppSettings::defaultPacing()
{
    const SyncConfig::Pace write = SyncConfig().write;
    return {write.ceiling, write.minSpacingMs, write.maxInFlight, write.floor};
}

AppSettings::Pacing AppSettings::pacing() const
{
    const Pacing defaults = defaultPacing();
    const QSettings s;
    bool ok = false;
    Pacing p;
    p.writesPerSecond = s.value(u"sync/writesPerSecond"_s).toDouble(&ok);
    if (!ok || p.writesPerSecond < minWritesPerSecond || p.writesPerSecond > maxWritesPerSecond)
        p.writesPerSecond = defaults.writesPerSecond;
    p.minSpacingMs = s.value(u"sync/minSpacingMs"_s).toInt(&ok);
    if (!ok || p.minSpacingMs < 0 || p.minSpacingMs > maxSpacingMs)
        p.minSpacingMs = defaults.minSpacingMs;
    p.maxInFlight = s.value(u"sync/maxInFlight"_s).toInt(&ok);
    if (!ok || p.maxInFlight < 1 || p.maxInFlight > maxInFlightLimit)
        p.maxInFlight = defaults.maxInFlight;
    p.floorPerSecond = s.value(u"sync/floorPerSecond"_s).toDouble(&ok);
    if (!ok || p.floorPerSecond < minWritesPerSecond || p.floorPerSecond > p.writesPerSecond)
        p.floorPerSecond = std::min(defaults.floorPerSecond, p.writesPerSecond);
    return p;
}

void AppSettings::setPacing(const Pacing &pacing)
{
    QSettings s;
    s.setValue(u"sync/writesPerSecond"_s, pacing.writesPerSecond);
    s.setValue(u"sync/minSpacingMs"_s, pacing.minSpacingMs);
    s.setValue(u"sync/maxInFlight"_s, pacing.maxInFlight);
    s.setValue(u"sync/floorPerSecond"_s, pacing.floorPerSecond);
}

void AppSettings::resetPacing()
{
    QSettings s;
    s.remove(u"sync/writesPerSecond"_s);
    s.remove(u"sync/minSpacingMs"_s);
    s.remove(u"sync/maxInFlight"_s);
    s.remove(u"sync/floorPerSecond"_s);
}

void AppSettings::applyPacing(SyncConfig &config) const
{
    const Pacing p = pacing();
    config.write.ceiling = p.writesPerSecond;
    config.write.floor = p.floorPerSecond;
    config.write.ratePerSecond =
        std::clamp(config.write.ratePerSecond, p.floorPerSecond, p.writesPerSecond);
    config.write.minSpacingMs = p.minSpacingMs;
    config.write.maxInFlight = p.maxInFlight;
}

} // namespace pinedesk
