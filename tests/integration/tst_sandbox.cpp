#include "SandboxFixture.h"
#include "tradingview/TvDateTime.h"

#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

using namespace pinedesk;
using namespace pinedesk::test;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Reply
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[k, v] : headers) {
            if (k.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        }
        return {};
    }
};

QByteArray form(const QList<std::pair<QString, QString>> &fields)
{
    QUrlQuery q;
    for (const auto &[k, v] : fields)
        q.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(k)),
                       QString::fromLatin1(QUrl::toPercentEncoding(v)));
    return q.query(QUrl::FullyEncoded).toLatin1();
}

} // namespace

// The sandbox as other clients see it: raw HTTP from QNetworkAccessManager and from a bare TCP
// socket, in every body encoding and expiration spelling the protocol page lists.
class TestSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void urlencodedMultipartAndJsonBodies();
    void expirationSpellingsAccepted_data();
    void expirationSpellingsAccepted();
    void badExpirationsGetAFieldError_data();
    void badExpirationsGetAFieldError();
    void createdThenExistsChangesNothing();
    void listUsersShapeAndRelativeNext();
    void listUsersPaginationRules();
    void orderings();
    void keepAlivePipeliningAndChunkedBodies();
    void authRules();
    void graceDaysKeepExpiredGrantsListed();
    void signIn();
    void usernameHintNeedsNoSession();
    void unknownPathsAndMethods();
    void stateSurvivesSaveAndLoad();

private:
    Reply send(const QByteArray &method, const QString &path, const QByteArray &body = {},
               const QByteArray &contentType = "application/x-www-form-urlencoded",
               const QByteArray &cookie = "sessionid=sandbox-session");
    Reply sendMultipart(const QString &path, const QList<std::pair<QString, QString>> &fields);
    Reply wait(QNetworkReply *reply);
    std::unique_ptr<SandboxFixture> m_f;
};

void TestSandbox::init()
{
    m_f = std::make_unique<SandboxFixture>();
    QVERIFY(m_f->isListening());
}

Reply TestSandbox::wait(QNetworkReply *reply)
{
    Reply r;
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 15000))
        return r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return r;
}

Reply TestSandbox::send(const QByteArray &method, const QString &path, const QByteArray &body,
                        const QByteArray &contentType, const QByteArray &cookie)
{
    QNetworkRequest request(m_f->url(path));
    if (!cookie.isEmpty())
        request.setRawHeader("Cookie", cookie);
    request.setRawHeader("Content-Type", contentType);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    return wait(m_f->network().sendCustomRequest(request, method, body));
}

Reply TestSandbox::sendMultipart(const QString &path,
                                 const QList<std::pair<QString, QString>> &fields)
{
    auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    for (const auto &[name, value] : fields) {
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentDispositionHeader,
                       u"form-data; name=\"%1\""_s.arg(name));
        part.setBody(value.toUtf8());
        multi->append(part);
    }
    QNetworkRequest request(m_f->url(path));
    request.setRawHeader("Cookie", "sessionid=sandbox-session");
    QNetworkReply *reply = m_f->network().post(request, multi);
    multi->setParent(reply);
    return wait(reply);
}

