#include "Migrator.h"

#include "SqlDialect.h"
#include "Statement.h"
#include "Transaction.h"

#include <QSqlError>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

Migrator::Migrator(QList<MigrationStep> steps)
    : m_steps(std::move(steps))
{
    std::sort(m_steps.begin(), m_steps.end(),
              [](const MigrationStep &a, const MigrationStep &b) { return a.version < b.version; });
}

int Migrator::latestVersion() const
{
    return m_steps.isEmpty() ? 0 : m_steps.last().version;
}

Expected<int> Migrator::versionOf(const QSqlDatabase &db)
{
    if (!SqlDialect::of(db).isPostgresql()) {
        Statement st(db, u"PRAGMA user_version"_s);
        const auto first = st.execAndFirst();
        if (!first)
            return Expected<int>::failure(first.error());
        return *first ? st.value(0).toInt() : 0;
    }
    // A team database keeps its version in a table of its own; a database without it is new
    // only when it holds no tables at all.
    Statement tables(db, u"SELECT to_regclass('pinedesk_schema') IS NOT NULL, "
                         "(SELECT COUNT(*) FROM pg_tables WHERE schemaname = current_schema())"_s);
    const auto found = tables.execAndFirst();
    if (!found)
        return Expected<int>::failure(found.error());
    if (!tables.value(0).toBool()) {
        if (tables.value(1).toLongLong() > 0)
            return Expected<int>::failure(
                tr("the database already holds tables that are not PineDesk's; use an empty "
                   "database"));
        return 0;
    }
    Statement st(db, u"SELECT MAX(version) FROM pinedesk_schema"_s);
    const auto first = st.execAndFirst();
    if (!first)
        return Expected<int>::failure(first.error());
    return *first ? st.value(0).toInt() : 0;
}

Status Migrator::recordVersion(const QSqlDatabase &db, int version)
{
    if (!SqlDialect::of(db).isPostgresql()) {
        // user_version takes no bound parameters; the number comes from our own table.
        return Statement::runFixed(db, u"PRAGMA user_version = %1"_s.arg(version));
    }
    if (const Status s = Statement::runFixed(
            db, u"CREATE TABLE IF NOT EXISTS pinedesk_schema (version INTEGER NOT NULL)"_s);
        !s)
        return s;
    if (const Status s = Statement(db, u"DELETE FROM pinedesk_schema"_s).exec(); !s)
        return s;
    return Statement(db, u"INSERT INTO pinedesk_schema (version) VALUES (:version)"_s)
        .bind(u":version"_s, version)
        .exec();
}

Status Migrator::refuseNewer(int found) const
{
    return Status::failure(tr("This database was written by a newer version of PineDesk (schema "
                              "%1; this version knows up to %2). Update PineDesk to open it. The "
                              "file was not changed.")
                               .arg(found)
                               .arg(latestVersion()));
}

Status Migrator::checkReadOnly(const QString &path, const QString &connectionPrefix) const
{
    const QString name = connectionPrefix + u"-probe"_s;
    Status result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!db.open()) {
            result = Status::failure(
                tr("Cannot open the database %1: %2").arg(path, db.lastError().text()));
        } else {
            const auto version = versionOf(db);
            if (!version) {
                result = Status::failure(tr("%1 is not a PineDesk database (or it is damaged): %2")
                                             .arg(path, version.error()));
            } else if (*version > latestVersion()) {
                result = refuseNewer(*version);
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Status Migrator::migrate(const QSqlDatabase &db) const
{
    const auto current = versionOf(db);
    if (!current) {
        return Status::failure(tr("%1 is not a PineDesk database (or it is damaged): %2")
                                   .arg(db.databaseName(), current.error()));
    }
    if (*current > latestVersion())
        return refuseNewer(*current);

    int applied = *current;
    for (const MigrationStep &step : m_steps) {
        if (step.version <= applied)
            continue;
        Transaction tx(db);
        // Another desktop may have applied it while this one waited for the write lock.
        if (tx.isActive() && SqlDialect::of(db).isPostgresql()) {
            const auto now = versionOf(db);
            if (!now) {
                tx.rollback();
                return Status::failure(now.error());
            }
            if (*now > latestVersion())
                return refuseNewer(*now);
            if (step.version <= *now) {
                applied = *now;
                continue;
            }
        }
        auto failed = [&](const QString &why) {
            tx.rollback();
            return Status::failure(tr("Upgrading the database to schema %1 (%2) failed, so it "
                                      "was left at schema %3: %4")
                                       .arg(step.version)
                                       .arg(step.description)
                                       .arg(applied)
                                       .arg(why));
        };
        if (!tx.isActive())
            return failed(tx.error());
        for (const QString &sql : step.statements) {
            if (const Status s = Statement::runFixed(db, sql); !s)
                return failed(s.error());
        }
        if (const Status s = recordVersion(db, step.version); !s)
            return failed(s.error());
        if (const Status s = tx.commit(); !s)
            return failed(s.error());
        applied = step.version;
    }
    return {};
}

} // namespace pinedesk
