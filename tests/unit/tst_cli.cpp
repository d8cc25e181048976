#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The command line as a user (or cron) runs it: exit codes and messages of the real executable.
class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpAndVersion();
    void unknownCommandIsAUsageError();
    void demoDataWritesAFileAndRefusesToOverwrite();
    void demoDataRejectsBadNumbers();
    void guiWithoutDisplayExplainsWhatToDo();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &args, bool withDisplay = false);
    QTemporaryDir m_home;
};

void TestCli::initTestCase()
{
    QVERIFY(m_home.isValid());
}

TestCli::Run TestCli::run(const QStringList &args, bool withDisplay)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // A private profile: nothing may land in the real user's folders.
    env.insert(u"HOME"_s, m_home.path());
    env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
    if (!withDisplay) {
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.remove(u"QT_QPA_PLATFORM"_s);
    }
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PINEDESK_EXE), args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void TestCli::helpAndVersion()
{
    const Run help = run({u"--help"_s});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains(u"demo-data"_s));
    QVERIFY(help.out.contains(u"--db PATH"_s));
    const Run version = run({u"--version"_s});
    QCOMPARE(version.code, 0);
    QVERIFY2(version.out.startsWith(u"PineDesk 0."_s), qPrintable(version.out));
    const Run sub = run({u"demo-data"_s, u"--help"_s});
    QCOMPARE(sub.code, 0);
    QVERIFY(sub.out.contains(u"--clients"_s));
}

void TestCli::unknownCommandIsAUsageError()
{
    const Run r = run({u"frobnicate"_s});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(u"Unknown command \"frobnicate\""_s));
    const Run o = run({u"--bogus"_s});
    QCOMPARE(o.code, 2);
    QVERIFY(o.err.contains(u"Unknown option"_s));
    const Run db = run({u"--db"_s});
    QCOMPARE(db.code, 2);
}

void TestCli::demoDataWritesAFileAndRefusesToOverwrite()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"demo.sqlite"_s);
    const QStringList args = {u"demo-data"_s, u"--clients"_s, u"80"_s, u"--seed"_s,
                              u"3"_s,         u"--out"_s,     out,     u"--as-of"_s,
                              u"2026-06-01"_s};
    const Run first = run(args);
    QVERIFY2(first.code == 0, qPrintable(first.err));
    QVERIFY2(first.out.contains(u"80 clients"_s), qPrintable(first.out));
    QVERIFY(QFile::exists(out));
    const Run again = run(args);
    QCOMPARE(again.code, 1);
    QVERIFY(again.err.contains(u"already exists"_s));
    const Run forced = run(args + QStringList{u"--force"_s});
    QVERIFY2(forced.code == 0, qPrintable(forced.err));
    QCOMPARE(forced.out.section(u" in "_s, 0, 0), first.out.section(u" in "_s, 0, 0));
    // --db is the default output when --out is missing.
    const QString viaDb = dir.filePath(u"viadb.sqlite"_s);
    const Run db = run({u"--db"_s, viaDb, u"demo-data"_s, u"--clients"_s, u"5"_s});
    QVERIFY2(db.code == 0, qPrintable(db.err));
    QVERIFY(QFile::exists(viaDb));
}

void TestCli::demoDataRejectsBadNumbers()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"x.sqlite"_s);
    for (const QStringList &bad :
         {QStringList{u"--clients"_s, u"many"_s}, QStringList{u"--clients"_s, u"-3"_s},
          QStringList{u"--seed"_s, u"x"_s}, QStringList{u"--as-of"_s, u"yesterday"_s},
          QStringList{u"--what"_s}}) {
        const Run r = run(QStringList{u"demo-data"_s, u"--out"_s, out} + bad);
        QVERIFY2(r.code == 2, qPrintable(bad.join(u' ') + u": "_s + r.err));
        QVERIFY(!r.err.isEmpty());
        QVERIFY(!QFile::exists(out));
    }
}

void TestCli::guiWithoutDisplayExplainsWhatToDo()
{
    const Run r = run({});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(u"xvfb-run"_s), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