void TestSandbox::urlencodedMultipartAndJsonBodies()
{
    const QString pine = m_f->pine();
    Reply a = send("POST", u"/pine_perm/add/"_s,
                   form({{u"pine_id"_s, pine},
                         {u"username_recip"_s, u"trader00001"_s},
                         {u"expiration"_s, u"2030-01-01T23:59:59.999Z"_s}}));
    QCOMPARE(a.status, 201);
    QCOMPARE(a.object().value(u"status"_s).toString(), u"ok"_s);
    Reply b =
        sendMultipart(u"/pine_perm/add/"_s, {{u"pine_id"_s, pine},
                                             {u"username_recip"_s, u"trader00002"_s},
                                             {u"expiration"_s, u"2030-01-01T23:59:59.999Z"_s}});
    QCOMPARE(b.status, 201);
    const QByteArray json =
        QJsonDocument(QJsonObject{{u"pine_id"_s, pine}, {u"username_recip"_s, u"trader00003"_s}})
            .toJson();
    Reply c = send("POST", u"/pine_perm/add/"_s, json, "application/json");
    QCOMPARE(c.status, 201);
    QVERIFY(m_f->grant(pine, u"trader00001"_s) && m_f->grant(pine, u"trader00002"_s));
    QVERIFY(!m_f->grant(pine, u"trader00003"_s)->expiration); // no expiration: lifetime
    Reply missing = send("POST", u"/pine_perm/add/"_s, form({{u"pine_id"_s, pine}}));
    QCOMPARE(missing.status, 422);
    QCOMPARE(missing.object().value(u"username_recip"_s).toArray().first().toString(),
             u"This field is required."_s);
}

void TestSandbox::expirationSpellingsAccepted_data()
{
    QTest::addColumn<QString>("spelling");
    QTest::addColumn<QDateTime>("stored");
    const auto utc = [](int h, int m, int s, int ms) {
        return QDateTime(QDate(2030, 1, 1), QTime(h, m, s, ms), QTimeZone::utc());
    };
    QTest::newRow("Z with ms") << u"2030-01-01T23:59:59.999Z"_s << utc(23, 59, 59, 999);
    QTest::newRow("server style") << u"2030-01-01T23:59:59.999000+00:00"_s << utc(23, 59, 59, 999);
    QTest::newRow("offset") << u"2030-01-02T01:59:59+02:00"_s << utc(23, 59, 59, 0);
    QTest::newRow("space") << u"2030-01-01 23:59:59"_s << utc(23, 59, 59, 0);
    QTest::newRow("no fraction Z") << u"2030-01-01T12:00:00Z"_s << utc(12, 0, 0, 0);
    QTest::newRow("no seconds") << u"2030-01-01T12:00"_s << utc(12, 0, 0, 0);
    QTest::newRow("date only") << u"2030-01-01"_s << utc(0, 0, 0, 0);
}

void TestSandbox::expirationSpellingsAccepted()
{
    QFETCH(QString, spelling);
    QFETCH(QDateTime, stored);
    Reply r = send("POST", u"/pine_perm/add/"_s,
                   form({{u"pine_id"_s, m_f->pine()},
                         {u"username_recip"_s, u"trader00010"_s},
                         {u"expiration"_s, spelling}}));
    QCOMPARE(r.status, 201);
    QCOMPARE(*m_f->grant(m_f->pine(), u"trader00010"_s)->expiration, stored);
    // The same spellings work for modify.
    Reply m = send("POST", u"/pine_perm/modify_user_expiration/"_s,
                   form({{u"pine_id"_s, m_f->pine()},
                         {u"username_recip"_s, u"trader00010"_s},
                         {u"expiration"_s, spelling}}));
    QCOMPARE(m.status, 200);
}

void TestSandbox::badExpirationsGetAFieldError_data()
{
    QTest::addColumn<QString>("spelling");
    for (const char *bad :
         {"tomorrow", "2030-02-30", "31/12/2030", "2030-01-01T25:00:00Z", "1893456000"})
        QTest::newRow(bad) << QString::fromLatin1(bad);
}

void TestSandbox::badExpirationsGetAFieldError()
{
    QFETCH(QString, spelling);
    Reply r = send("POST", u"/pine_perm/add/"_s,
                   form({{u"pine_id"_s, m_f->pine()},
                         {u"username_recip"_s, u"trader00011"_s},
                         {u"expiration"_s, spelling}}));
    QCOMPARE(r.status, 422);
    QVERIFY(
        r.object().value(u"expiration"_s).toArray().first().toString().contains(u"wrong format"_s));
    QVERIFY(!m_f->grant(m_f->pine(), u"trader00011"_s));
}

