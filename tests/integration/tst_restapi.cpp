// The REST API of `pinedesk serve` over real HTTP: keys (hashed, revocable, both headers), the
// per-key rate limit, a client looked up, access granted for many users and a plan with
// per-user results through the queue, users moved from one plan to another, a batch followed,
// and bad input refused with JSON.
#include "TestDatabase.h"
#include "automation/AutomationServer.h"
#include "domain/Indicator.h"
#include "domain/Plan.h"
#include "store/ApiKeyStore.h"
#include "store/IndicatorStore.h"
#include "store/PlanStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pinedesk;
using pinedesk::test::TestDatabase;

namespace {

const QString pine = u"PUB;5191a1b5e5a04a1cb8b1e4b9f1c2a3d4"_s;

struct Reply
{
    int status = 0;
    QJsonObject body;
    QByteArray retryAfter;
};

} // namespace

class TestRestApi : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<AutomationServer> m_server;
    QNetworkAccessManager m_network;
    quint16 m_port = 0;
    QString m_key;

    Reply call(const QByteArray &verb, const QString &path, const QByteArray &body = {},
               const QString &key = {}, bool xApiKey = false)
    {
        QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/api/v1%2"_s.arg(m_port).arg(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        const QString secret = key.isNull() ? m_key : key;
        if (!secret.isEmpty()) {
            if (xApiKey)
                request.setRawHeader("X-API-Key", secret.toUtf8());
            else
                request.setRawHeader("Authorization", "Bearer " + secret.toUtf8());
        }
        QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
        Reply r;
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            return r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = QJsonDocument::fromJson(reply->readAll()).object();
        r.retryAfter = reply->rawHeader("Retry-After");
        reply->deleteLater();
        return r;
    }

