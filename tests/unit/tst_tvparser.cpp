#include "tradingview/TvDateTime.h"
#include "tradingview/TvResponseParser.h"
#include "tradingview/TvSession.h"

#include <QTest>
#include <QTimeZone>

using namespace pinedesk;
using namespace Qt::Literals::StringLiterals;

using Answer = TvResponseParser::Answer;

namespace {

Answer answer(int status, const QByteArray &body, const QByteArray &retryAfter = {})
{
    Answer a;
    a.status = status;
    a.body = body;
    a.retryAfter = retryAfter;
    a.subject = u"trader1"_s;
    return a;
}

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
}

} // namespace

// TradingView's answers mapped to results and error kinds, without a network.
class TestTvParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void errorKinds_data();
    void errorKinds();
    void retryAfter();
    void addOutcomes();
    void removeOutcomes();
    void userPage();
    void userPageRejectsGarbage_data();
    void userPageRejectsGarbage();
    void hintFindsCanonicalSpelling();
    void accountAndScripts();
    void datetimeSpellings_data();
    void datetimeSpellings();
    void datetimeRejects_data();
    void datetimeRejects();
    void datetimeFormats();
    void sessionParsing();
};

void TestTvParser::errorKinds_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("serverMessage");
    using K = TvError::Kind;
    QTest::newRow("403 drf")
        << 403 << QByteArray(R"({"detail": "Authentication credentials were not provided."})")
        << int(K::SessionExpired) << u"Authentication credentials were not provided."_s;
    QTest::newRow("401 login_required") << 401 << QByteArray(R"({"code":"login_required"})")
                                        << int(K::SessionExpired) << u"login_required"_s;
    QTest::newRow("429") << 429 << QByteArray(R"({"detail":"Request was throttled."})")
                         << int(K::RateLimited) << u"Request was throttled."_s;
    QTest::newRow("422 user")
        << 422
        << QByteArray(R"({"code": "username_recip_not_found", "detail": "User not found: bob"})")
        << int(K::UserNotFound) << u"User not found: bob"_s;
    QTest::newRow("422 pine field") << 422 << QByteArray(R"({"pine_id": ["Invalid pine_id."]})")
                                    << int(K::ScriptNotFound) << u"pine_id: Invalid pine_id."_s;
    QTest::newRow("422 expiration field")
        << 422 << QByteArray(R"({"expiration": ["Datetime has wrong format."]})")
        << int(K::BadRequest) << u"expiration: Datetime has wrong format."_s;
    QTest::newRow("400 pagination")
        << 400 << QByteArray(R"({"code": "bad_pagination_request", "detail": "Invalid"})")
        << int(K::BadRequest) << u"Invalid"_s;
    QTest::newRow("404 no grant") << 404 << QByteArray(R"({"detail":"Not found."})")
                                  << int(K::BadRequest) << u"Not found."_s;
    QTest::newRow("409") << 409 << QByteArray("{}") << int(K::AlreadyExists) << QString();
    QTest::newRow("500 html") << 500
                              << QByteArray("<!DOCTYPE html><html><head><title>500 Internal Server "
                                            "Error</title></head><body>x</body></html>")
                              << int(K::ServerError) << u"500 Internal Server Error"_s;
    QTest::newRow("502 text") << 502 << QByteArray("Bad gateway") << int(K::ServerError)
                              << u"Bad gateway"_s;
    QTest::newRow("418 other") << 418 << QByteArray("{}") << int(K::BadRequest) << QString();
}

void TestTvParser::errorKinds()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, serverMessage);
    const TvError e = TvResponseParser::error(answer(status, body));
    QCOMPARE(int(e.kind), kind);
    QCOMPARE(e.httpStatus, status);
    if (!serverMessage.isEmpty())
        QCOMPARE(e.serverMessage, serverMessage);
    QCOMPARE(e.subject, u"trader1"_s);
    QVERIFY(!e.message().isEmpty());
}

