#pragma once

#include "domain/Error.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>

namespace pinedesk {

// Turns a driver's failure into a typed Error: the kind from the native code (SQLite's result
// codes, PostgreSQL's SQLSTATE), a sentence the vendor can act on, and the SQL and driver text as
// the detail, which is logged (category pinedesk.store) and never shown.
class StoreError
{
    Q_DECLARE_TR_FUNCTIONS(StoreError)

public:
    static Error fromSql(const QSqlError &error, const QString &sql);
    static Error make(Error::Kind kind, const QString &detail);
    static Error::Kind kindOf(const QSqlError &error);
    static QString sentence(Error::Kind kind);

    // Test seam: statements whose SQL matches fail as if the disk failed (kind Io). Also set
    // from the environment variable PINEDESK_FAULT_SQL (a regular expression) at first use, so
    // that tests can make a child process's reads fail. Empty pattern: no fault.
    static void setFault(const QString &pattern);
    static bool faultMatches(const QString &sql);
};

} // namespace pinedesk
