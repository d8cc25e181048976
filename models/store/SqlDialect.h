#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace pinedesk {

// The few places where SQLite and PostgreSQL spell the same thing differently. Everything else
// PineDesk runs is SQL both understand (ON CONFLICT upserts, RETURNING, partial indexes). Each
// method returns a fixed fragment around a placeholder; values are always bound.
class SqlDialect
{
public:
    enum class Kind { Sqlite, Postgresql };

    static const SqlDialect &of(const QSqlDatabase &db);
    static const SqlDialect &sqlite();
    static const SqlDialect &postgresql();

    Kind kind() const { return m_kind; }
    bool isPostgresql() const { return m_kind == Kind::Postgresql; }

    // A subquery of the integers in a JSON array bound as text, e.g. "[3,5,8]".
    QString integersOf(const QString &placeholder) const;
    // A subquery of the strings in a JSON array bound as text, e.g. ["ann","bob"].
    QString stringsOf(const QString &placeholder) const;
    // The same, to compare with a column that ignores case (a username, a name).
    QString caselessStringsOf(const QString &placeholder) const;
    // Whole milliseconds from one time column (or expression) to another.
    QString millisecondsBetween(const QString &from, const QString &to) const;
    // A column the planner should not drive the query by (SQLite's unary "+"), e.g. to scan a
    // table and sort rather than walk an index with a lookup per row.
    QString unindexed(const QString &column) const;
    // What starts a write transaction. SQLite takes the database's write lock; PostgreSQL takes
    // a transaction-scoped advisory lock, so writers queue one after the other exactly as they
    // do on SQLite, and the stores' read-then-write steps stay atomic across desktops.
    QStringList beginWrite() const;

private:
    explicit SqlDialect(Kind kind)
        : m_kind(kind)
    {}

    Kind m_kind;
};

} // namespace pinedesk