void TestSandbox::createdThenExistsChangesNothing()
{
    const auto body = form({{u"pine_id"_s, m_f->pine()},
                            {u"username_recip"_s, u"trader00020"_s},
                            {u"expiration"_s, u"2030-01-01T00:00:00Z"_s}});
    QCOMPARE(send("POST", u"/pine_perm/add/"_s, body).status, 201);
    const auto later = form({{u"pine_id"_s, m_f->pine()},
                             {u"username_recip"_s, u"trader00020"_s},
                             {u"expiration"_s, u"2035-01-01T00:00:00Z"_s}});
    Reply again = send("POST", u"/pine_perm/add/"_s, later);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.object().value(u"status"_s).toString(), u"exists"_s);
    QCOMPARE(m_f->grant(m_f->pine(), u"trader00020"_s)->expiration->date().year(), 2030);
}

void TestSandbox::listUsersShapeAndRelativeNext()
{
    for (int i = 1; i <= 45; ++i) {
        send("POST", u"/pine_perm/add/"_s,
             form({{u"pine_id"_s, m_f->pine()},
                   {u"username_recip"_s, u"trader%1"_s.arg(i, 5, 10, QChar(u'0'))}}));
        m_f->clock().advanceSeconds(1);
    }
    QString next = u"/pine_perm/list_users/?limit=20&order_by=-created"_s;
    QSet<QString> seen;
    int pages = 0;
    while (!next.isEmpty()) {
        Reply r = send("POST", next, form({{u"pine_id"_s, m_f->pine()}}));
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.object();
        const QJsonArray results = o.value(u"results"_s).toArray();
        QVERIFY(results.size() <= 20);
        for (const QJsonValue &v : results) {
            const QJsonObject g = v.toObject();
            QVERIFY(g.contains(u"id"_s) && g.contains(u"userpic"_s) && g.contains(u"created"_s));
            QVERIFY(g.value(u"expiration"_s).isNull());
            QVERIFY(g.value(u"created"_s).toString().endsWith(u"000+00:00"_s));
            seen.insert(g.value(u"username"_s).toString());
        }
        if (pages == 0)
            QCOMPARE(results.first().toObject().value(u"username"_s).toString(), u"trader00045"_s);
        next = o.value(u"next"_s).toString();
        if (!next.isEmpty())
            QVERIFY(next.startsWith(u"/pine_perm/list_users/?c="_s)); // relative, with a cursor
        ++pages;
    }
    QCOMPARE(pages, 3);
    QCOMPARE(seen.size(), 45);
}

void TestSandbox::listUsersPaginationRules()
{
    const QByteArray body = form({{u"pine_id"_s, m_f->pine()}});
    Reply tooMany = send("POST", u"/pine_perm/list_users/?limit=31"_s, body);
    QCOMPARE(tooMany.status, 400);
    QCOMPARE(tooMany.object().value(u"code"_s).toString(), u"bad_pagination_request"_s);
    QCOMPARE(send("POST", u"/pine_perm/list_users/?limit=30"_s, body).status, 200);
    QCOMPARE(send("POST", u"/pine_perm/list_users/?limit=abc"_s, body).status, 400);
    QCOMPARE(send("POST", u"/pine_perm/list_users/?c=garbage"_s, body).status, 400);
    Reply foreign = send("POST", u"/pine_perm/list_users/"_s,
                         form({{u"pine_id"_s, u"PUB;ffffffffffffffffffffffffffffffff"_s}}));
    QCOMPARE(foreign.status, 422);
    QVERIFY(foreign.object().contains(u"pine_id"_s));
    Reply plural = send("POST", u"/pine_perms/list_users/"_s, body);
    QCOMPARE(plural.status, 404);
}

