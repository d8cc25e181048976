#include "store/DatabaseTarget.h"

#include <QTest>

using namespace pinedesk;
using namespace Qt::Literals::StringLiterals;

class TestDatabaseTarget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aPathIsASqliteFile();
    void aTeamAddress();
    void aSocketFolderAndTheDefaultPort();
    void refusesWhatCannotWork_data();
    void refusesWhatCannotWork();
};

void TestDatabaseTarget::aPathIsASqliteFile()
{
    const auto t = DatabaseTarget::parse(u"/home/maria/pinedesk.sqlite"_s);
    QVERIFY(t.ok());
    QVERIFY(!t->isPostgresql());
    QCOMPARE(t->path, u"/home/maria/pinedesk.sqlite"_s);
    QCOMPARE(t->toString(), u"/home/maria/pinedesk.sqlite"_s);
}

void TestDatabaseTarget::aTeamAddress()
{
    const auto t = DatabaseTarget::parse(
        u"postgresql://maria@db.example.com:6432/pinedesk?sslmode=verify-full"_s);
    QVERIFY2(t.ok(), t.ok() ? "" : qPrintable(t.error()));
    QVERIFY(t->isPostgresql());
    QCOMPARE(t->host, u"db.example.com"_s);
    QCOMPARE(t->port, 6432);
    QCOMPARE(t->user, u"maria"_s);
    QCOMPARE(t->database, u"pinedesk"_s);
    QCOMPARE(t->sslMode, u"verify-full"_s);
    QVERIFY(t->connectOptions().contains(u"sslmode=verify-full"_s));
    // What settings keep reads back the same.
    const auto again = DatabaseTarget::parse(t->toString());
    QVERIFY(again.ok());
    QCOMPARE(again->toString(), t->toString());
    QCOMPARE(again->port, 6432);
}

void TestDatabaseTarget::aSocketFolderAndTheDefaultPort()
{
    const auto t = DatabaseTarget::parse(u"postgres://ops@localhost/team?host=/run/postgresql"_s);
    QVERIFY2(t.ok(), t.ok() ? "" : qPrintable(t.error()));
    QCOMPARE(t->host, u"/run/postgresql"_s);
    QCOMPARE(t->port, 5432);
    QVERIFY(t->sslMode.isEmpty());
    const auto again = DatabaseTarget::parse(t->toString());
    QVERIFY(again.ok());
    QCOMPARE(again->host, u"/run/postgresql"_s);
}

void TestDatabaseTarget::refusesWhatCannotWork_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("why");
    QTest::newRow("password") << u"postgresql://maria:secret@db/pinedesk"_s << u"password"_s;
    QTest::newRow("no database") << u"postgresql://maria@db"_s << u"no database"_s;
    QTest::newRow("no user") << u"postgresql://db/pinedesk"_s << u"no user"_s;
    QTest::newRow("sslmode") << u"postgresql://maria@db/pinedesk?sslmode=maybe"_s << u"sslmode"_s;
    QTest::newRow("option") << u"postgresql://maria@db/pinedesk?pool=5"_s << u"pool"_s;
    QTest::newRow("scheme") << u"mysql://maria@db/pinedesk"_s << u"neither"_s;
    QTest::newRow("empty") << u"  "_s << u"empty"_s;
}

void TestDatabaseTarget::refusesWhatCannotWork()
{
    QFETCH(QString, text);
    QFETCH(QString, why);
    const auto t = DatabaseTarget::parse(text);
    QVERIFY(!t.ok());
    QVERIFY2(t.error().message().contains(why), qPrintable(t.error().message()));
    QVERIFY2(!t.error().message().contains(u"secret"_s), "the message repeats the password");
}

QTEST_GUILESS_MAIN(TestDatabaseTarget)
#include "tst_databasetarget.moc"
