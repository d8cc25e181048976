#include "SqlDialect.h"

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

// The advisory lock every PineDesk write transaction holds on PostgreSQL ("PineDesk" in ASCII).
constexpr qint64 writeLockKey = 0x50696e654465736b;

} // namespace

const SqlDialect &SqlDialect::sqlite()
{
    static const SqlDialect d(Kind::Sqlite);
    return d;
}

const SqlDialect &SqlDialect::postgresql()
{
    static const SqlDialect d(Kind::Postgresql);
    return d;
}

const SqlDialect &SqlDialect::of(const QSqlDatabase &db)
{
    return db.driverName() == u"QPSQL"_s ? postgresql() : sqlite();
}

QString SqlDialect::integersOf(const QString &placeholder) const
{
    if (isPostgresql())
        return u"SELECT CAST(jsonb_array_elements_text(CAST(%1 AS jsonb)) AS bigint)"_s.arg(
            placeholder);
    return u"SELECT value FROM json_each(%1)"_s.arg(placeholder);
}

QString SqlDialect::stringsOf(const QString &placeholder) const
{
    if (isPostgresql())
        return u"SELECT jsonb_array_elements_text(CAST(%1 AS jsonb))"_s.arg(placeholder);
    return u"SELECT value FROM json_each(%1)"_s.arg(placeholder);
}

QString SqlDialect::caselessStringsOf(const QString &placeholder) const
{
    // A CITEXT column compared with TEXT would compare as TEXT, with case.
    if (isPostgresql())
        return u"SELECT CAST(jsonb_array_elements_text(CAST(%1 AS jsonb)) AS citext)"_s.arg(
            placeholder);
    return stringsOf(placeholder);
}

QString SqlDialect::millisecondsBetween(const QString &from, const QString &to) const
{
    // julianday() is a double: rounding to the millisecond makes exact days exact.
    if (isPostgresql())
        return u"ROUND(EXTRACT(EPOCH FROM (CAST(%2 AS timestamptz) - CAST(%1 AS timestamptz))) "
               "* 1000)"_s.arg(from, to);
    return u"ROUND((julianday(%2) - julianday(%1)) * 86400000)"_s.arg(from, to);
}

QString SqlDialect::unindexed(const QString &column) const
{
    return isPostgresql() ? column : u'+' + column;
}

QStringList SqlDialect::beginWrite() const
{
    if (isPostgresql())
        return {u"BEGIN"_s, u"SELECT pg_advisory_xact_lock(%1)"_s.arg(writeLockKey)};
    return {u"BEGIN IMMEDIATE"_s};
}

} // namespace pinedesk
