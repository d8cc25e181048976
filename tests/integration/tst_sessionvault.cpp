#include "Waiter.h"
#include "tradingview/SessionVault.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace pinedesk;
using namespace pinedesk::test;
using namespace Qt::Literals::StringLiterals;

// The session in a real keychain: a private D-Bus session with an unlocked gnome-keyring, which
// packaging/test.sh provides. Without one these tests fail and say why (they never skip).
class TestSessionVault : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTripThroughTheKeychain();
    void environmentOverridesTheKeychain();
    void missingKeychainGivesAClearMessage();
    void cookieNeverPrinted();

private:
    QString m_key;
};

void TestSessionVault::initTestCase()
{
    qunsetenv(SessionVault::environmentVariable);
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("No D-Bus session: run the tests through packaging/test.sh, which starts a private "
              "D-Bus session with an unlocked gnome-keyring.");
    m_key = u"test-%1"_s.arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
}

void TestSessionVault::roundTripThroughTheKeychain()
{
    SessionVault vault(u"PineDesk-tests"_s, m_key);
    const TvSession session(u"abc123secret"_s, u"v3:sign+/="_s);
    Waiter<Status> stored;
    vault.store(session, stored.callback());
    QTRY_VERIFY_WITH_TIMEOUT(stored.done(), 20000);
    QVERIFY2(stored.value().ok(), qPrintable(stored.value().error()));

    Waiter<Expected<std::optional<TvSession>>> loaded;
    SessionVault other(u"PineDesk-tests"_s, m_key); // a new vault reads what the first wrote
    other.load(loaded.callback());
    QTRY_VERIFY_WITH_TIMEOUT(loaded.done(), 20000);
    QVERIFY2(loaded.value().ok(),
             qPrintable(loaded.value().ok() ? QString() : loaded.value().error().message()));
    QCOMPARE(loaded.value().value(), std::optional<TvSession>(session));

    Waiter<Status> cleared;
    vault.clear(cleared.callback());
    QTRY_VERIFY_WITH_TIMEOUT(cleared.done(), 20000);
    QVERIFY(cleared.value().ok());
    loaded.reset();
    other.load(loaded.callback());
    QTRY_VERIFY_WITH_TIMEOUT(loaded.done(), 20000);
    QVERIFY(loaded.value().ok());
    QVERIFY(!loaded.value().value().has_value());
}

void TestSessionVault::environmentOverridesTheKeychain()
{
    qputenv(SessionVault::environmentVariable, "sessionid=fromenv; sessionid_sign=v3:env");
    SessionVault vault(u"PineDesk-tests"_s, m_key);
    Waiter<Expected<std::optional<TvSession>>> loaded;
    vault.load(loaded.callback());
    QTRY_VERIFY(loaded.done());
    QCOMPARE(loaded.value().value()->sessionId(), u"fromenv"_s);
    qputenv(SessionVault::environmentVariable, "theme=dark");
    loaded.reset();
    vault.load(loaded.callback());
    QTRY_VERIFY(loaded.done());
    QVERIFY(!loaded.value().ok());
    QVERIFY(loaded.value().error().message().contains(u"PINEDESK_TV_SESSION"_s));
    qunsetenv(SessionVault::environmentVariable);
}

void TestSessionVault::missingKeychainGivesAClearMessage()
{
    QTemporaryDir home;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/bus"_s);
    env.insert(u"HOME"_s, home.path());
    env.remove(QString::fromLatin1(SessionVault::environmentVariable));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PINEDESK_EXE), {u"session"_s, u"set"_s});
    p.write("sessionid=abc123secret\n");
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(60000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitCode(), 1);
    QVERIFY2(err.contains(u"No system keychain"_s), qPrintable(err));
    QVERIFY(err.contains(u"PINEDESK_TV_SESSION"_s));
    QVERIFY(!err.contains(u"abc123secret"_s));
}

void TestSessionVault::cookieNeverPrinted()
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QString::fromLatin1(SessionVault::environmentVariable));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PINEDESK_EXE), {u"session"_s, u"set"_s});
    p.write("sessionid=zyxwvutsrq987654; sessionid_sign=v3:topsecret\n");
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(60000));
    const QString all = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(!all.contains(u"zyxwvutsrq987654"_s));
    QVERIFY(!all.contains(u"topsecret"_s));
    QProcess clear;
    clear.setProcessEnvironment(env);
    clear.start(QStringLiteral(PINEDESK_EXE), {u"session"_s, u"clear"_s});
    QVERIFY(clear.waitForFinished(60000));
    QCOMPARE(clear.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestSessionVault)
#include "tst_sessionvault.moc"
