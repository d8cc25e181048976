#include "Database.h"

#include "Migrator.h"
#include "PostgresSchema.h"
#include "Schema.h"
#include "Statement.h"
#include "TeamMemberStore.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QMutexLocker>
#include <QSqlError>
#include <QStandardPaths>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

QAtomicInteger<quint64> nextDatabaseNumber{1};
constexpr int busyTimeoutMs = 10000;

} // namespace

Database::Database(QString path)
    : Database(DatabaseTarget::sqliteFile(path))
{}

Database::Database(DatabaseTarget target)
    : m_target(std::move(target))
    , m_ownerThread(QThread::currentThread())
    , m_prefix(u"pinedesk-db-%1"_s.arg(nextDatabaseNumber.fetchAndAddRelaxed(1)))
{}

Database::~Database()
{
    QMutexLocker lock(&m_mutex);
    for (const QString &name : std::as_const(m_connectionNames)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(u"pinedesk.sqlite"_s);
}

QString Database::connectionNameForThisThread() const
{
    return m_prefix + u'-' +
           QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
}

QSqlDatabase Database::connection()
{
    const QString name = connectionNameForThisThread();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, true);

    QSqlDatabase db;
    if (m_target.isPostgresql()) {
        db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(m_target.host);
        db.setPort(m_target.port);
        db.setDatabaseName(m_target.database);
        db.setUserName(m_target.user);
        db.setConnectOptions(m_target.connectOptions());
    } else {
        db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(m_target.path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeoutMs));
    }
    {
        QMutexLocker lock(&m_mutex);
        m_connectionNames.append(name);
        if (m_target.isPostgresql() && !m_password.isEmpty())
            db.setPassword(m_password);
    }
    if (!db.open()) {
        QMutexLocker lock(&m_mutex);
        m_lastOpenError = db.lastError().text();
        return db;
    }
    const Status configured = configure(db);
    if (!configured) {
        QMutexLocker lock(&m_mutex);
        m_lastOpenError = configured.error();
        db.close();
    }
    return db;
}

void Database::closeThreadConnection()
{
    const QString name = connectionNameForThisThread();
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
    QMutexLocker lock(&m_mutex);
    m_connectionNames.removeAll(name);
}

void Database::releaseWorkerConnection()
{
    if (QThread::currentThread() != m_ownerThread)
        closeThreadConnection();
}

QString Database::lastOpenError() const
{
    QMutexLocker lock(&m_mutex);
    return m_lastOpenError;
}

void Database::setPassword(const QString &password)
{
    QMutexLocker lock(&m_mutex);
    m_password = password;
}

Status Database::configure(QSqlDatabase &db) const
{
    if (m_target.isPostgresql()) {
        // Times are text in UTC; nothing depends on the session's zone, but logs read better.
        // The keepalives let the server notice within half a minute that a desktop went away
        // without a word (unplugged, asleep): its session ends, and with it the queue lease's
        // lock, so another desktop takes over (the system default waits two hours).
        static const QString settings[] = {
            u"SET TIME ZONE 'UTC'"_s, u"SET tcp_keepalives_idle = 10"_s,
            u"SET tcp_keepalives_interval = 5"_s, u"SET tcp_keepalives_count = 3"_s,
            u"SET tcp_user_timeout = 30000"_s};
        for (const QString &setting : settings) {
            if (const Status s = Statement::runFixed(db, setting); !s)
                return s;
        }
        return {};
    }
    // journal_mode answers with a row; the others are silent. None takes user input.
    static const QString pragmas[] = {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA foreign_keys = ON"_s,
                                      u"PRAGMA synchronous = NORMAL"_s,
                                      u"PRAGMA busy_timeout = %1"_s.arg(busyTimeoutMs)};
    for (const QString &pragma : pragmas) {
        Statement st(db, pragma);
        if (const Status s = st.exec(); !s)
            return s;
    }
    return {};
}

Status Database::open()
{
    if (!m_target.isPostgresql())
        return openSqliteFile();
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        return Status::failure(tr("Cannot connect to the team database %1: %2")
                                   .arg(m_target.toString(), lastOpenError()));
    }
    if (const Status s = Migrator(PostgresSchema::steps()).migrate(db); !s)
        return s;
    const auto member = TeamMemberStore::join(*this);
    if (!member)
        return Status::failure(member.error());
    m_member = *member;
    return {};
}

Status Database::openSqliteFile()
{
    const QFileInfo info(m_target.path);
    if (!QDir().mkpath(info.absolutePath())) {
        return Status::failure(
            tr("Cannot create the folder %1 for the database.").arg(info.absolutePath()));
    }
    if (info.exists()) {
        // Look before touching: a newer schema must leave the file exactly as it was, and
        // switching it to WAL would already change it.
        if (const Status s = Migrator(Schema::steps()).checkReadOnly(m_target.path, m_prefix); !s)
            return s;
    }
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        return Status::failure(
            tr("Cannot open the database %1: %2").arg(m_target.path, lastOpenError()));
    }
    return Migrator(Schema::steps()).migrate(db);
}

} // namespace pinedesk
