#include "BackupVerifier.h"

#include "BackupCatalog.h"
#include "logging/LogCategories.h"
#include "store/Migrator.h"
#include "store/Schema.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"pinedesk-verify-%1"_s.arg(++counter);
}

// The first column of each row of a fixed statement (no user input), or the driver's error.
Expected<QStringList> column(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return Expected<QStringList>::failure(Error(query.lastError().text()));
    QStringList values;
    while (query.next())
        values.append(query.value(0).toString());
    return values;
}

} // namespace

Expected<BackupFile> BackupVerifier::verify(const QString &path)
{
    using R = Expected<BackupFile>;
    const QFileInfo info(path);
    if (!info.isFile())
        return R::failure(Error(Error::Kind::NotFound, tr("There is no file %1.").arg(path)));
    BackupFile file = BackupCatalog::describe(info);
    const QString name = nextConnectionName();
    std::optional<Error> problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        const auto damaged = [&](const QString &detail) {
            return Error(Error::Kind::Corrupt,
                         tr("%1 is not a sound PineDesk database; it cannot be used as a backup.")
                             .arg(info.fileName()),
                         detail);
        };
        if (!db.open()) {
            problem = damaged(db.lastError().text());
        } else if (const auto integrity = column(db, u"PRAGMA integrity_check"_s);
                   !integrity || integrity->value(0) != u"ok"_s) {
            problem = damaged(integrity ? integrity->join(u"; "_s) : integrity.error().message());
        } else if (const auto foreignKeys = column(db, u"PRAGMA foreign_key_check"_s);
                   !foreignKeys || !foreignKeys->isEmpty()) {
            problem =
                damaged(foreignKeys ? u"foreign key violations in "_s + foreignKeys->join(u", "_s)
                                    : foreignKeys.error().message());
        } else if (const auto version = Migrator::versionOf(db); !version || *version <= 0) {
            problem = damaged(version ? u"no schema version"_s : version.error().message());
        } else if (*version > Schema::latestVersion()) {
            problem = Error(Error::Kind::InvalidInput,
                            tr("%1 was written by a newer version of PineDesk (schema %2; this "
                               "version knows up to %3). Update PineDesk to use it.")
                                .arg(info.fileName())
                                .arg(*version)
                                .arg(Schema::latestVersion()));
        } else {
            file.schemaVersion = *version;
            const auto clients = column(db, u"SELECT COUNT(*) FROM clients"_s);
            const auto accesses = column(db, u"SELECT COUNT(*) FROM accesses"_s);
            if (!clients || !accesses)
                problem =
                    damaged(!clients ? clients.error().message() : accesses.error().message());
            else {
                file.clients = clients->value(0).toLongLong();
                file.accesses = accesses->value(0).toLongLong();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (problem) {
        qCWarning(lcStore) << "backup check failed:" << path << problem->detail();
        return R::failure(*problem);
    }
    return file;
}

} // namespace pinedesk
