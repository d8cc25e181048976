// `pinedesk serve` end to end over real HTTP: Stripe-signed sales become payments and grants on
// the sandbox, redeliveries change nothing, 50 events at once are all applied once, a bad
// signature is refused, and a serve killed mid-stream loses and doubles nothing once the
// provider delivers again.
#include "SyncHarness.h"
#include "TestDatabase.h"
#include "automation/Hmac.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace pinedesk;
using namespace pinedesk::test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray secret = "whsec_e2e_pinedesk_serve";

QByteArray checkout(int n, const QString &username)
{
    const QJsonObject session{
        {u"id"_s, u"cs_e2e_%1"_s.arg(n)},
        {u"object"_s, u"checkout.session"_s},
        {u"mode"_s, u"payment"_s},
        {u"customer"_s, u"cus_e2e_%1"_s.arg(n)},
        {u"payment_link"_s, u"plink_Monthly"_s},
        {u"payment_intent"_s, u"pi_e2e_%1"_s.arg(n)},
        {u"payment_status"_s, u"paid"_s},
        {u"amount_total"_s, 4900},
        {u"currency"_s, u"usd"_s},
        {u"created"_s, QDateTime::currentSecsSinceEpoch()},
        {u"customer_details"_s, QJsonObject{{u"email"_s, u"%1@example.com"_s.arg(username)}}},
        {u"custom_fields"_s,
         QJsonArray{QJsonObject{{u"key"_s, u"tradingviewusername"_s},
                                {u"text"_s, QJsonObject{{u"value"_s, username}}}}}}};
    const QJsonObject event{{u"id"_s, u"evt_e2e_%1"_s.arg(n)},
                            {u"object"_s, u"event"_s},
                            {u"type"_s, u"checkout.session.completed"_s},
                            {u"data"_s, QJsonObject{{u"object"_s, session}}}};
    return QJsonDocument(event).toJson(QJsonDocument::Compact);
}

} // namespace

class TestServe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void salesBecomeGrantsOnceEvenAcrossAKill();

private:
    int cli(const QStringList &arguments, QByteArray *output = nullptr);
    QProcess *startServe();
    QNetworkReply *post(const QByteArray &body, const QByteArray &signingSecret = secret);
    int grants();
    // Posts the sales from..to at once; the HTTP statuses once all are answered.
    QList<int> statusesOfSales(int from, int to);

    QTemporaryDir m_home;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<SandboxFixture> m_sandbox;
    QNetworkAccessManager m_network;
    quint16 m_port = 0;
};

void TestServe::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY(m_db->isOpen());
    m_sandbox = std::make_unique<SandboxFixture>(SandboxConfig{}, 200, 1);
    QVERIFY(m_sandbox->isListening());
    QCOMPARE(cli({u"indicators"_s, u"add"_s, m_sandbox->pine(), u"--name"_s, u"Signals"_s}), 0);
    QCOMPARE(cli({u"plans"_s, u"add"_s, u"Monthly"_s, u"--indicator"_s, m_sandbox->pine(),
                  u"--duration"_s, u"1M"_s, u"--price"_s, u"49.00 USD"_s}),
             0);
    QCOMPARE(
        cli({u"products"_s, u"map"_s, u"stripe"_s, u"plink_Monthly"_s, u"--plan"_s, u"monthly"_s}),
        0);
    QCOMPARE(cli({u"products"_s, u"map"_s, u"stripe"_s, u"x"_s, u"--plan"_s, u"Yearly"_s}), 1);
}

int TestServe::cli(const QStringList &arguments, QByteArray *output)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, m_home.path());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PINEDESK_EXE), QStringList{u"--db"_s, m_db->path()} + arguments);
    if (!p.waitForFinished(60000))
        return -1;
    if (p.exitCode() != 0)
        qWarning() << arguments << p.readAllStandardError();
    if (output)
        *output = p.readAllStandardOutput();
    return p.exitCode();
}

QProcess *TestServe::startServe()
{
    m_port = 0;
    auto *p = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, m_home.path());
    env.insert(u"PINEDESK_TV_SESSION"_s, u"sessionid=sandbox-session"_s);
    env.insert(u"PINEDESK_WEBHOOK_SECRET_STRIPE"_s, QString::fromLatin1(secret));
    env.insert(u"PINEDESK_SYNC_WRITE_RATE"_s, u"200"_s);
    env.insert(u"PINEDESK_SYNC_WRITE_CEILING"_s, u"200"_s);
    env.insert(u"PINEDESK_LEASE_HEARTBEAT"_s, u"0.2"_s);
    env.insert(u"PINEDESK_LEASE_STALE"_s, u"2"_s);
    p->setProcessEnvironment(env);
    p->start(QStringLiteral(PINEDESK_EXE),
             {u"--db"_s, m_db->path(), u"--base-url"_s, m_sandbox->url({}).toString(), u"serve"_s,
              u"--listen"_s, u"127.0.0.1:0"_s});
    QByteArray said;
    static const QRegularExpression listening(u"Listening on http://127.0.0.1:(\\d+)"_s);
    [[maybe_unused]] const bool up = QTest::qWaitFor(
        [&] {
            said += p->readAllStandardError();
            const auto match = listening.match(QString::fromUtf8(said));
            if (match.hasMatch())
                m_port = quint16(match.captured(1).toUInt());
            return match.hasMatch() || p->state() == QProcess::NotRunning;
        },
        30000);
    return p;
}