void TestTvParser::retryAfter()
{
    QCOMPARE(TvResponseParser::error(answer(429, "{}", "7")).retryAfterSeconds,
             std::optional<int>(7));
    QCOMPARE(TvResponseParser::error(answer(429, "{}", "1.2")).retryAfterSeconds,
             std::optional<int>(2));
    QCOMPARE(TvResponseParser::error(answer(429, "{}")).retryAfterSeconds, std::nullopt);
    QCOMPARE(TvResponseParser::error(answer(429, "{}", "soon")).retryAfterSeconds, std::nullopt);
    QCOMPARE(TvResponseParser::error(answer(429, "{}", "-5")).retryAfterSeconds,
             std::optional<int>(0));
    const QByteArray httpDate =
        QDateTime::currentDateTimeUtc().addSecs(30).toString(Qt::RFC2822Date).toLatin1();
    const auto parsed = TvResponseParser::parseRetryAfter(httpDate);
    QVERIFY(parsed && *parsed >= 28 && *parsed <= 31);
    QVERIFY(TvResponseParser::error(answer(429, "{}", "7")).message().contains(u"7"_s));
}

void TestTvParser::addOutcomes()
{
    QCOMPARE(TvResponseParser::add(answer(201, R"({"status": "ok"})")).value(),
             TvResponseParser::AddOutcome::Created);
    QCOMPARE(TvResponseParser::add(answer(200, R"({"status": "exists"})")).value(),
             TvResponseParser::AddOutcome::Exists);
    QCOMPARE(TvResponseParser::add(answer(200, R"({"status": "weird"})")).error().kind,
             TvError::Kind::ProtocolError);
    const QByteArray truncated = "{\"status\": \"o";
    QCOMPARE(TvResponseParser::add(answer(200, truncated)).error().kind,
             TvError::Kind::ProtocolError);
    QVERIFY(TvResponseParser::modify(answer(200, R"({"status":"ok"})")).ok());
    QCOMPARE(TvResponseParser::modify(answer(200, "")).error().kind, TvError::Kind::ProtocolError);
}

void TestTvParser::removeOutcomes()
{
    QCOMPARE(TvResponseParser::remove(answer(200, R"({"status":"ok"})")).value(),
             TvResponseParser::RemoveOutcome::Removed);
    QCOMPARE(TvResponseParser::remove(answer(200, R"({"status":"not_exists"})")).value(),
             TvResponseParser::RemoveOutcome::NotMember);
    QCOMPARE(TvResponseParser::remove(answer(422, R"({"code":"username_recip_not_found"})"))
                 .error()
                 .kind,
             TvError::Kind::UserNotFound);
}

void TestTvParser::userPage()
{
    const QByteArray body = R"({"results": [
        {"id": 7, "username": "TraderJoe", "userpic": "data:image/png;base64,AAAA",
         "expiration": "2022-11-30T23:59:59.999000+00:00", "created": "2022-10-01T08:00:00.123456+00:00"},
        {"id": 8, "username": "Ana", "userpic": null, "expiration": null, "created": "2022-10-02T08:00:00+00:00"}],
        "next": "/pine_perm/list_users/?c=abc&limit=2", "prev": null})";
    const auto page = TvResponseParser::userPage(answer(200, body));
    QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().serverMessage));
    QCOMPARE(page->grants.size(), 2);
    QCOMPARE(page->grants[0].username, u"TraderJoe"_s);
    QCOMPARE(page->grants[0].id, 7);
    QCOMPARE(page->grants[0].expiration.until(), utc(2022, 11, 30, 23, 59, 59, 999));
    QCOMPARE(page->grants[0].created, utc(2022, 10, 1, 8, 0, 0, 123));
    QVERIFY(page->grants[1].expiration.isLifetime());
    QCOMPARE(page->next, u"/pine_perm/list_users/?c=abc&limit=2"_s);
    const auto last = TvResponseParser::userPage(answer(200, R"({"results": [], "next": null})"));
    QVERIFY(last.ok() && last->next.isEmpty() && last->grants.isEmpty());
}

