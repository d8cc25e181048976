#include "TeamDatabaseProbe.h"

#include "Migrator.h"
#include "Statement.h"

#include <QAtomicInteger>
#include <QSqlError>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

QAtomicInteger<quint64> nextProbe{1};

Expected<TeamDatabaseProbe::Found> readWhatIsThere(const QSqlDatabase &db)
{
    using R = Expected<TeamDatabaseProbe::Found>;
    TeamDatabaseProbe::Found found;
    Statement version(db, u"SELECT current_setting('server_version')"_s);
    if (const auto first = version.execAndFirst(); first && *first)
        found.serverVersion = version.value(0).toString();
    const auto schema = Migrator::versionOf(db);
    if (schema) {
        found.schemaVersion = *schema;
        return found;
    }
    Statement tables(db, u"SELECT COUNT(*) FROM pg_tables WHERE schemaname = current_schema()"_s);
    const auto first = tables.execAndFirst();
    if (!first || !*first)
        return R::failure(schema.error());
    found.otherTables = tables.value(0).toLongLong();
    return found;
}

} // namespace

Expected<TeamDatabaseProbe::Found> TeamDatabaseProbe::probe(const DatabaseTarget &target,
                                                            const QString &password)
{
    using R = Expected<Found>;
    if (!target.isPostgresql())
        return R::failure(tr("Only a team database can be tested here."));
    const QString name = u"pinedesk-probe-%1"_s.arg(nextProbe.fetchAndAddRelaxed(1));
    R result = R::failure(QString());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(target.host);
        db.setPort(target.port);
        db.setDatabaseName(target.database);
        db.setUserName(target.user);
        if (!password.isEmpty())
            db.setPassword(password);
        db.setConnectOptions(target.connectOptions());
        if (!db.open()) {
            result = R::failure(
                tr("PineDesk could not connect: %1").arg(db.lastError().databaseText().trimmed()));
        } else {
            result = readWhatIsThere(db);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QString TeamDatabaseProbe::describe(const Found &found, int latestSchema)
{
    if (found.otherTables > 0)
        return tr("Connected to PostgreSQL %1, but this database holds %n table(s) that are not "
                  "PineDesk's. Ask for an empty database.",
                  nullptr, int(found.otherTables))
            .arg(found.serverVersion);
    if (found.schemaVersion == 0)
        return tr("Connected to PostgreSQL %1. The database is empty: PineDesk will create its "
                  "tables when it opens it.")
            .arg(found.serverVersion);
    if (found.schemaVersion > latestSchema)
        return tr("Connected to PostgreSQL %1, but the team's database was written by a newer "
                  "PineDesk (schema %2). Update PineDesk first.")
            .arg(found.serverVersion)
            .arg(found.schemaVersion);
    return tr("Connected to PostgreSQL %1: the team's PineDesk database (schema %2).")
        .arg(found.serverVersion)
        .arg(found.schemaVersion);
}

} // namespace pinedesk