QNetworkReply *TestServe::post(const QByteArray &body, const QByteArray &signingSecret)
{
    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/webhooks/stripe"_s.arg(m_port)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    const QByteArray t = QByteArray::number(QDateTime::currentSecsSinceEpoch());
    const QByteArray signature =
        Hmac::sign(QCryptographicHash::Sha256, signingSecret, QByteArray(t + '.' + body)).toHex();
    request.setRawHeader("Stripe-Signature", "t=" + t + ",v1=" + signature);
    return m_network.post(request, body);
}

QList<int> TestServe::statusesOfSales(int from, int to)
{
    QList<QNetworkReply *> replies;
    for (int i = from; i <= to; ++i)
        replies.append(post(checkout(i, traders(i, i).first())));
    const bool answered = QTest::qWaitFor(
        [&] {
            return std::all_of(replies.cbegin(), replies.cend(),
                               [](QNetworkReply *r) { return r->isFinished(); });
        },
        30000);
    QList<int> statuses;
    for (QNetworkReply *r : std::as_const(replies))
        statuses.append(answered ? r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()
                                 : -1);
    return statuses;
}

int TestServe::grants()
{
    return int(m_sandbox->state().script(m_sandbox->pine())->grants.size());
}

void TestServe::salesBecomeGrantsOnceEvenAcrossAKill()
{
    QProcess *serve = startServe();
    QVERIFY2(m_port != 0, serve->readAllStandardError().constData());

    // 50 distinct sales at once.
    QCOMPARE(statusesOfSales(1, 50), QList<int>(50, 200));
    QTRY_COMPARE_WITH_TIMEOUT(grants(), 50, 60000);
    QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM payments"_s).toInt(), 50);

    // Redeliveries: answered 200, nothing new.
    QNetworkReply *again = post(checkout(7, traders(7, 7).first()));
    QTRY_VERIFY(again->isFinished());
    QCOMPARE(again->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(again->readAll().contains("duplicate"));
    // A forged one: refused, recorded, nothing applied.
    QNetworkReply *forged = post(checkout(99, traders(99, 99).first()), "whsec_guess");
    QTRY_VERIFY(forged->isFinished());
    QCOMPARE(forged->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
    // A username TradingView does not know: kept for the vendor, nothing granted.
    QNetworkReply *unknown = post(checkout(98, u"nobody_here_98"_s));
    QTRY_VERIFY(unknown->isFinished());
    QTRY_COMPARE(m_db->scalar(u"SELECT state FROM webhook_events WHERE event_key = "
                              "'evt_e2e_98'"_s)
                     .toString(),
                 u"needs_attention"_s);

    // What a delivery carries is printed by 'webhooks inbox', never obeyed by the terminal.
    QNetworkReply *escaping = post(checkout(97, u"evil\x1b[2J\x1b]0;pwned\x07"_s));
    QTRY_VERIFY(escaping->isFinished());
    QTRY_COMPARE(m_db->scalar(u"SELECT state FROM webhook_events WHERE event_key = "
                              "'evt_e2e_97'"_s)
                     .toString(),
                 u"needs_attention"_s);
    QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM webhook_events WHERE event_key = 'evt_e2e_97' "
                          "AND replace(tv_username, :escape, '') <> tv_username"_s,
                          {{u":escape"_s, QString(QChar(27))}})
                 .toInt(),
             1); // kept as sent, for the vendor to see
    QByteArray listed;
    QCOMPARE(cli({u"webhooks"_s, u"inbox"_s}, &listed), 0);
    QVERIFY2(listed.contains("evil"), listed.constData());
    QVERIFY(!listed.contains('\x1b'));
    QVERIFY(!listed.contains('\x07'));

    // 20 more; serve is killed while they arrive; the provider delivers them all again.
    QList<QNetworkReply *> burst;
    for (int i = 101; i <= 120; ++i)
        burst.append(post(checkout(i, traders(i, i).first())));
    QTRY_VERIFY(std::any_of(burst.cbegin(), burst.cend(),
                            [](QNetworkReply *r) { return r->isFinished(); }));
    serve->kill();
    QVERIFY(serve->waitForFinished(10000));
    QTRY_VERIFY(std::all_of(burst.cbegin(), burst.cend(),
                            [](QNetworkReply *r) { return r->isFinished(); }));
    serve = startServe();
    QVERIFY(m_port != 0);
    QCOMPARE(statusesOfSales(101, 120), QList<int>(20, 200));
    QTRY_COMPARE_WITH_TIMEOUT(grants(), 70, 60000);
    QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM payments"_s).toInt(), 70);
    QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM webhook_events WHERE state = 'applied'"_s).toInt(),
             70);
    // Each sale changed the intent once: one sync row per client.
    QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM sync_queue"_s).toInt(), 70);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_db->scalar(u"SELECT COUNT(*) FROM sync_queue WHERE state = 'done'"_s).toInt(), 70, 60000);

    serve->terminate();
    QVERIFY(serve->waitForFinished(20000));
    QCOMPARE(serve->exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestServe)
#include "tst_serve.moc"
