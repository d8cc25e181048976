#pragma once

#include "domain/Expected.h"

#include <QSqlDatabase>
#include <QString>

namespace pinedesk {

// RAII transaction: rolls back unless commit() succeeded. The outermost guard on a connection
// takes the write lock at once (BEGIN IMMEDIATE, so two writers never deadlock upgrading a read
// lock); guards nested inside it become savepoints, so store methods compose into one unit.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // False when BEGIN failed (see error()); nothing then runs inside a transaction.
    bool isActive() const { return m_active; }
    Error error() const { return m_error; }
    [[nodiscard]] Status commit();
    void rollback();

private:
    bool run(const QString &sql);

    QSqlDatabase m_db;
    QString m_savepoint;
    bool m_active = false;
    Error m_error{QString()};
};

} // namespace pinedesk
