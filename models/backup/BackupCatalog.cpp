#include "BackupCatalog.h"

#include "logging/LogCategories.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

const QRegularExpression backupName(u"^pinedesk-(\\d{8}-\\d{6})-([a-z-]+)\\.sqlite$"_s);

// Keeps the newest backup of each of the last `periods` distinct periods (days, weeks, months).
template<typename PeriodOf>
void keepNewestPerPeriod(const QList<BackupFile> &newestFirst, int periods, PeriodOf periodOf,
                         QSet<QString> &kept)
{
    QSet<qint64> seen;
    for (const BackupFile &b : newestFirst) {
        if (seen.size() >= periods)
            return;
        const qint64 period = periodOf(b.takenAt.date());
        if (seen.contains(period))
            continue;
        seen.insert(period);
        kept.insert(b.path);
    }
}

} // namespace

QString BackupCatalog::fileNameFor(const QDateTime &takenAtUtc, const QString &reason)
{
    return u"pinedesk-%1-%2.sqlite"_s.arg(takenAtUtc.toUTC().toString(u"yyyyMMdd-HHmmss"_s),
                                          reason);
}

BackupFile BackupCatalog::describe(const QFileInfo &file)
{
    BackupFile b;
    b.path = file.absoluteFilePath();
    b.size = file.size();
    const auto match = backupName.match(file.fileName());
    if (match.hasMatch()) {
        b.takenAt = QDateTime::fromString(match.captured(1), u"yyyyMMdd-HHmmss"_s);
        b.takenAt.setTimeZone(QTimeZone::utc());
        b.reason = match.captured(2);
    } else {
        b.takenAt = file.lastModified().toUTC(); // a file the vendor brought: its time
    }
    return b;
}

Expected<QList<BackupFile>> BackupCatalog::list(const QString &folder)
{
    const QDir dir(folder);
    if (!dir.exists())
        return QList<BackupFile>(); // no backup taken yet
    if (!QFileInfo(folder).isReadable()) {
        return Expected<QList<BackupFile>>::failure(
            Error(Error::Kind::Permission, tr("The backup folder %1 cannot be read.").arg(folder)));
    }
    QList<BackupFile> backups;
    for (const QFileInfo &file : dir.entryInfoList({u"pinedesk-*.sqlite"_s}, QDir::Files)) {
        if (backupName.match(file.fileName()).hasMatch())
            backups.append(describe(file));
    }
    std::sort(backups.begin(), backups.end(), [](const BackupFile &a, const BackupFile &b) {
        return a.takenAt != b.takenAt ? a.takenAt > b.takenAt : a.path > b.path;
    });
    return backups;
}

QList<BackupFile> BackupCatalog::expired(const QList<BackupFile> &backups,
                                         const Retention &retention)
{
    QList<BackupFile> newestFirst = backups;
    std::sort(newestFirst.begin(), newestFirst.end(),
              [](const BackupFile &a, const BackupFile &b) { return a.takenAt > b.takenAt; });
    QSet<QString> kept;
    keepNewestPerPeriod(
        newestFirst, retention.daily, [](QDate d) { return d.toJulianDay(); }, kept);
    keepNewestPerPeriod(
        newestFirst, retention.weekly,
        [](QDate d) {
            int year = 0;
            const int week = d.weekNumber(&year);
            return qint64(year) * 100 + week;
        },
        kept);
    keepNewestPerPeriod(
        newestFirst, retention.monthly, [](QDate d) { return qint64(d.year()) * 100 + d.month(); },
        kept);
    QList<BackupFile> gone;
    for (const BackupFile &b : newestFirst) {
        if (!kept.contains(b.path))
            gone.append(b);
    }
    return gone;
}

Expected<int> BackupCatalog::prune(const QString &folder, const Retention &retention)
{
    const auto backups = list(folder);
    if (!backups)
        return Expected<int>::failure(backups.error());
    int removed = 0;
    for (const BackupFile &b : expired(*backups, retention)) {
        if (QFile::remove(b.path))
            ++removed;
        else
            qCWarning(lcStore) << "an expired backup could not be removed:" << b.path;
    }
    return removed;
}

void BackupCatalog::removeUnfinished(const QString &folder)
{
    // A backup being written now (another PineDesk) keeps touching its file: leave recent ones.
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-600);
    const QDir dir(folder);
    for (const QFileInfo &file : dir.entryInfoList({u"pinedesk-*.part"_s}, QDir::Files)) {
        if (file.lastModified().toUTC() < before)
            QFile::remove(file.absoluteFilePath());
    }
}

} // namespace pinedesk
