#include "Migrator.h"

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
    Statement st(db, u"PRAGMA user_version"_s);
    const auto first = st.execAndFirst();
    if (!first)
        return Expected<int>::failure(first.error());
    return *first ? st.value(0).toInt() : 0;
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
            Statement st(db, sql);
            if (const Status s = st.exec(); !s)
                return failed(s.error());
        }
        // user_version takes no bound parameters; the number comes from our own table.
        Statement bump(db, u"PRAGMA user_version = %1"_s.arg(step.version));
        if (const Status s = bump.exec(); !s)
            return failed(s.error());
        if (const Status s = tx.commit(); !s)
            return failed(s.error());
        applied = step.version;
    }
    return {};
}

} // namespace pinedesk
