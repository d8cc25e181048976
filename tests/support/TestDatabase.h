#pragma once

#include "domain/ManualClock.h"
#include "store/Database.h"
#include "store/StoreContext.h"

#include <QTemporaryDir>
#include <QVariantMap>

#include <memory>

namespace pinedesk::test {

// A fresh database, opened and migrated, with a pinned clock: a SQLite file in a private
// temporary folder, or, when PINEDESK_TEST_BACKEND=postgresql, a new database in the scratch
// PostgreSQL cluster that the test command starts (PINEDESK_TEST_POSTGRESQL is its address).
// Everything is removed when it goes out of scope.
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();

    bool isOpen() const { return m_openError.isEmpty(); }
    QString openError() const { return m_openError; }
    Database &database() { return *m_database; }
    ManualClock &clock() { return m_clock; }
    StoreContext context(const QString &actor = QStringLiteral("test"))
    {
        return {*m_database, m_clock, actor};
    }
    // What --db takes: the file, or the team database's address.
    QString path() const;
    bool isPostgresql() const;
    // The backend the tests were asked to run on, from PINEDESK_TEST_BACKEND.
    static bool postgresqlRequested();
    QString dir() const { return m_dir.path(); }
    // Runs a scalar query (test assertions only).
    QVariant scalar(const QString &sql);
    // The same with values bound to the placeholders (":name" -> value).
    QVariant scalar(const QString &sql, const QVariantMap &values);

    static QDateTime at(const QString &isoUtc);

private:
    QString createPostgresDatabase();
    void dropPostgresDatabase();

    QString m_postgresName;
    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<Database> m_database;
    QString m_openError;
};

} // namespace pinedesk::test
