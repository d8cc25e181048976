#include "TestDatabase.h"
#include "crm/ClientQuery.h"
#include "demo/DemoDataGenerator.h"
#include "store/DatabaseCopy.h"
#include "store/Statement.h"

#include <QTest>

using namespace pinedesk;
using namespace Qt::Literals::StringLiterals;

// `migrate-to-postgresql`'s copy: a demo business in a database file, copied into a fresh
// database of the scratch PostgreSQL cluster (this test runs with PINEDESK_TEST_BACKEND set).
class TestDatabaseCopy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void everyTableIsCopiedOrNamedAsNotData();
    void copiesEveryRowVerbatim();
    void newRowsContinueAfterTheCopiedIds();
    void theCopyIsSearchable();
    void refusesADatabaseThatHasData();

private:
    qint64 count(Database &db, const QString &table);
    QStringList sqliteTables();

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_file;
    std::unique_ptr<test::TestDatabase> m_team;
    QList<DatabaseCopy::Table> m_copied;
    const QByteArray m_payload = QByteArray("\x00\xff{\"id\":\"evt_1\"}\x80", 17);
};

void TestDatabaseCopy::init()
{
    QVERIFY2(test::TestDatabase::postgresqlRequested(),
             "run with PINEDESK_TEST_BACKEND=postgresql (ctest does)");
    m_team = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_team->isOpen(), qPrintable(m_team->openError()));
    QVERIFY(m_team->isPostgresql());

    m_file = std::make_unique<Database>(m_dir.filePath(
        u"vendor-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))));
    QVERIFY(m_file->open().ok());
    const auto demo = DemoDataGenerator(*m_file, m_team->clock()).generate({300, 7});
    QVERIFY2(demo.ok(), demo.ok() ? "" : qPrintable(demo.error()));
    // What demo data does not write: raw bytes, an e-mail-only contact, a setting.
    const QSqlDatabase db = m_file->connection();
    QVERIFY(Statement(db, u"INSERT INTO webhook_events (provider, event_key, received_at, state, "
                          "payload) VALUES ('stripe', 'evt_1', '2026-03-01T10:00:00.000Z', "
                          "'applied', :payload)"_s)
                .bind(u":payload"_s, m_payload)
                .exec()
                .ok());
    QVERIFY(Statement(db, u"INSERT INTO clients (tv_username, email, full_name, created_at, "
                          "updated_at) VALUES (NULL, 'only@mail.example', 'Zoë Ñandú', "
                          "'2026-03-01T10:00:00.000Z', '2026-03-01T10:00:00.000Z')"_s)
                .exec()
                .ok());
    QVERIFY(Statement(db, u"INSERT INTO settings (key, value) VALUES ('reports.paper', 'a4')"_s)
                .exec()
                .ok());

    const auto copied = DatabaseCopy(*m_file, m_team->database()).run();
    if (!copied)
        QFAIL(qPrintable(copied.error().message() + u' ' + copied.error().detail()));
    m_copied = *copied;
}

qint64 TestDatabaseCopy::count(Database &db, const QString &table)
{
    Statement st(db.connection(), u"SELECT COUNT(*) FROM "_s + table);
    const auto first = st.execAndFirst();
    return first && *first ? st.value(0).toLongLong() : -1;
}

QStringList TestDatabaseCopy::sqliteTables()
{
    Statement st(m_file->connection(), u"SELECT name FROM sqlite_master WHERE type = 'table' "
                                       "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE "
                                       "'clients_fts%' ORDER BY name"_s);
    const auto names = st.readAll([](const Statement &row) { return row.value(0).toString(); });
    return names ? *names : QStringList();
}

void TestDatabaseCopy::everyTableIsCopiedOrNamedAsNotData()
{
    // A later schema step that adds a table must add it to the copy too. Not data: the lease
    // of a running engine, the schema's version, and the team's members (a file has none;
    // whoever copies becomes the team's first admin).
    const auto notData = [](const QString &table) {
        return table == u"queue_lease"_s || table == u"pinedesk_schema"_s ||
               table == u"team_members"_s;
    };
    for (const QString &table : sqliteTables())
        QVERIFY2(DatabaseCopy::isCopied(table) || notData(table), qPrintable(table));
    Statement st(m_team->database().connection(),
                 u"SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"_s);
    const auto names = st.readAll([](const Statement &row) { return row.value(0).toString(); });
    QVERIFY(names.ok());
    for (const QString &table : *names)
        QVERIFY2(DatabaseCopy::isCopied(table) || notData(table), qPrintable(table));
}

void TestDatabaseCopy::copiesEveryRowVerbatim()
{
    QCOMPARE(m_copied.size(), DatabaseCopy::tables().size());
    for (const DatabaseCopy::Table &t : std::as_const(m_copied)) {
        QCOMPARE(t.rows, count(*m_file, t.name));
        QCOMPARE(count(m_team->database(), t.name), t.rows);
        QCOMPARE(t.checksum.size(), 64);
    }
    QVERIFY(count(*m_file, u"clients"_s) > 300);
    QVERIFY(count(*m_file, u"payments"_s) > 300);
    QVERIFY(count(*m_file, u"access_history"_s) > 300);
    QCOMPARE(m_team->scalar(u"SELECT payload FROM webhook_events WHERE event_key = 'evt_1'"_s)
                 .toByteArray(),
             m_payload);
    QVERIFY(m_team->scalar(u"SELECT tv_username FROM clients WHERE email = 'ONLY@mail.example'"_s)
                .isNull());
    QCOMPARE(m_team->scalar(u"SELECT value FROM settings WHERE key = 'reports.paper'"_s).toString(),
             u"a4"_s);
}

void TestDatabaseCopy::newRowsContinueAfterTheCopiedIds()
{
    const qint64 highest = m_team->scalar(u"SELECT MAX(id) FROM clients"_s).toLongLong();
    const QVariant id = m_team->scalar(
        u"INSERT INTO clients (tv_username, created_at, updated_at) VALUES ('after_copy', "
        "'2026-03-15T10:00:00.000Z', '2026-03-15T10:00:00.000Z') RETURNING id"_s);
    QVERIFY(id.isValid());
    QCOMPARE(id.toLongLong(), highest + 1);
}

void TestDatabaseCopy::theCopyIsSearchable()
{
    const QString someone =
        m_team
            ->scalar(u"SELECT tv_username FROM clients WHERE tv_username IS NOT NULL "
                     "ORDER BY id DESC LIMIT 1"_s)
            .toString();
    QVERIFY(someone.size() > 3);
    const ClientQuery byPrefix(ClientFilter{someone.left(someone.size() - 1).toUpper()},
                               m_team->clock().nowUtc());
    const auto rows = byPrefix.page(m_team->database().connection(), 0, 50, 0);
    if (!rows)
        QFAIL(qPrintable(rows.error().message() + u' ' + rows.error().detail()));
    QVERIFY(std::any_of(rows->cbegin(), rows->cend(),
                        [&](const ClientRow &r) { return r.tvUsername == someone; }));
    // Without accents and case, by a word of the name.
    const ClientQuery byName(ClientFilter{u"nandu"_s}, m_team->clock().nowUtc());
    const auto named = byName.page(m_team->database().connection(), 0, 50, 0);
    QVERIFY(named.ok());
    QCOMPARE(named->size(), 1);
    QCOMPARE(named->first().email, u"only@mail.example"_s);
}

void TestDatabaseCopy::refusesADatabaseThatHasData()
{
    const qint64 before = count(m_team->database(), u"clients"_s);
    const auto again = DatabaseCopy(*m_file, m_team->database()).run();
    QVERIFY(!again.ok());
    QVERIFY2(again.error().message().contains(u"not empty"_s), qPrintable(again.error()));
    QCOMPARE(count(m_team->database(), u"clients"_s), before);
}

QTEST_GUILESS_MAIN(TestDatabaseCopy)
#include "tst_databasecopy.moc"