void TestTvParser::userPageRejectsGarbage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("html") << QByteArray("<html><body>maintenance</body></html>");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("no results") << QByteArray(R"({"next": null})");
    QTest::newRow("results not array") << QByteArray(R"({"results": {}})");
    QTest::newRow("entry not object") << QByteArray(R"({"results": [1]})");
    QTest::newRow("no username") << QByteArray(R"({"results": [{"id": 1}]})");
    QTest::newRow("bad date") << QByteArray(
        R"({"results": [{"username": "a", "expiration": "soon"}]})");
    QTest::newRow("next a number") << QByteArray(R"({"results": [], "next": 5})");
    QTest::newRow("truncated") << QByteArray("{\"results\": [{\"username\": \"a\", \"expi");
}

void TestTvParser::userPageRejectsGarbage()
{
    QFETCH(QByteArray, body);
    const auto page = TvResponseParser::userPage(answer(200, body));
    QVERIFY(!page.ok());
    QCOMPARE(page.error().kind, TvError::Kind::ProtocolError);
    QVERIFY(page.error().message().contains(u"does not understand"_s));
}

void TestTvParser::hintFindsCanonicalSpelling()
{
    const QByteArray body = R"([{"id": 1, "username": "TraderJoe", "inactive": false},
                               {"id": 2, "username": "TraderJoe42", "inactive": false}])";
    QCOMPARE(TvResponseParser::usernameHint(answer(200, body), u"traderjoe"_s).value(),
             std::optional<QString>(u"TraderJoe"_s));
    QCOMPARE(TvResponseParser::usernameHint(answer(200, body), u"trader"_s).value(), std::nullopt);
    QCOMPARE(TvResponseParser::usernameHint(answer(200, "[]"), u"x"_s).value(), std::nullopt);
    QCOMPARE(TvResponseParser::usernameHint(answer(200, "{}"), u"x"_s).error().kind,
             TvError::Kind::ProtocolError);
}

void TestTvParser::accountAndScripts()
{
    QCOMPARE(TvResponseParser::account(answer(200, R"({"link": "vendor", "currency": "USD"})"))
                 ->username,
             u"vendor"_s);
    QCOMPARE(TvResponseParser::account(answer(200, R"({"currency": "USD"})")).error().kind,
             TvError::Kind::ProtocolError);
    QCOMPARE(TvResponseParser::account(answer(403, R"({"detail": "x"})")).error().kind,
             TvError::Kind::SessionExpired);
    QCOMPARE(TvResponseParser::scriptIds(answer(200, R"(["PUB;a", "PUB;b"])")).value(),
             (QStringList{u"PUB;a"_s, u"PUB;b"_s}));
    QCOMPARE(TvResponseParser::scriptIds(answer(200, R"([1])")).error().kind,
             TvError::Kind::ProtocolError);
    const auto names = TvResponseParser::scriptNames(answer(
        200, R"([{"scriptIdPart": "PUB;a", "scriptName": "Alpha", "version": 3}, {"x": 1}])"));
    QCOMPARE(names->size(), 1);
    QCOMPARE(names->first().name, u"Alpha"_s);
    QCOMPARE(names->first().version, u"3"_s);
}

