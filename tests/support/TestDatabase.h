#pragma once

#include "domain/ManualClock.h"
#include "store/Database.h"
#include "store/StoreContext.h"

#include <QTemporaryDir>
#include <QVariantMap>

#include <memory>

namespace pinedesk::test {

// A fresh database file in a private temporary folder, opened and migrated, with a pinned clock.
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
    QString path() const;
    QString dir() const { return m_dir.path(); }
    // Runs a scalar query (test assertions only).
    QVariant scalar(const QString &sql);
    // The same with values bound to the placeholders (":name" -> value).
    QVariant scalar(const QString &sql, const QVariantMap &values);

    static QDateTime at(const QString &isoUtc);

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<Database> m_database;
    QString m_openError;
};

} // namespace pinedesk::test
