#include "StoreError.h"

#include "logging/LogCategories.h"

#include <QMutex>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

struct Fault
{
    QMutex mutex;
    bool loaded = false;
    QRegularExpression pattern;
};

Fault &fault()
{
    static Fault f;
    return f;
}

} // namespace

Error::Kind StoreError::kindOf(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    // SQLSTATE codes have exactly five characters (often all digits); SQLite's result codes,
    // extended ones included, have at most four digits.
    bool numeric = false;
    const int sqlite = code.toInt(&numeric) & 0xff;
    if (numeric && code.size() < 5) {
        switch (sqlite) {
        case 5: // SQLITE_BUSY
        case 6: // SQLITE_LOCKED
            return Error::Kind::Busy;
        case 3:  // SQLITE_PERM
        case 8:  // SQLITE_READONLY
        case 23: // SQLITE_AUTH
            return Error::Kind::Permission;
        case 11: // SQLITE_CORRUPT
        case 26: // SQLITE_NOTADB
            return Error::Kind::Corrupt;
        case 19: // SQLITE_CONSTRAINT
            return Error::Kind::Conflict;
        default:
            return Error::Kind::Io;
        }
    }
    // PostgreSQL's SQLSTATE classes.
    if (code.startsWith(u"23"_s) || code == u"40001"_s || code == u"42710"_s)
        return Error::Kind::Conflict;
    if (code == u"40P01"_s || code == u"55P03"_s || code == u"57014"_s)
        return Error::Kind::Busy;
    if (code == u"42501"_s || code.startsWith(u"28"_s))
        return Error::Kind::Permission;
    if (code.startsWith(u"XX"_s))
        return Error::Kind::Corrupt;
    return Error::Kind::Io;
}

QString StoreError::sentence(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::Busy:
        return tr("The database is busy with another task. Try again in a moment.");
    case Error::Kind::Permission:
        return tr("PineDesk may not write to its database. Check the file's permissions and "
                  "the free disk space.");
    case Error::Kind::Corrupt:
        return tr("The database file is damaged. Restore it from a backup.");
    case Error::Kind::Conflict:
        return tr("The change conflicts with data that is already there; nothing was saved.");
    case Error::Kind::NotFound:
        return tr("What you asked for is no longer in the database.");
    case Error::Kind::InvalidInput:
    case Error::Kind::Io:
    case Error::Kind::Unavailable:
        break;
    }
    return tr("The database could not be read or written. Nothing was changed; the details are "
              "in the log.");
}

Error StoreError::make(Error::Kind kind, const QString &detail)
{
    qCWarning(lcStore).noquote() << Error::kindName(kind) << detail;
    return Error(kind, sentence(kind), detail);
}

Error StoreError::fromSql(const QSqlError &error, const QString &sql)
{
    const QString head = sql.simplified().left(80);
    return make(kindOf(error),
                u"%1 [%2] in: %3"_s.arg(error.text(), error.nativeErrorCode(), head));
}

void StoreError::setFault(const QString &pattern)
{
    Fault &f = fault();
    QMutexLocker lock(&f.mutex);
    f.loaded = true;
    f.pattern = pattern.isEmpty() ? QRegularExpression() : QRegularExpression(pattern);
}

bool StoreError::faultMatches(const QString &sql)
{
    Fault &f = fault();
    QMutexLocker lock(&f.mutex);
    if (!f.loaded) {
        f.loaded = true;
        const QString fromEnv = qEnvironmentVariable("PINEDESK_FAULT_SQL");
        if (!fromEnv.isEmpty())
            f.pattern = QRegularExpression(fromEnv);
    }
    return !f.pattern.pattern().isEmpty() && f.pattern.match(sql).hasMatch();
}

} // namespace pinedesk
