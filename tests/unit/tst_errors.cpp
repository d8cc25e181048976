#include "TestDatabase.h"
#include "logging/LogCategories.h"
#include "logging/LogFile.h"
#include "store/Statement.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

using namespace pinedesk;
using namespace pinedesk::test;
using namespace Qt::Literals::StringLiterals;

// Typed errors: the kind from the driver's code, a sentence for the vendor without SQL, the
// technical detail for the log; and the rotating log file that receives it.
class TestErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kindsFromNativeCodes_data();
    void kindsFromNativeCodes();
    void failedStatementSaysWhatToDoNotSql();
    void constraintIsAConflict();
    void injectedFaultFailsOnlyMatchingStatements();
    void logFileKeepsCategoriesAndRotates();
    void ourCategoriesStayOutOfTheTerminal();
};

void TestErrors::kindsFromNativeCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("kind");
    QTest::newRow("sqlite busy") << u"5"_s << int(Error::Kind::Busy);
    QTest::newRow("sqlite locked") << u"6"_s << int(Error::Kind::Busy);
    QTest::newRow("sqlite busy snapshot (extended)") << u"517"_s << int(Error::Kind::Busy);
    QTest::newRow("sqlite readonly") << u"8"_s << int(Error::Kind::Permission);
    QTest::newRow("sqlite corrupt") << u"11"_s << int(Error::Kind::Corrupt);
    QTest::newRow("sqlite not a database") << u"26"_s << int(Error::Kind::Corrupt);
    QTest::newRow("sqlite unique (extended)") << u"2067"_s << int(Error::Kind::Conflict);
    QTest::newRow("sqlite full") << u"13"_s << int(Error::Kind::Io);
    QTest::newRow("postgres unique") << u"23505"_s << int(Error::Kind::Conflict);
    QTest::newRow("postgres deadlock") << u"40P01"_s << int(Error::Kind::Busy);
    QTest::newRow("postgres privilege") << u"42501"_s << int(Error::Kind::Permission);
    QTest::newRow("postgres connection") << u"08006"_s << int(Error::Kind::Io);
}

void TestErrors::kindsFromNativeCodes()
{
    QFETCH(QString, code);
    QFETCH(int, kind);
    const QSqlError e(u"driver"_s, u"database"_s, QSqlError::StatementError, code);
    QCOMPARE(int(StoreError::kindOf(e)), kind);
}

void TestErrors::failedStatementSaysWhatToDoNotSql()
{
    TestDatabase db;
    Statement st(db.database().connection(), u"SELECT nothing FROM no_such_table"_s);
    const Status s = st.exec();
    QVERIFY(!s);
    QVERIFY(!s.error().message().isEmpty());
    QVERIFY(!s.error().message().contains(u"SELECT"_s));
    QVERIFY(!s.error().message().contains(u"no_such_table"_s));
    QVERIFY(s.error().detail().contains(u"no_such_table"_s)); // for the log
}

void TestErrors::constraintIsAConflict()
{
    TestDatabase db;
    const QSqlDatabase c = db.database().connection();
    QVERIFY(Statement(c, u"CREATE TABLE t (k TEXT PRIMARY KEY)"_s).exec());
    QVERIFY(Statement(c, u"INSERT INTO t VALUES ('a')"_s).exec());
    const Status s = Statement(c, u"INSERT INTO t VALUES ('a')"_s).exec();
    QVERIFY(!s);
    QCOMPARE(s.error().kind(), Error::Kind::Conflict);
}

void TestErrors::injectedFaultFailsOnlyMatchingStatements()
{
    TestDatabase db;
    const QSqlDatabase c = db.database().connection();
    StoreError::setFault(u"FROM clients"_s);
    Statement hit(c, u"SELECT COUNT(*) FROM clients"_s);
    const auto failed = hit.execAndFirst();
    QVERIFY(!failed);
    QCOMPARE(failed.error().kind(), Error::Kind::Io);
    QVERIFY(Statement(c, u"SELECT COUNT(*) FROM indicators"_s).execAndFirst());
    StoreError::setFault({});
    QVERIFY(Statement(c, u"SELECT COUNT(*) FROM clients"_s).execAndFirst());
}

void TestErrors::logFileKeepsCategoriesAndRotates()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"logs/pinedesk.log"_s);
    QVERIFY(LogFile::install(path, 2048, 2));
    QCOMPARE(LogFile::path(), path);
    for (int i = 0; i < 200; ++i)
        qCWarning(lcStore) << "line" << i << QByteArray(40, 'x');
    LogFile::uninstall();
    QVERIFY(QFile::exists(path));
    QVERIFY(QFile::exists(path + u".1"_s));
    QVERIFY(QFile::exists(path + u".2"_s));
    QVERIFY(!QFile::exists(path + u".3"_s)); // only `keep` old files
    QFile current(path);
    QVERIFY(current.open(QIODevice::ReadOnly));
    const QByteArray text = current.readAll();
    QVERIFY(text.size() <= 2048 + 200);
    QVERIFY(text.contains("warning pinedesk.store: line 199"));
}

namespace {
QStringList forwarded;
void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    forwarded.append(message);
}
} // namespace

void TestErrors::ourCategoriesStayOutOfTheTerminal()
{
    QTemporaryDir dir;
    const QtMessageHandler before = qInstallMessageHandler(capture);
    QVERIFY(LogFile::install(dir.filePath(u"pinedesk.log"_s)));
    forwarded.clear();
    qCInfo(lcLease) << "technical info";
    qCWarning(lcStore) << "technical warning";
    qCCritical(lcStore) << "critical";
    qInfo("from Qt or a library");
    LogFile::uninstall();
    qInstallMessageHandler(before);
    // The terminal (the previous handler) sees the critical one and other categories only.
    QCOMPARE(forwarded, (QStringList{u"critical"_s, u"from Qt or a library"_s}));
    QFile log(dir.filePath(u"pinedesk.log"_s));
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray text = log.readAll();
    QVERIFY(text.contains("info pinedesk.lease: technical info"));
    QVERIFY(text.contains("warning pinedesk.store: technical warning"));
}

QTEST_GUILESS_MAIN(TestErrors)
#include "tst_errors.moc"