private Q_SLOTS:
    // The server (and its processor's thread) goes before the database it works on.
    void cleanup() { m_server.reset(); }
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY(m_db->isOpen());
        Indicator indicator;
        indicator.pineId = pine;
        indicator.name = u"Signals"_s;
        Plan plan;
        plan.name = u"Monthly"_s;
        plan.duration = Duration::days(30);
        plan.price = Money(4900, u"USD"_s);
        plan.indicatorIds = {IndicatorStore(m_db->context()).create(indicator).value()};
        QVERIFY(PlanStore(m_db->context()).create(plan));
        const auto created = ApiKeyStore(m_db->context()).create(u"website"_s);
        QVERIFY(created);
        m_key = created->key;
        m_server = std::make_unique<AutomationServer>(m_db->context(u"api"_s),
                                                      QMap<QString, ProviderAdapter::Config>{});
        m_port = m_server->start(QHostAddress::LocalHost, 0);
        QVERIFY(m_port != 0);
    }

    void keysAreCheckedAndKeptOnlyAsHashes()
    {
        QCOMPARE(call("GET", u"/health"_s, {}, u""_s).status, 401);
        QCOMPARE(call("GET", u"/health"_s, {}, u"pdk_guess"_s).status, 401);
        const Reply ok = call("GET", u"/health"_s);
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.body.value(u"status"_s).toString(), u"ok"_s);
        QCOMPARE(call("GET", u"/health"_s, {}, m_key, true).status, 200);
        QVERIFY(m_key.startsWith(u"pdk_"_s) && m_key.size() > 40);
        QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM api_keys WHERE key_hash = :h"_s,
                              {{u":h"_s, ApiKeyStore::hashOf(m_key)}})
                     .toInt(),
                 1);
        // The key itself is nowhere in the table.
        QCOMPARE(
            m_db->scalar(
                    u"SELECT COUNT(*) FROM api_keys WHERE replace(key_hash, :k, '') <> key_hash "
                    "OR prefix = :k OR name = :k"_s,
                    {{u":k"_s, m_key}})
                .toInt(),
            0);
        QVERIFY(!m_db->scalar(u"SELECT last_used_at FROM api_keys"_s).isNull());
        QVERIFY(ApiKeyStore(m_db->context()).revoke(u"website"_s));
        const Reply revoked = call("GET", u"/health"_s);
        QCOMPARE(revoked.status, 401);
        QVERIFY(!revoked.body.value(u"error"_s).toString().isEmpty());
    }

    void eachKeyHasItsRateLimit()
    {
        int limited = 0;
        Reply last;
        // A burst, then one token every 1/rate s: requests faster than that run out.
        for (int i = 0; i < 400 && limited == 0; ++i) {
            last = call("GET", u"/queue"_s);
            limited += last.status == 429 ? 1 : 0;
        }
        QCOMPARE(limited, 1);
        QVERIFY(last.retryAfter.toInt() >= 1);
        // Another key is not slowed by the first one.
        const auto other = ApiKeyStore(m_db->context()).create(u"crm"_s);
        QCOMPARE(call("GET", u"/queue"_s, {}, other->key).status, 200);
    }

    void accessForManyUsersGoesThroughTheQueue()
    {
        const QByteArray body =
            QJsonDocument(QJsonObject{{u"action"_s, u"grant"_s},
                                      {u"plan"_s, u"monthly"_s},
                                      {u"usernames"_s, QJsonArray{u"alice"_s, u"bad name!"_s,
                                                                  u"bob_fx"_s, u"ALICE"_s}}})
                .toJson();
        const Reply granted = call("POST", u"/access"_s, body);
        QCOMPARE(granted.status, 200);
        const QJsonArray results = granted.body.value(u"results"_s).toArray();
        QCOMPARE(results.size(), 4);
        QCOMPARE(results.at(0).toObject().value(u"status"_s).toString(), u"queued"_s);
        QCOMPARE(results.at(1).toObject().value(u"status"_s).toString(), u"invalid"_s);
        QVERIFY(!results.at(1).toObject().value(u"message"_s).toString().isEmpty());
        QCOMPARE(granted.body.value(u"queued"_s).toInt(), 2);
        const qint64 batch = granted.body.value(u"batch_id"_s).toInteger();
        QVERIFY(batch > 0);
        QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM sync_queue WHERE batch_id = %1"_s.arg(batch))
                     .toInt(),
                 2);

        const Reply progress = call("GET", u"/batches/%1"_s.arg(batch));
        QCOMPARE(progress.status, 200);
        QCOMPARE(progress.body.value(u"done"_s).toBool(), false);
        QCOMPARE(progress.body.value(u"rows"_s).toObject().value(u"pending"_s).toInt(), 2);
        QCOMPARE(call("GET", u"/batches/999"_s).status, 404);

        const Reply alice = call("GET", u"/clients/Alice"_s);
        QCOMPARE(alice.status, 200);
        const QJsonObject access = alice.body.value(u"accesses"_s).toArray().at(0).toObject();
        QCOMPARE(access.value(u"pine_id"_s).toString(), pine);
        QCOMPARE(access.value(u"intent"_s).toString(), u"granted"_s);
        QVERIFY(access.value(u"expires_at"_s).toString().startsWith(u"20"_s));
        QCOMPARE(access.value(u"sync"_s).toString(), u"pending"_s);
        QCOMPARE(call("GET", u"/clients/nobody"_s).status, 404);

        const QByteArray revoke =
            QJsonDocument(QJsonObject{{u"action"_s, u"revoke"_s},
                                      {u"indicators"_s, QJsonArray{pine}},
                                      {u"usernames"_s, QJsonArray{u"bob_fx"_s}}})
                .toJson();
        QCOMPARE(call("POST", u"/access"_s, revoke).status, 200);
        QCOMPARE(m_db->scalar(u"SELECT a.intended_state FROM accesses a JOIN clients c ON c.id "
                              "= a.client_id WHERE c.tv_username = 'bob_fx'"_s)
                     .toString(),
                 u"revoked"_s);
    }

    void replaceMovesUsersFromOnePlanToAnother()
    {
        const QString proPine = u"PUB;7e0c4d3b2a1908f7e6d5c4b3a2918070"_s;
        Indicator levels;
        levels.pineId = proPine;
        levels.name = u"Levels"_s;
        Plan pro;
        pro.name = u"Pro"_s;
        pro.duration = Duration::days(90);
        pro.price = Money(9900, u"USD"_s);
        pro.indicatorIds = {IndicatorStore(m_db->context()).create(levels).value()};
        QVERIFY(PlanStore(m_db->context()).create(pro));
        const auto post = [this](const QJsonObject &o) {
            return call("POST", u"/access"_s, QJsonDocument(o).toJson());
        };
        QCOMPARE(post({{u"action"_s, u"grant"_s},
                       {u"plan"_s, u"Monthly"_s},
                       {u"usernames"_s, QJsonArray{u"alice"_s}}})
                     .status,
                 200);

        const Reply moved = post({{u"action"_s, u"replace"_s},
                                  {u"from_plan"_s, u"monthly"_s},
                                  {u"plan"_s, u"PRO"_s},
                                  {u"usernames"_s, QJsonArray{u"alice"_s, u"no way!"_s}}});
        QCOMPARE(moved.status, 200);
        const qint64 batch = moved.body.value(u"batch_id"_s).toInteger();
        QVERIFY(batch > 0);
        QCOMPARE(moved.body.value(u"queued"_s).toInt(), 2);
        const QJsonArray results = moved.body.value(u"results"_s).toArray();
        QCOMPARE(results.at(1).toObject().value(u"status"_s).toString(), u"invalid"_s);
        const QJsonObject alice = results.at(0).toObject();
        QCOMPARE(alice.value(u"status"_s).toString(), u"queued"_s);
        QHash<QString, QString> changes;
        for (const QJsonValue c : alice.value(u"changes"_s).toArray())
            changes.insert(c[u"pine_id"_s].toString(), c[u"change"_s].toString());
        QCOMPARE(changes.value(pine), u"revoke"_s);
        QCOMPARE(changes.value(proPine), u"grant"_s);
        // The intent is what the answer says, and both pairs wait in the queue as one batch.
        QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM sync_queue WHERE batch_id = :b"_s,
                              {{u":b"_s, batch}})
                     .toInt(),
                 2);
        QCOMPARE(m_db->scalar(u"SELECT a.intended_state FROM accesses a JOIN indicators i ON "
                              "i.id = a.indicator_id WHERE i.pine_id = :p"_s,
                              {{u":p"_s, pine}})
                     .toString(),
                 u"revoked"_s);
        QCOMPARE(m_db->scalar(u"SELECT a.intended_state FROM accesses a JOIN indicators i ON "
                              "i.id = a.indicator_id WHERE i.pine_id = :p"_s,
                              {{u":p"_s, proPine}})
                     .toString(),
                 u"granted"_s);

        // Sent again (a retry): alice is no longer on Monthly, so nothing moves twice.
        const Reply again = post({{u"action"_s, u"replace"_s},
                                  {u"from_plan"_s, u"Monthly"_s},
                                  {u"plan"_s, u"Pro"_s},
                                  {u"usernames"_s, QJsonArray{u"alice"_s}}});
        QCOMPARE(again.status, 200);
        QCOMPARE(again.body.value(u"queued"_s).toInt(), 0);
        QCOMPARE(again.body[u"results"_s][0][u"status"_s].toString(), u"unchanged"_s);
        QVERIFY(again.body[u"results"_s][0][u"message"_s].toString().contains(u"Monthly"_s));

        QCOMPARE(post({{u"action"_s, u"replace"_s},
                       {u"plan"_s, u"Pro"_s},
                       {u"usernames"_s, QJsonArray{u"alice"_s}}})
                     .status,
                 422);
        QCOMPARE(post({{u"action"_s, u"replace"_s},
                       {u"from_plan"_s, u"Pro"_s},
                       {u"plan"_s, u"Pro"_s},
                       {u"usernames"_s, QJsonArray{u"alice"_s}}})
                     .status,
                 422);
    }

    void badInputIsRefusedWithReasons()
    {
        QCOMPARE(call("POST", u"/access"_s, "{nope").status, 400);
        const auto refused = [this](const QJsonObject &o) {
            return call("POST", u"/access"_s, QJsonDocument(o).toJson());
        };
        QCOMPARE(refused({{u"action"_s, u"gift"_s}}).status, 422);
        QCOMPARE(refused({{u"action"_s, u"grant"_s}, {u"plan"_s, u"Yearly"_s}}).status, 422);
        const Reply unknown = refused({{u"action"_s, u"grant"_s},
                                       {u"indicators"_s, QJsonArray{u"PUB;0000"_s}},
                                       {u"usernames"_s, QJsonArray{u"x_1"_s}},
                                       {u"duration"_s, u"30D"_s}});
        QCOMPARE(unknown.status, 422);
        QVERIFY(!unknown.body.value(u"error"_s).toString().isEmpty());
        QCOMPARE(refused({{u"action"_s, u"grant"_s},
                          {u"indicators"_s, QJsonArray{pine}},
                          {u"usernames"_s, QJsonArray{u"x_1"_s}}})
                     .status,
                 422); // how long?
        QCOMPARE(refused({{u"action"_s, u"grant"_s},
                          {u"plan"_s, u"Monthly"_s},
                          {u"usernames"_s, QJsonArray{u"no way"_s}}})
                     .status,
                 422);
        QCOMPARE(call("GET", u"/access"_s).status, 405);
        QCOMPARE(call("GET", u"/nothing"_s).status, 404);
        QCOMPARE(call("POST", u"/access"_s, QByteArray(2 * 1024 * 1024, ' ')).status, 413);
        QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM sync_queue"_s).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRestApi)
#include "tst_restapi.moc"