void TestSandbox::orderings()
{
    const QStringList names = {u"trader00003"_s, u"trader00001"_s, u"trader00002"_s};
    const QStringList dates = {u"2030-01-01T00:00:00Z"_s, u"2031-01-01T00:00:00Z"_s, QString()};
    for (int i = 0; i < 3; ++i) {
        QList<std::pair<QString, QString>> fields{{u"pine_id"_s, m_f->pine()},
                                                  {u"username_recip"_s, names[i]}};
        if (!dates[i].isEmpty())
            fields.append({u"expiration"_s, dates[i]});
        send("POST", u"/pine_perm/add/"_s, form(fields));
        m_f->clock().advanceSeconds(60);
    }
    auto order = [&](const QString &by) {
        Reply r = send("POST",
                       u"/pine_perm/list_users/?order_by="_s +
                           QString::fromLatin1(QUrl::toPercentEncoding(by)),
                       form({{u"pine_id"_s, m_f->pine()}}));
        QStringList got;
        for (const QJsonValue &v : r.object().value(u"results"_s).toArray())
            got.append(v.toObject().value(u"username"_s).toString().right(1));
        return got.join(QString());
    };
    QCOMPARE(order(u"user__username"_s), u"123"_s);
    QCOMPARE(order(u"-user__username"_s), u"321"_s);
    QCOMPARE(order(u"created"_s), u"312"_s);
    QCOMPARE(order(u"-created"_s), u"213"_s);
    QCOMPARE(order(u"expiration,user__username"_s), u"312"_s); // lifetime last
}

void TestSandbox::keepAlivePipeliningAndChunkedBodies()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_f->server().port());
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray body =
        form({{u"pine_id"_s, m_f->pine()}, {u"username_recip"_s, u"trader00030"_s}});
    QByteArray chunked;
    for (qsizetype i = 0; i < body.size(); i += 7) {
        const QByteArray piece = body.mid(i, 7);
        chunked += QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
    }
    chunked += "0\r\n\r\n";
    const QByteArray requests =
        "GET /tvcoins/details/ HTTP/1.1\r\nHost: x\r\nCookie: sessionid=sandbox-session\r\n\r\n"
        "POST /pine_perm/add/ HTTP/1.1\r\nHost: x\r\nCookie: sessionid=sandbox-session\r\n"
        "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n" +
        chunked +
        "GET /username_hint/?s=trader0003 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
    socket.write(requests);
    QByteArray received;
    // The last answer closes the connection (Connection: close).
    QVERIFY(QTest::qWaitFor(
        [&] {
            received += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        10000));
    received += socket.readAll();
    const qsizetype first = received.indexOf("HTTP/1.1 200");
    const qsizetype second = received.indexOf("HTTP/1.1 201");
    const qsizetype third = received.indexOf("HTTP/1.1 200", second);
    QVERIFY2(first >= 0 && second > first && third > second, received.constData());
    QVERIFY(received.contains("\"link\":\"sandbox_vendor\""));
    QVERIFY(received.contains("trader00030"));
    QVERIFY(m_f->grant(m_f->pine(), u"trader00030"_s));
}

void TestSandbox::authRules()
{
    const QByteArray body = form({{u"pine_id"_s, m_f->pine()}});
    Reply none =
        send("POST", u"/pine_perm/list_users/"_s, body, "application/x-www-form-urlencoded", {});
    QCOMPARE(none.status, 403);
    QCOMPARE(none.object().value(u"detail"_s).toString(),
             u"Authentication credentials were not provided."_s);
    QCOMPARE(send("POST", u"/pine_perm/list_users/"_s, body, "application/x-www-form-urlencoded",
                  "theme=dark; sessionid=sandbox-session; _ga=x")
                 .status,
             200);

    SandboxConfig config;
    config.requireSign = true;
    m_f = std::make_unique<SandboxFixture>(config);
    const QByteArray b = form({{u"pine_id"_s, m_f->pine()}});
    QCOMPARE(send("POST", u"/pine_perm/list_users/"_s, b).status, 403);
    QCOMPARE(send("POST", u"/pine_perm/list_users/"_s, b, "application/x-www-form-urlencoded",
                  "sessionid=sandbox-session;sessionid_sign=v3:sandbox-sign")
                 .status,
             200);
}

