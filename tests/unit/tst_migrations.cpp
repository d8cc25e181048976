#include "TestDatabase.h"
#include "store/Migrator.h"
#include "store/Schema.h"
#include "store/Statement.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace pinedesk;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Writes with a raw connection, as another program (or a newer PineDesk) would.
void rawExec(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString &sql : statements)
            QVERIFY2(Statement(db, sql).exec().ok(), qPrintable(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshDatabaseGetsLatestSchema();
    void connectionIsConfigured();
    void reopenKeepsDataAndVersion();
    void newerSchemaIsRefusedAndLeftUntouched();
    void failingStepRollsBackAndIsNamed();
    void stepsApplyInOrderFromAnyVersion();
    void notADatabaseIsRefused();
    void upgradesFromEveryOlderSchema();
    void eachThreadHasItsOwnConnection();
};

void TestMigrations::freshDatabaseGetsLatestSchema()
{
    test::TestDatabase t;
    QVERIFY2(t.isOpen(), qPrintable(t.openError()));
    QCOMPARE(t.scalar(u"PRAGMA user_version"_s).toInt(), Schema::latestVersion());
    for (const QString &table : {u"clients"_s, u"indicators"_s, u"indicator_versions"_s, u"plans"_s,
                                 u"plan_indicators"_s, u"accesses"_s, u"payments"_s, u"audit_log"_s,
                                 u"sync_queue"_s, u"sync_batches"_s, u"settings"_s}) {
        Statement st(t.database().connection(),
                     u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = :n"_s);
        st.bind(u":n"_s, table);
        QVERIFY(st.execAndFirst().value());
        QVERIFY2(st.value(0).toInt() == 1, qPrintable(table));
    }
}

void TestMigrations::connectionIsConfigured()
{
    test::TestDatabase t;
    QVERIFY(t.isOpen());
    QCOMPARE(t.scalar(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(t.scalar(u"PRAGMA foreign_keys"_s).toInt(), 1);
    QVERIFY(t.scalar(u"PRAGMA busy_timeout"_s).toInt() >= 1000);
}

void TestMigrations::reopenKeepsDataAndVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.sqlite"_s);
    {
        Database db(path);
        QVERIFY(db.open().ok());
        QVERIFY(Statement(db.connection(), u"INSERT INTO settings (key, value) VALUES ('k', 'v')"_s)
                    .exec()
                    .ok());
    }
    Database again(path);
    const Status s = again.open();
    QVERIFY2(s.ok(), qPrintable(s.error()));
    Statement st(again.connection(), u"SELECT value FROM settings WHERE key = 'k'"_s);
    QVERIFY(st.execAndFirst().value());
    QCOMPARE(st.value(0).toString(), u"v"_s);
    QCOMPARE(Migrator::versionOf(again.connection()).value(), Schema::latestVersion());
}

void TestMigrations::newerSchemaIsRefusedAndLeftUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"newer.sqlite"_s);
    {
        Database db(path);
        QVERIFY(db.open().ok());
    }
    rawExec(path, {u"PRAGMA journal_mode = DELETE"_s,
                   u"PRAGMA user_version = %1"_s.arg(Schema::latestVersion() + 5)});
    const QByteArray before = fileHash(path);
    QVERIFY(!before.isEmpty());

    Database db(path);
    const Status s = db.open();
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message().contains(u"newer version of PineDesk"_s),
             qPrintable(s.error().message()));
    QVERIFY2(s.error().message().contains(QString::number(Schema::latestVersion() + 5)),
             qPrintable(s.error().message()));
    QVERIFY(s.error().message().contains(u"not changed"_s));
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + u"-wal"_s));
}

void TestMigrations::failingStepRollsBackAndIsNamed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"fail.sqlite"_s);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fail"_s);
    db.setDatabaseName(path);
    QVERIFY(db.open());
    {
        const QList<MigrationStep> steps = {
            {1, u"first"_s, {u"CREATE TABLE a (x INTEGER)"_s}},
            {2,
             u"add b and break"_s,
             {u"CREATE TABLE b (y INTEGER)"_s, u"INSERT INTO a (x) VALUES (1)"_s,
              u"INSERT INTO no_such_table VALUES (1)"_s}},
        };
        const Status s = Migrator(steps).migrate(db);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message().contains(u"schema 2"_s), qPrintable(s.error().message()));
        QVERIFY2(s.error().message().contains(u"add b and break"_s),
                 qPrintable(s.error().message()));
        QVERIFY2(s.error().message().contains(u"left at schema 1"_s),
                 qPrintable(s.error().message()));
        QCOMPARE(Migrator::versionOf(db).value(), 1);
        Statement tableB(db, u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'b'"_s);
        QVERIFY(tableB.execAndFirst().value());
        QCOMPARE(tableB.value(0).toInt(), 0);
        Statement rowsA(db, u"SELECT COUNT(*) FROM a"_s);
        QVERIFY(rowsA.execAndFirst().value());
        QCOMPARE(rowsA.value(0).toInt(), 0);
        db.close();
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"fail"_s);
}

