#include "TestDatabase.h"

#include "store/Statement.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlError>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk::test {

QDateTime TestDatabase::at(const QString &isoUtc)
{
    QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

namespace {

QAtomicInteger<int> nextDatabase{1};
const QString adminConnection = u"pinedesk-test-admin"_s;

// The scratch cluster's address, or an error that says why there is none.
Expected<DatabaseTarget> scratchCluster()
{
    const QString url = qEnvironmentVariable("PINEDESK_TEST_POSTGRESQL");
    if (url.isEmpty())
        return Expected<DatabaseTarget>::failure(
            u"PINEDESK_TEST_BACKEND=postgresql, but PINEDESK_TEST_POSTGRESQL names no cluster: "
            "run the tests through packaging/test.sh, which starts a scratch PostgreSQL"_s);
    return DatabaseTarget::parse(url);
}

} // namespace

bool TestDatabase::postgresqlRequested()
{
    return qEnvironmentVariable("PINEDESK_TEST_BACKEND") == u"postgresql"_s;
}

TestDatabase::TestDatabase()
    : m_clock(at(u"2026-03-15T10:00:00.000"_s))
{
    if (!m_dir.isValid()) {
        m_openError = u"cannot create a temporary folder"_s;
        m_database = std::make_unique<Database>(u"unopened.sqlite"_s);
        return;
    }
    if (postgresqlRequested()) {
        const QString created = createPostgresDatabase();
        if (!created.isEmpty()) {
            m_openError = created;
            // Never opened: a test that ignores isOpen() fails on a file without tables.
            m_database = std::make_unique<Database>(m_dir.filePath(u"unopened.sqlite"_s));
            return;
        }
        DatabaseTarget target = *scratchCluster();
        target.database = m_postgresName;
        m_database = std::make_unique<Database>(target);
    } else {
        m_database = std::make_unique<Database>(m_dir.filePath(u"test.sqlite"_s));
    }
    if (const Status s = m_database->open(); !s)
        m_openError = s.error().message() + u' ' + s.error().detail();
}

TestDatabase::~TestDatabase()
{
    m_database.reset();
    if (!m_postgresName.isEmpty())
        dropPostgresDatabase();
}

bool TestDatabase::isPostgresql() const
{
    return !m_postgresName.isEmpty();
}

QString TestDatabase::createPostgresDatabase()
{
    const auto cluster = scratchCluster();
    if (!cluster)
        return cluster.error();
    if (!QSqlDatabase::contains(adminConnection)) {
        QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, adminConnection);
        admin.setHostName(cluster->host);
        admin.setPort(cluster->port);
        admin.setUserName(cluster->user);
        admin.setDatabaseName(cluster->database);
        if (!admin.open())
            return u"cannot reach the scratch PostgreSQL at %1: %2"_s.arg(cluster->toString(),
                                                                          admin.lastError().text());
    }
    const QString name = u"pinedesk_test_%1_%2"_s.arg(QCoreApplication::applicationPid())
                             .arg(nextDatabase.fetchAndAddRelaxed(1));
    // The name is ours (digits and letters); CREATE DATABASE takes no bound values.
    const Status s =
        Statement::runFixed(QSqlDatabase::database(adminConnection), u"CREATE DATABASE "_s + name);
    if (!s)
        return u"cannot create a test database: "_s + s.error().message() + u' ' +
               s.error().detail();
    m_postgresName = name;
    return {};
}

void TestDatabase::dropPostgresDatabase()
{
    const Status s =
        Statement::runFixed(QSqlDatabase::database(adminConnection),
                            u"DROP DATABASE IF EXISTS "_s + m_postgresName + u" WITH (FORCE)"_s);
    if (!s)
        qWarning("could not drop the test database %s: %s", qPrintable(m_postgresName),
                 qPrintable(s.error().detail()));
}

QString TestDatabase::path() const
{
    return m_database->target().toString();
}

QVariant TestDatabase::scalar(const QString &sql)
{
    return scalar(sql, {});
}

QVariant TestDatabase::scalar(const QString &sql, const QVariantMap &values)
{
    Statement st(m_database->connection(), sql);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        st.bind(it.key(), it.value());
    const auto first = st.execAndFirst();
    if (!first) {
        // A failed read is never a value a test could compare as "none".
        QTest::qFail(qPrintable(u"the test's SQL failed: "_s + first.error().detail()), __FILE__,
                     __LINE__);
        return {};
    }
    if (!*first)
        return {};
    return st.value(0);
}

} // namespace pinedesk::test