void TestSandbox::graceDaysKeepExpiredGrantsListed()
{
    SandboxConfig config;
    config.graceDays = 3;
    m_f = std::make_unique<SandboxFixture>(config);
    const QString expiry = TvDateTime::toRequest(m_f->clock().nowUtc().addDays(1));
    send("POST", u"/pine_perm/add/"_s,
         form({{u"pine_id"_s, m_f->pine()},
               {u"username_recip"_s, u"trader00040"_s},
               {u"expiration"_s, expiry}}));
    auto listed = [&] {
        return send("POST", u"/pine_perm/list_users/"_s, form({{u"pine_id"_s, m_f->pine()}}))
            .object()
            .value(u"results"_s)
            .toArray()
            .size();
    };
    QCOMPARE(listed(), 1);
    m_f->clock().advanceSeconds(2 * 86400); // expired a day ago: still listed
    QCOMPARE(listed(), 1);
    m_f->clock().advanceSeconds(3 * 86400); // past the grace period: gone
    QCOMPARE(listed(), 0);
}

void TestSandbox::signIn()
{
    Reply bad =
        send("POST", u"/accounts/signin/"_s,
             form({{u"username"_s, u"sandbox_vendor"_s}, {u"password"_s, u"nope"_s}}), {}, {});
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.object().value(u"code"_s).toString(), u"invalid_credentials"_s);
    Reply good = send("POST", u"/accounts/signin/"_s,
                      form({{u"username"_s, u"sandbox_vendor"_s},
                            {u"password"_s, u"sandbox"_s},
                            {u"remember"_s, u"on"_s}}),
                      "application/x-www-form-urlencoded", {});
    QCOMPARE(good.status, 200);
    QVERIFY(good.header("Set-Cookie").contains("sessionid=sandbox-session"));
}

void TestSandbox::usernameHintNeedsNoSession()
{
    Reply r = send("GET", u"/username_hint/?s=TRADER0001"_s, {}, {}, {});
    QCOMPARE(r.status, 200);
    const QJsonArray hints = QJsonDocument::fromJson(r.body).array();
    QCOMPARE(hints.size(), 10); // trader00010 .. trader00019
    QCOMPARE(hints.first().toObject().value(u"username"_s).toString(), u"trader00010"_s);
    QVERIFY(hints.first().toObject().contains(u"inactive"_s));
    QCOMPARE(QJsonDocument::fromJson(send("GET", u"/username_hint/?s=zz"_s, {}, {}, {}).body)
                 .array()
                 .size(),
             0);
}

void TestSandbox::unknownPathsAndMethods()
{
    QCOMPARE(send("GET", u"/nowhere/"_s).status, 404);
    QCOMPARE(send("POST", u"/pine_perm/add"_s).status, 404); // the trailing slash matters
    Reply get = send("GET", u"/pine_perm/add/"_s);
    QCOMPARE(get.status, 405);
}

void TestSandbox::stateSurvivesSaveAndLoad()
{
    send("POST", u"/pine_perm/add/"_s,
         form({{u"pine_id"_s, m_f->pine()},
               {u"username_recip"_s, u"trader00050"_s},
               {u"expiration"_s, u"2030-06-01T12:00:00.250Z"_s}}));
    send("POST", u"/pine_perm/add/"_s,
         form({{u"pine_id"_s, m_f->pine()}, {u"username_recip"_s, u"trader00051"_s}}));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"state.json"_s);
    QVERIFY(m_f->state().save(path).ok());
    const auto loaded = SandboxState::load(path);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->toJson(), m_f->state().toJson());
    QCOMPARE(loaded->grantCount(), 2);
}

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