void TestTvParser::datetimeSpellings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("server") << u"2022-11-30T23:59:59.999000+00:00"_s
                            << utc(2022, 11, 30, 23, 59, 59, 999);
    QTest::newRow("client Z ms") << u"2030-01-01T23:59:59.999Z"_s
                                 << utc(2030, 1, 1, 23, 59, 59, 999);
    QTest::newRow("no fraction") << u"2030-01-01T10:00:00Z"_s << utc(2030, 1, 1, 10);
    QTest::newRow("offset") << u"2030-01-01T10:00:00+02:00"_s << utc(2030, 1, 1, 8);
    QTest::newRow("negative offset") << u"2030-01-01T22:30:00-05:30"_s << utc(2030, 1, 2, 4);
    QTest::newRow("offset no colon") << u"2030-01-01T10:00:00+0200"_s << utc(2030, 1, 1, 8);
    QTest::newRow("space separator") << u"2030-01-01 10:00:00"_s << utc(2030, 1, 1, 10);
    QTest::newRow("no seconds") << u"2030-01-01T10:00Z"_s << utc(2030, 1, 1, 10);
    QTest::newRow("naive") << u"2030-01-01T10:00:00"_s << utc(2030, 1, 1, 10);
    QTest::newRow("date only") << u"2030-01-01"_s << utc(2030, 1, 1);
    QTest::newRow("nanoseconds") << u"2030-01-01T10:00:00.123456789Z"_s
                                 << utc(2030, 1, 1, 10, 0, 0, 123);
    QTest::newRow("lower z") << u"2030-01-01T10:00:00z"_s << utc(2030, 1, 1, 10);
}

void TestTvParser::datetimeSpellings()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const auto parsed = TvDateTime::parse(text);
    QVERIFY(parsed);
    QCOMPARE(*parsed, expected);
}

void TestTvParser::datetimeRejects_data()
{
    QTest::addColumn<QString>("text");
    for (const char *bad : {"", "tomorrow", "2030-13-01", "2030-02-30", "2030-01-01T25:00:00Z",
                            "01/02/2030", "2030-01-01T10:00:00+25:00", "1700000000", "2030-1-1"})
        QTest::newRow(bad) << QString::fromLatin1(bad);
}

void TestTvParser::datetimeRejects()
{
    QFETCH(QString, text);
    QVERIFY(!TvDateTime::parse(text));
}

void TestTvParser::datetimeFormats()
{
    const QDateTime t = utc(2030, 1, 1, 23, 59, 59, 999);
    QCOMPARE(TvDateTime::toRequest(t), u"2030-01-01T23:59:59.999Z"_s);
    QCOMPARE(TvDateTime::toResponse(t), u"2030-01-01T23:59:59.999000+00:00"_s);
    QCOMPARE(*TvDateTime::parse(TvDateTime::toResponse(t)), t);
}

void TestTvParser::sessionParsing()
{
    const auto pair = TvSession::parse(u"sessionid=abc123; sessionid_sign=v3:Zx+y/="_s);
    QVERIFY(pair.ok());
    QCOMPARE(pair->sessionId(), u"abc123"_s);
    QCOMPARE(pair->sign(), u"v3:Zx+y/="_s);
    QCOMPARE(pair->cookieHeader(), u"sessionid=abc123; sessionid_sign=v3:Zx+y/="_s);
    const auto bare = TvSession::parse(u"  abc123\n"_s);
    QCOMPARE(bare->cookieHeader(), u"sessionid=abc123"_s);
    const auto browser = TvSession::parse(u"Cookie: _ga=1; sessionid=\"q1w2e3r4t5\"; theme=dark"_s);
    QCOMPARE(browser->sessionId(), u"q1w2e3r4t5"_s);
    QVERIFY(!TvSession::parse(QString()).ok());
    QVERIFY(TvSession::parse(u"theme=dark"_s).error().message().contains(u"sessionid"_s));
    QVERIFY(!TvSession::parse(u"abc def"_s).ok());
    const QString masked = TvSession(u"abcdefghijklmnop"_s, u"v3:secret"_s).masked();
    QVERIFY(!masked.contains(u"cdefghijklmn"_s));
    QVERIFY(!masked.contains(u"secret"_s));
}

QTEST_GUILESS_MAIN(TestTvParser)
#include "tst_tvparser.moc"
