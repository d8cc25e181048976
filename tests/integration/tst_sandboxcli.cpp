#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::Literals::StringLiterals;

// What a person does by hand: start `pinedesk sandbox serve`, then grant, extend, list and
// revoke with `pinedesk tv`, then stop the server and find the state saved.
class TestSandboxCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void grantExtendListRevokeByHand();
    void exitCodesTellCasesApart();
    void grantSyncQueueReconcileHeadless();
    void stateIsSavedOnSigterm();
    void cleanupTestCase();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run tv(const QStringList &args, const QByteArray &session = "sessionid=cli-token");
    Run pinedesk(const QStringList &args);

    QTemporaryDir m_dir;
    QProcess m_server;
    QString m_baseUrl;
    QString m_pine;
    QString m_statePath;
};

void TestSandboxCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_statePath = m_dir.filePath(u"state.json"_s);
    m_server.setProcessChannelMode(QProcess::SeparateChannels);
    m_server.start(QStringLiteral(PINEDESK_EXE),
                   {u"sandbox"_s, u"serve"_s, u"--port"_s, u"0"_s, u"--session"_s, u"cli-token"_s,
                    u"--users"_s, u"40"_s, u"--scripts"_s, u"2"_s, u"--state"_s, m_statePath});
    QVERIFY(m_server.waitForStarted(10000));
    QString banner;
    QVERIFY(QTest::qWaitFor(
        [&] {
            banner += QString::fromUtf8(m_server.readAllStandardOutput());
            return banner.contains(u"listening on "_s) || m_server.state() == QProcess::NotRunning;
        },
        20000));
    const auto listening =
        QRegularExpression(u"listening on (http://127\\.0\\.0\\.1:\\d+)"_s).match(banner);
    QVERIFY2(listening.hasMatch(), qPrintable(banner));
    m_baseUrl = listening.captured(1);
    const auto script = QRegularExpression(u"script: (PUB;[0-9a-f]{32})"_s).match(banner);
    QVERIFY2(script.hasMatch(), qPrintable(banner));
    m_pine = script.captured(1);
    QVERIFY(banner.contains(u"sessionid=cli-token"_s));
}

TestSandboxCli::Run TestSandboxCli::tv(const QStringList &args, const QByteArray &session)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PINEDESK_TV_SESSION"_s, QString::fromLatin1(session));
    env.insert(u"HOME"_s, m_dir.path());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PINEDESK_EXE), QStringList{u"--base-url"_s, m_baseUrl, u"tv"_s} + args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void TestSandboxCli::grantExtendListRevokeByHand()
{
    QCOMPARE(tv({u"check"_s}).code, 0);
    const Run valid = tv({u"validate"_s, u"TRADER00007"_s});
    QCOMPARE(valid.code, 0);
    QVERIFY(valid.out.contains(u"trader00007"_s));

    const Run add = tv({u"add"_s, m_pine, u"trader00007"_s, u"--expiration"_s, u"2030-01-31"_s});
    QVERIFY2(add.code == 0, qPrintable(add.err));
    QVERIFY(add.out.contains(u"2030-01-31T23:59:59.999Z"_s));
    const Run again = tv({u"add"_s, m_pine, u"trader00007"_s, u"--expiration"_s, u"2031-01-31"_s});
    QCOMPARE(again.code, 0);
    QVERIFY(again.out.contains(u"already has access"_s));
    const Run extend =
        tv({u"modify"_s, m_pine, u"trader00007"_s, u"--expiration"_s, u"2031-01-31"_s});
    QCOMPARE(extend.code, 0);

    const Run list = tv({u"list"_s, m_pine, u"--json"_s});
    QCOMPARE(list.code, 0);
    const QJsonArray grants = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(grants.size(), 1);
    QCOMPARE(grants.first().toObject().value(u"username"_s).toString(), u"trader00007"_s);
    QCOMPARE(grants.first().toObject().value(u"expiration"_s).toString(),
             u"2031-01-31T23:59:59.999Z"_s);

    QCOMPARE(tv({u"modify"_s, m_pine, u"trader00007"_s, u"--lifetime"_s}).code, 0);
    QVERIFY(tv({u"list"_s, m_pine}).out.contains(u"trader00007\tlifetime"_s));
    QCOMPARE(tv({u"remove"_s, m_pine, u"trader00007"_s}).code, 0);
    QCOMPARE(tv({u"list"_s, m_pine, u"--json"_s}).out.trimmed(), u"[\n]"_s);
    const Run scripts = tv({u"scripts"_s});
    QCOMPARE(scripts.code, 0);
    QVERIFY(scripts.out.contains(m_pine + u"\tSandbox Script"_s));
}

void TestSandboxCli::exitCodesTellCasesApart()
{
    QCOMPARE(tv({u"add"_s, m_pine, u"nobody_here"_s}).code, 1);        // refused
    QCOMPARE(tv({u"add"_s, m_pine}).code, 2);                          // usage
    QCOMPARE(tv({u"add"_s, u"PUB;nope"_s, u"trader00001"_s}).code, 2); // bad pine id
    QCOMPARE(tv({u"modify"_s, m_pine, u"trader00001"_s}).code, 2);     // no date/lifetime
    const Run expired = tv({u"check"_s}, "sessionid=stale");
    QCOMPARE(expired.code, 3);
    QVERIFY(expired.err.contains(u"session"_s));
    QVERIFY(!expired.err.contains(u"stale"_s)); // the cookie is never echoed
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PINEDESK_TV_SESSION"_s, u"sessionid=x"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PINEDESK_EXE),
            {u"--base-url"_s, u"http://127.0.0.1:1"_s, u"tv"_s, u"check"_s});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 4); // nobody listens there
}

