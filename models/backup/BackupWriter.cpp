#include "BackupWriter.h"

#include "BackupCatalog.h"
#include "BackupVerifier.h"
#include "DurableFile.h"
#include "store/Database.h"
#include "store/Migrator.h"
#include "store/Schema.h"
#include "store/Statement.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

Expected<BackupFile> BackupWriter::write(Database &database, const QString &folder,
                                         const QString &reason, const QDateTime &nowUtc)
{
    if (database.isPostgresql())
        return Expected<BackupFile>::failure(
            tr("A team database is backed up by its PostgreSQL server (for example with "
               "pg_dump), not from a desktop."));
    return writeFrom(database.connection(), folder, reason, nowUtc);
}

Expected<std::optional<BackupFile>> BackupWriter::beforeMigration(const QString &databasePath,
                                                                  const QString &folder,
                                                                  const QDateTime &nowUtc)
{
    using R = Expected<std::optional<BackupFile>>;
    if (!QFileInfo::exists(databasePath))
        return std::optional<BackupFile>();
    static QAtomicInteger<quint64> counter;
    const QString name = u"pinedesk-premigration-%1"_s.arg(++counter);
    R result = std::optional<BackupFile>();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            const auto version = Migrator::versionOf(db);
            // Not a database, or a newer one: Database::open says so, untouched.
            if (version && *version > 0 && *version < Schema::latestVersion()) {
                auto written = writeFrom(db, folder, u"pre-migration"_s, nowUtc);
                if (written)
                    result = std::optional<BackupFile>(*written);
                else
                    result = R::failure(written.error());
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Expected<BackupFile> BackupWriter::writeFrom(const QSqlDatabase &connection, const QString &folder,
                                             const QString &reason, const QDateTime &nowUtc)
{
    using R = Expected<BackupFile>;
    if (!QDir().mkpath(folder)) {
        return R::failure(Error(Error::Kind::Permission,
                                tr("The backup folder %1 cannot be created.").arg(folder)));
    }
    BackupCatalog::removeUnfinished(folder);
    // One backup a second at most per reason: a name that is taken moves to the next second.
    QDateTime takenAt = nowUtc.toUTC();
    takenAt.setTime(QTime(takenAt.time().hour(), takenAt.time().minute(), takenAt.time().second()));
    QString target = QDir(folder).filePath(BackupCatalog::fileNameFor(takenAt, reason));
    while (QFile::exists(target) || QFile::exists(target + u".part"_s)) {
        takenAt = takenAt.addSecs(1);
        target = QDir(folder).filePath(BackupCatalog::fileNameFor(takenAt, reason));
    }
    const QString part = target + u".part"_s;

    Statement vacuum(connection, u"VACUUM INTO :path"_s);
    vacuum.bind(u":path"_s, part);
    if (const Status s = vacuum.exec(); !s) {
        QFile::remove(part);
        return R::failure(Error(s.error().kind(),
                                tr("The backup could not be written: %1").arg(s.error().message()),
                                s.error().detail()));
    }
    if (const Status s = DurableFile::flush(part); !s) {
        QFile::remove(part);
        return R::failure(s.error());
    }
    auto verified = BackupVerifier::verify(part);
    if (!verified) {
        QFile::remove(part);
        return verified;
    }
    if (const Status s = DurableFile::renameOver(part, target); !s) {
        QFile::remove(part);
        return R::failure(s.error());
    }
    BackupFile file = *verified;
    file.path = QFileInfo(target).absoluteFilePath();
    file.takenAt = takenAt;
    file.reason = reason;
    return file;
}

} // namespace pinedesk
