#include "demo/DemoRandom.h"
#include "sandbox/FormBody.h"
#include "sandbox/HttpRequestParser.h"
#include "tradingview/TvDateTime.h"
#include "tradingview/TvResponseParser.h"
#include "tradingview/TvSession.h"

#include <QTest>

using namespace pinedesk;
using namespace Qt::Literals::StringLiterals;

namespace {

// Valid inputs of every shape the parsers meet; the fuzzer mutates them.
const QList<QByteArray> seeds = {
    R"({"results": [{"id": 7, "username": "TraderJoe", "userpic": "data:image/png;base64,AAAA",
        "expiration": "2022-11-30T23:59:59.999000+00:00", "created": "2022-10-01T08:00:00.123456+00:00"}],
        "next": "/pine_perm/list_users/?c=abc&limit=2", "prev": null})",
    R"([{"id": 1, "username": "TraderJoe", "inactive": false}])",
    R"({"status": "ok"})",
    R"({"status": "exists"})",
    R"({"status": "not_exists"})",
    R"({"code": "username_recip_not_found", "detail": "User not found: bob"})",
    R"({"pine_id": ["Invalid pine_id."], "expiration": ["wrong"]})",
    R"({"link": "vendor", "currency": "USD"})",
    R"(["PUB;0123456789abcdef0123456789abcdef"])",
    R"([{"scriptIdPart": "PUB;a", "scriptName": "Alpha", "version": 3}])",
    "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head></html>",
    "POST /pine_perm/add/ HTTP/1.1\r\nHost: x\r\nContent-Type: "
    "application/x-www-form-urlencoded\r\n"
    "Content-Length: 40\r\n\r\npine_id=PUB%3Babc&username_recip=joe&x=1",
    "POST /a/ HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
    "--b\r\nContent-Disposition: form-data; name=\"pine_id\"\r\n\r\nPUB;x\r\n--b--\r\n",
    "sessionid=abc; sessionid_sign=v3:xyz",
    "2030-01-01T23:59:59.999+02:00",
};

QByteArray mutate(DemoRandom &rng, QByteArray data)
{
    const int edits = rng.between(1, 8);
    for (int i = 0; i < edits; ++i) {
        const int at = data.isEmpty() ? 0 : rng.below(int(data.size()));
        switch (rng.below(7)) {
        case 0: // flip a byte
            if (!data.isEmpty())
                data[at] = char(rng.below(256));
            break;
        case 1: // truncate
            data.truncate(at);
            break;
        case 2: // insert junk
            data.insert(at, QByteArray(rng.between(1, 16), char(rng.below(256))));
            break;
        case 3: // duplicate a slice
            data.insert(at, data.mid(rng.below(int(data.size()) + 1), rng.between(1, 64)));
            break;
        case 4: // structural characters
            data.insert(at, QByteArray(1, "{}[]\":,\\\r\n;=&%"[rng.below(15)]));
            break;
        case 5: // splice another seed
            data = data.left(at) + seeds[rng.below(int(seeds.size()))].mid(rng.below(40));
            break;
        default: // deep nesting
            data.insert(at, QByteArray(rng.between(1, 3000), '['));
            break;
        }
    }
    return data;
}

void exercise(const QByteArray &input, int status)
{
    TvResponseParser::Answer a;
    a.status = status;
    a.body = input;
    a.retryAfter = input.left(12);
    (void)TvResponseParser::error(a);
    (void)TvResponseParser::account(a);
    (void)TvResponseParser::usernameHint(a, u"traderjoe"_s);
    (void)TvResponseParser::userPage(a);
    (void)TvResponseParser::add(a);
    (void)TvResponseParser::modify(a);
    (void)TvResponseParser::remove(a);
    (void)TvResponseParser::scriptIds(a);
    (void)TvResponseParser::scriptNames(a);
    const QString text = QString::fromUtf8(input);
    (void)TvDateTime::parse(text);
    (void)TvSession::parse(text);

    HttpRequestParser parser;
    parser.feed(input);
    HttpRequest request;
    for (int i = 0; i < 16 && parser.next(request) == HttpRequestParser::State::Complete; ++i)
        (void)FormBody::parse(request);
    HttpRequest form;
    form.headers["content-type"] = status % 3 == 0   ? "multipart/form-data; boundary=b"
                                   : status % 3 == 1 ? "application/json"
                                                     : "application/x-www-form-urlencoded";
    form.body = input;
    (void)FormBody::parse(form);
}

} // namespace

// A generated corpus through every parser of untrusted input: nothing may crash or hang.
// (ctest's timeout catches a hang.)
class TestParserFuzz : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedsParse();
    void mutatedCorpus();
    void randomBytes();
};

void TestParserFuzz::seedsParse()
{
    for (const QByteArray &seed : seeds)
        exercise(seed, 200);
    QVERIFY(TvResponseParser::userPage({200, seeds[0], {}, {}, {}}).ok());
}

void TestParserFuzz::mutatedCorpus()
{
    DemoRandom rng(20261124);
    const int statuses[] = {200, 201, 400, 403, 422, 429, 500};
    int protocolErrors = 0;
    for (int i = 0; i < 25000; ++i) {
        const QByteArray input = mutate(rng, seeds[rng.below(int(seeds.size()))]);
        const int status = statuses[rng.below(7)];
        exercise(input, status);
        if (status == 200 && !TvResponseParser::userPage({200, input, {}, {}, {}}).ok())
            ++protocolErrors;
    }
    QVERIFY(protocolErrors > 0); // the corpus really reaches the error paths
}

void TestParserFuzz::randomBytes()
{
    DemoRandom rng(7);
    for (int i = 0; i < 5000; ++i) {
        QByteArray input(rng.below(2048), Qt::Uninitialized);
        for (char &c : input)
            c = char(rng.below(256));
        exercise(input, 200);
    }
    exercise(QByteArray(4 * 1024 * 1024, 'x'), 200); // a huge body
    QVERIFY(true);
}

QTEST_GUILESS_MAIN(TestParserFuzz)
#include "tst_parserfuzz.moc"