void TestMigrations::stepsApplyInOrderFromAnyVersion()
{
    QTemporaryDir dir;
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"order"_s);
    db.setDatabaseName(dir.filePath(u"o.sqlite"_s));
    QVERIFY(db.open());
    {
        const QList<MigrationStep> v1 = {
            {1, u"one"_s, {u"CREATE TABLE log (n INTEGER)"_s, u"INSERT INTO log VALUES (1)"_s}}};
        QVERIFY(Migrator(v1).migrate(db).ok());
        // Declared out of order on purpose: the migrator sorts them.
        const QList<MigrationStep> v3 = {{3, u"three"_s, {u"INSERT INTO log VALUES (3)"_s}},
                                         v1.first(),
                                         {2, u"two"_s, {u"INSERT INTO log VALUES (2)"_s}}};
        QVERIFY(Migrator(v3).migrate(db).ok());
        QCOMPARE(Migrator::versionOf(db).value(), 3);
        Statement st(db, u"SELECT group_concat(n) FROM log"_s);
        QVERIFY(st.execAndFirst().value());
        QCOMPARE(st.value(0).toString(), u"1,2,3"_s);
        QVERIFY(Migrator(v3).migrate(db).ok()); // nothing left to do
        db.close();
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"order"_s);
}

void TestMigrations::notADatabaseIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"notes.txt"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
    }
    const QByteArray before = fileHash(path);
    Database db(path);
    const Status s = db.open();
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message().contains(u"not a PineDesk database"_s),
             qPrintable(s.error().message()));
    QCOMPARE(fileHash(path), before);
}

void TestMigrations::upgradesFromEveryOlderSchema()
{
    const QList<MigrationStep> all = Schema::steps();
    for (int version = 1; version < Schema::latestVersion(); ++version) {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(Migrator(all.mid(0, version)).migrate(db).ok());
            QVERIFY(Statement(db,
                              u"INSERT INTO sync_batches (label, created_at, created_by) VALUES "
                              "('b', '2026-01-01T00:00:00.000Z', 'x')"_s)
                        .exec()
                        .ok());
            QVERIFY(Statement(db,
                              u"INSERT INTO sync_queue (tv_username, pine_id, batch_id, "
                              "next_attempt_at, created_at, updated_at) VALUES ('u', 'PUB;x', 1, "
                              "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', "
                              "'2026-01-01T00:00:00.000Z')"_s)
                        .exec()
                        .ok());
            db.close();
        }
        QSqlDatabase::removeDatabase(u"old"_s);
        Database upgraded(path);
        const Status s = upgraded.open();
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QCOMPARE(Migrator::versionOf(upgraded.connection()).value(), Schema::latestVersion());
        Statement rows(upgraded.connection(),
                       u"SELECT q.tv_username, b.paused, q.result FROM sync_queue q JOIN "
                       "sync_batches b ON b.id = q.batch_id"_s);
        QVERIFY(rows.execAndFirst().value());
        QCOMPARE(rows.value(0).toString(), u"u"_s); // data kept
        QCOMPARE(rows.value(1).toInt(), 0);         // new columns have their defaults
        QCOMPARE(rows.value(2).toString(), QString(u""_s));
    }
}

void TestMigrations::eachThreadHasItsOwnConnection()
{
    test::TestDatabase t;
    QVERIFY(t.isOpen());
    const QString mainName = t.database().connection().connectionName();
    QString workerName;
    bool workerWrote = false;
    QThread *worker = QThread::create([&] {
        QSqlDatabase db = t.database().connection();
        workerName = db.connectionName();
        workerWrote =
            Statement(db, u"INSERT INTO settings (key, value) VALUES ('w', '1')"_s).exec().ok();
        t.database().closeThreadConnection();
    });
    worker->start();
    QVERIFY(worker->wait(30000));
    delete worker;
    QVERIFY(workerWrote);
    QVERIFY(!workerName.isEmpty());
    QVERIFY(workerName != mainName);
    QCOMPARE(t.scalar(u"SELECT value FROM settings WHERE key = 'w'"_s).toString(), u"1"_s);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