TestSandboxCli::Run TestSandboxCli::pinedesk(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PINEDESK_TV_SESSION"_s, u"sessionid=cli-token"_s);
    env.insert(u"HOME"_s, m_dir.path());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PINEDESK_EXE),
            QStringList{u"--db"_s, m_dir.filePath(u"cli.sqlite"_s), u"--base-url"_s, m_baseUrl} +
                args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void TestSandboxCli::grantSyncQueueReconcileHeadless()
{
    QFile users(m_dir.filePath(u"users.txt"_s));
    QVERIFY(users.open(QIODevice::WriteOnly));
    users.write("trader00020\n@trader00021, TRADER00022\nghost_trader\nbad!name\n");
    users.close();
    const Run grant = pinedesk({u"grant"_s, u"--users"_s, users.fileName(), u"--indicator"_s,
                                m_pine, u"--duration"_s, u"30D"_s});
    QVERIFY2(grant.code == 0, qPrintable(grant.err));
    QVERIFY2(grant.out.contains(u"4 change(s) queued"_s), qPrintable(grant.out));
    QVERIFY(grant.err.contains(u"bad!name"_s)); // the invalid entry is reported, the rest goes on
    QCOMPARE(pinedesk({u"grant"_s, u"--users"_s, u"x"_s, u"--indicator"_s, m_pine}).code, 2);

    const Run sync = pinedesk({u"sync"_s, u"--until-idle"_s});
    QCOMPARE(sync.code, 1); // ghost_trader does not exist: a dead row
    QVERIFY(sync.err.contains(u"could not be applied"_s));
    const Run queue = pinedesk({u"queue"_s, u"--json"_s});
    QCOMPARE(queue.code, 0);
    const QJsonObject q = QJsonDocument::fromJson(queue.out.toUtf8()).object();
    QCOMPARE(q.value(u"counts"_s).toObject().value(u"done"_s).toInt(), 3);
    QCOMPARE(q.value(u"dead"_s).toArray().first().toObject().value(u"username"_s).toString(),
             u"ghost_trader"_s);
    QVERIFY(tv({u"list"_s, m_pine}).out.contains(u"trader00022"_s));

    QCOMPARE(pinedesk({u"revoke"_s, u"--users"_s, u"trader00020"_s, u"--indicator"_s, m_pine}).code,
             0);
    QCOMPARE(tv({u"remove"_s, m_pine, u"trader00021"_s}).code, 0); // drift made on TradingView
    const Run drift = pinedesk({u"reconcile"_s, u"--json"_s});
    QCOMPARE(drift.code, 1);
    QVERIFY(drift.out.contains(u"\"missing\""_s));
    QCOMPARE(pinedesk({u"reconcile"_s, u"--fix"_s}).code, 0);
    QCOMPARE(pinedesk({u"sync"_s, u"--until-idle"_s}).code, 1); // ghost_trader is still dead
    QVERIFY(tv({u"list"_s, m_pine}).out.contains(u"trader00021"_s));
    QVERIFY(!tv({u"list"_s, m_pine}).out.contains(u"trader00020"_s));

    // The vendor's controls over the queue.
    const Run retried = pinedesk({u"queue"_s, u"--retry-dead"_s});
    QCOMPARE(retried.code, 0);
    QVERIFY2(retried.out.contains(u"queued again"_s), qPrintable(retried.out));
    QCOMPARE(pinedesk({u"queue"_s, u"--pause"_s, u"1"_s}).code, 0);
    QCOMPARE(pinedesk({u"queue"_s, u"--resume"_s, u"1"_s}).code, 0);
    QCOMPARE(pinedesk({u"queue"_s, u"--pause"_s, u"soon"_s}).code, 2);
    const Run cancelled = pinedesk({u"queue"_s, u"--cancel"_s, u"all"_s});
    QCOMPARE(cancelled.code, 0);
    QVERIFY2(cancelled.out.contains(u"unchanged"_s), qPrintable(cancelled.out)); // says so
    QCOMPARE(pinedesk({u"sync"_s, u"--until-idle"_s, u"--base-url"_s, m_baseUrl}).code, 0);
}

void TestSandboxCli::stateIsSavedOnSigterm()
{
    QCOMPARE(tv({u"add"_s, m_pine, u"trader00009"_s}).code, 0);
    ::kill(pid_t(m_server.processId()), SIGTERM);
    QVERIFY(m_server.waitForFinished(20000));
    QCOMPARE(m_server.exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_server.exitCode(), 0);
    QFile state(m_statePath);
    QVERIFY(state.open(QIODevice::ReadOnly));
    const QByteArray saved = state.readAll();
    QVERIFY(saved.contains("trader00009"));
    QVERIFY(saved.contains(m_pine.toLatin1()));
}

void TestSandboxCli::cleanupTestCase()
{
    if (m_server.state() != QProcess::NotRunning) {
        m_server.kill();
        m_server.waitForFinished(5000);
    }
}

QTEST_GUILESS_MAIN(TestSandboxCli)
#include "tst_sandboxcli.moc"
