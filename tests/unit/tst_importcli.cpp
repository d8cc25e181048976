#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray gumroadExport =
    "Purchase ID,Item Name,Buyer Name,Purchase Email,Purchase Date,Purchase Time (UTC timezone),"
    "Sale Price ($),Net Total ($),Fully Refunded?,TradingView username\n"
    "g1,Gold,Ana Ruiz,ana@example.com,2026-02-01,2026-02-01 10:00:00 UTC,99.0,88.6,0,AnaTrader\n"
    "g2,Gold,Bo Lee,bo@example.com,2026-02-02,2026-02-02 11:00:00 UTC,99.0,88.6,0,bad name\n"
    "g3,Gold,Cy Moss,not-an-email,2026-02-03,2026-02-03 12:00:00 UTC,99.0,88.6,0,cy\n"
    "g4,Gold,Di Fox,di@example.com,2026-02-04,2026-02-04 13:00:00 UTC,99.0,88.6,0,di_fx\n"
    "Totals,,,,,,396.0,354.4,,\n";

} // namespace

// `pinedesk import clients FILE` as a script runs it: the real executable on a temporary
// database, what it prints, its exit codes, and that --dry-run writes nothing.
class TestImportCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpAndUsage();
    void unreadableFile();
    void dryRunPrintsAndChangesNothing();
    void importPrintsRejectedLinesAndIsRepeatable();
    void jsonAndCleanFile();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &args);
    QString write(const QByteArray &bytes);
    qint64 count(const QString &sql);

    QTemporaryDir m_home;
    QString m_db;
    int m_files = 0;
};

void TestImportCli::initTestCase()
{
    QVERIFY(m_home.isValid());
}

TestImportCli::Run TestImportCli::run(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, m_home.path());
    env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PINEDESK_EXE), QStringList{u"--db"_s, m_db} + args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString TestImportCli::write(const QByteArray &bytes)
{
    const QString path = m_home.filePath(u"in%1.csv"_s.arg(++m_files));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

qint64 TestImportCli::count(const QString &sql)
{
    qint64 n = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(m_db);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                n = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(u"check"_s);
    return n;
}

void TestImportCli::helpAndUsage()
{
    m_db = m_home.filePath(u"usage.sqlite"_s);
    const Run help = run({u"import"_s, u"--help"_s});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains(u"--dry-run"_s));
    QVERIFY(help.out.contains(u"--layout"_s));
    QVERIFY(help.out.contains(u"Exit status"_s));
    QCOMPARE(run({u"import"_s}).code, 2);
    QCOMPARE(run({u"import"_s, u"people"_s, u"x.csv"_s}).code, 2);
    const Run layout =
        run({u"import"_s, u"clients"_s, write(gumroadExport), u"--layout"_s, u"x"_s});
    QCOMPARE(layout.code, 2);
    QVERIFY(layout.err.contains(u"gumroad"_s));
    const Run global = run({u"--help"_s});
    QVERIFY(global.out.contains(u"import"_s));
}

void TestImportCli::unreadableFile()
{
    m_db = m_home.filePath(u"unreadable.sqlite"_s);
    const Run r = run({u"import"_s, u"clients"_s, m_home.filePath(u"nope.csv"_s)});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"Cannot read"_s) && r.err.contains(u"nope.csv"_s), qPrintable(r.err));
}

void TestImportCli::dryRunPrintsAndChangesNothing()
{
    m_db = m_home.filePath(u"dry.sqlite"_s);
    const Run r = run({u"import"_s, u"clients"_s, write(gumroadExport), u"--dry-run"_s});
    QVERIFY2(r.code == 1, qPrintable(r.out + r.err)); // lines were rejected
    QVERIFY2(r.out.contains(u"Dry run"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"Gumroad"_s));
    QVERIFY2(r.out.contains(u"2 new client"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"2 new payment"_s));
    QVERIFY(r.out.contains(u"line 3: "_s));
    QVERIFY(r.out.contains(u"line 4: "_s));
    QCOMPARE(count(u"SELECT COUNT(*) FROM clients"_s), 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM payments"_s), 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log"_s), 0);
}

void TestImportCli::importPrintsRejectedLinesAndIsRepeatable()
{
    m_db = m_home.filePath(u"real.sqlite"_s);
    const QString file = write(gumroadExport);
    const Run r = run({u"import"_s, u"clients"_s, file});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(u"Imported:"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"line 3: The TradingView username \"bad name\" contains a space"_s));
    QVERIFY(r.out.contains(u"line 4: \"not-an-email\" is not an e-mail address"_s));
    QVERIFY(!r.out.contains(u"line 6"_s)); // the Totals line is not a client
    QCOMPARE(count(u"SELECT COUNT(*) FROM clients"_s), 2);
    QCOMPARE(count(u"SELECT COUNT(*) FROM payments"_s), 2);
    // Again: nothing new, no payment twice.
    const Run again = run({u"import"_s, u"clients"_s, file});
    QVERIFY2(again.out.contains(u"0 new client"_s), qPrintable(again.out));
    QVERIFY(again.out.contains(u"2 payment(s) already recorded"_s) ||
            again.out.contains(u"2 payments already recorded"_s));
    QCOMPARE(count(u"SELECT COUNT(*) FROM clients"_s), 2);
    QCOMPARE(count(u"SELECT COUNT(*) FROM payments"_s), 2);
}

void TestImportCli::jsonAndCleanFile()
{
    m_db = m_home.filePath(u"json.sqlite"_s);
    const Run r =
        run({u"import"_s, u"clients"_s, write(gumroadExport), u"--json"_s, u"--no-payments"_s});
    QCOMPARE(r.code, 1);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(u"layout"_s).toString(), u"gumroad"_s);
    QCOMPARE(o.value(u"created"_s).toInt(), 2);
    QCOMPARE(o.value(u"payments"_s).toInt(), 0);
    QCOMPARE(o.value(u"mapping"_s).toObject().value(u"username"_s).toString(),
             u"TradingView username"_s);
    const QJsonArray rejected = o.value(u"rejected"_s).toArray();
    QCOMPARE(rejected.size(), 2);
    QCOMPARE(rejected.at(0).toObject().value(u"line"_s).toInt(), 3);
    QCOMPARE(count(u"SELECT COUNT(*) FROM payments"_s), 0);

    // Every line good: exit 0. A Latin-1 semicolon file with a plain header.
    m_db = m_home.filePath(u"clean.sqlite"_s);
    const Run clean = run({u"import"_s, u"clients"_s, write("username;name\nmueller;M\xFCller\n")});
    QVERIFY2(clean.code == 0, qPrintable(clean.out + clean.err));
    QVERIFY(clean.out.contains(u"Latin-1"_s));
    QCOMPARE(count(u"SELECT COUNT(*) FROM clients"_s), 1);
}

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_importcli.moc"
