#include "SandboxFixture.h"
#include "Waiter.h"

#include <QSignalSpy>
#include <QTest>

using namespace pinedesk;
using namespace pinedesk::test;
using namespace Qt::Literals::StringLiterals;

using AddOutcome = TradingViewClient::AddOutcome;
using RemoveOutcome = TradingViewClient::RemoveOutcome;

namespace {

constexpr int waitMs = 15000;

Expiration until(int y, int m, int d)
{
    return Expiration::endOfDay(QDate(y, m, d));
}

} // namespace

// TradingViewClient against the sandbox over real loopback sockets: every endpoint and switch.
class TestTvClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sessionCheck();
    void usernameValidation();
    void addThenExistsChangesNothingThenModify();
    void lifetimeRoundTrip();
    void removeAnswersBothMeanNoAccess();
    void unknownUserAndScript();
    void pagingFollowsCursorsToTheEnd();
    void usernameFilterIsExactOnTheClient();
    void limitAboveServerMaximumIsABadRequest();
    void rateLimitedWithAndWithoutRetryAfter();
    void sessionExpiryAndRenewal();
    void rotatedCookieIsAdopted();
    void serverErrorsHtmlAndJson();
    void droppedConnectionIsANetworkError();
    void malformedBodyIsAProtocolError();
    void hugeUserpicsParse();
    void usernameCaseHandling();
    void formFieldsAreEscaped();
    void timeoutIsReported();
    void scriptsWithNames();
    void destroyedClientNeverCallsBack();

private:
    template<typename T>
    static bool wait(Waiter<T> &w)
    {
        return QTest::qWaitFor([&w] { return w.done(); }, waitMs);
    }
};

void TestTvClient::sessionCheck()
{
    SandboxFixture f;
    QVERIFY(f.isListening());
    Waiter<TvResult<TvAccount>> w;
    f.client().checkSession(w.callback());
    QVERIFY(wait(w));
    QVERIFY(w.value().ok());
    QCOMPARE(w.value()->username, u"sandbox_vendor"_s);

    f.client().setSession(TvSession(u"wrong"_s, QString()));
    w.reset();
    f.client().checkSession(w.callback());
    QVERIFY(wait(w));
    QCOMPARE(w.value().error().kind, TvError::Kind::SessionExpired);
}

void TestTvClient::usernameValidation()
{
    SandboxFixture f;
    Waiter<TvResult<std::optional<QString>>> w;
    f.client().validateUsername(u"TRADER00042"_s, w.callback());
    QVERIFY(wait(w));
    QCOMPARE(w.value().value(), std::optional<QString>(u"trader00042"_s));
    w.reset();
    f.client().validateUsername(u"trader0004"_s, w.callback()); // a prefix is not the user
    QVERIFY(wait(w));
    QCOMPARE(w.value().value(), std::nullopt);
    w.reset();
    f.client().validateUsername(u"trädér 🚀&s=x"_s, w.callback()); // unicode and URL syntax
    QVERIFY(wait(w));
    QVERIFY(w.value().ok());
    QCOMPARE(w.value().value(), std::nullopt);
}

void TestTvClient::addThenExistsChangesNothingThenModify()
{
    SandboxFixture f;
    Waiter<TvResult<AddOutcome>> add;
    f.client().addAccess(f.pine(), u"trader00001"_s, until(2030, 1, 31), add.callback());
    QVERIFY(wait(add));
    QCOMPARE(add.value().value(), AddOutcome::Created);
    QCOMPARE(*f.grant(f.pine(), u"trader00001"_s)->expiration, until(2030, 1, 31).until());

    add.reset();
    f.client().addAccess(f.pine(), u"trader00001"_s, until(2031, 6, 30), add.callback());
    QVERIFY(wait(add));
    QCOMPARE(add.value().value(), AddOutcome::Exists); // add is not an upsert
    QCOMPARE(*f.grant(f.pine(), u"trader00001"_s)->expiration, until(2030, 1, 31).until());

    Waiter<TvResult<bool>> modify;
    f.client().modifyExpiration(f.pine(), u"trader00001"_s, until(2031, 6, 30), modify.callback());
    QVERIFY(wait(modify));
    QVERIFY(modify.value().ok());
    QCOMPARE(*f.grant(f.pine(), u"trader00001"_s)->expiration, until(2031, 6, 30).until());

    modify.reset();
    f.client().modifyExpiration(f.pine(), u"trader00002"_s, until(2031, 6, 30), modify.callback());
    QVERIFY(wait(modify));
    QCOMPARE(modify.value().error().kind, TvError::Kind::BadRequest); // no grant to modify
}

void TestTvClient::lifetimeRoundTrip()
{
    SandboxFixture f;
    Waiter<TvResult<AddOutcome>> add;
    f.client().addAccess(f.pine(), u"trader00003"_s, Expiration::lifetime(), add.callback());
    QVERIFY(wait(add));
    QVERIFY(!f.grant(f.pine(), u"trader00003"_s)->expiration.has_value());
    Waiter<TvResult<bool>> modify;
    f.client().modifyExpiration(f.pine(), u"trader00003"_s, until(2030, 2, 28), modify.callback());
    QVERIFY(wait(modify));
    QVERIFY(f.grant(f.pine(), u"trader00003"_s)->expiration.has_value());
    modify.reset();
    f.client().modifyExpiration(f.pine(), u"trader00003"_s, Expiration::lifetime(),
                                modify.callback());
    QVERIFY(wait(modify));
    QVERIFY(!f.grant(f.pine(), u"trader00003"_s)->expiration.has_value());

    Waiter<TvResult<QList<TvGrant>>> list;
    f.client().listUsers(f.pine(), u"trader00003"_s, list.callback());
    QVERIFY(wait(list));
    QCOMPARE(list.value()->size(), 1);
    QVERIFY(list.value()->first().expiration.isLifetime());
}

void TestTvClient::removeAnswersBothMeanNoAccess()
{
    for (const auto mode :
         {SandboxConfig::RemoveNonMember::Ok, SandboxConfig::RemoveNonMember::NotExists}) {
        SandboxConfig config;
        config.removeNonMember = mode;
        SandboxFixture f(config);
        Waiter<TvResult<AddOutcome>> add;
        f.client().addAccess(f.pine(), u"trader00004"_s, until(2030, 1, 1), add.callback());
        QVERIFY(wait(add));
        Waiter<TvResult<RemoveOutcome>> remove;
        f.client().removeAccess(f.pine(), u"trader00004"_s, remove.callback());
        QVERIFY(wait(remove));
        QCOMPARE(remove.value().value(), RemoveOutcome::Removed);
        QVERIFY(!f.grant(f.pine(), u"trader00004"_s));
        remove.reset();
        f.client().removeAccess(f.pine(), u"trader00004"_s, remove.callback());
        QVERIFY(wait(remove));
        QVERIFY(remove.value().ok());
        QCOMPARE(remove.value().value(), mode == SandboxConfig::RemoveNonMember::Ok
                                             ? RemoveOutcome::Removed
                                             : RemoveOutcome::NotMember);
    }
}

void TestTvClient::unknownUserAndScript()
{
    SandboxFixture f;
    Waiter<TvResult<AddOutcome>> add;
    f.client().addAccess(f.pine(), u"nobody_at_all"_s, until(2030, 1, 1), add.callback());
    QVERIFY(wait(add));
    QCOMPARE(add.value().error().kind, TvError::Kind::UserNotFound);
    QVERIFY(add.value().error().message().contains(u"nobody_at_all"_s));
    add.reset();
    f.client().addAccess(u"PUB;ffffffffffffffffffffffffffffffff"_s, u"trader00001"_s,
                         until(2030, 1, 1), add.callback());
    QVERIFY(wait(add));
    QCOMPARE(add.value().error().kind, TvError::Kind::ScriptNotFound);
    Waiter<TvResult<RemoveOutcome>> remove;
    f.client().removeAccess(f.pine(), u"nobody_at_all"_s, remove.callback());
    QVERIFY(wait(remove));
    QCOMPARE(remove.value().error().kind, TvError::Kind::UserNotFound);
}

void TestTvClient::pagingFollowsCursorsToTheEnd()
{
    SandboxFixture f;
    SandboxState::Script *script = f.state().script(f.pine());
    for (int i = 1; i <= 250; ++i) {
        const QString name = u"trader%1"_s.arg(i, 5, 10, QChar(u'0'));
        script->grants.insert(
            name,
            {f.state().nextId(), name,
             i % 5 ? std::optional<QDateTime>(until(2030, 1, i % 28 + 1).until()) : std::nullopt,
             f.clock().nowUtc()});
    }
    Waiter<TvResult<QList<TvGrant>>> list;
    const quint64 before = f.client().requestCount();
    f.client().listUsers(f.pine(), QString(), list.callback());
    QVERIFY(wait(list));
    QVERIFY(list.value().ok());
    QCOMPARE(list.value()->size(), 250);
    QSet<QString> names;
    int lifetime = 0;
    for (const TvGrant &g : *list.value()) {
        names.insert(g.username);
        lifetime += g.expiration.isLifetime() ? 1 : 0;
    }
    QCOMPARE(names.size(), 250);
    QCOMPARE(lifetime, 50);
    QCOMPARE(f.client().requestCount() - before, quint64(10)); // 250 / 25 per page
}

void TestTvClient::usernameFilterIsExactOnTheClient()
{
    for (const auto mode :
         {SandboxConfig::UsernameFilter::Exact, SandboxConfig::UsernameFilter::Prefix,
          SandboxConfig::UsernameFilter::Substring}) {
        SandboxConfig config;
        config.usernameFilter = mode;
        SandboxFixture f(config);
        for (const QString &name : {u"joe"_s, u"joe2"_s, u"bigjoe"_s}) {
            f.state().addUser(name);
            Waiter<TvResult<AddOutcome>> add;
            f.client().addAccess(f.pine(), name, until(2030, 1, 1), add.callback());
            QVERIFY(wait(add));
        }
        Waiter<TvResult<QList<TvGrant>>> list;
        f.client().listUsers(f.pine(), u"JOE"_s, list.callback());
        QVERIFY(wait(list));
        QCOMPARE(list.value()->size(), 1);
        QCOMPARE(list.value()->first().username, u"joe"_s);
    }
}

void TestTvClient::limitAboveServerMaximumIsABadRequest()
{
    SandboxFixture f;
    f.client().setPageSize(50);
    Waiter<TvResult<QList<TvGrant>>> list;
    f.client().listUsers(f.pine(), QString(), list.callback());
    QVERIFY(wait(list));
    QCOMPARE(list.value().error().kind, TvError::Kind::BadRequest);
    QVERIFY(list.value().error().serverMessage.contains(u"pagination"_s));
}

void TestTvClient::rateLimitedWithAndWithoutRetryAfter()
{
    for (const bool retryAfter : {true, false}) {
        SandboxConfig config;
        config.writeRate = 0.01;
        config.writeBurst = 1;
        config.retryAfter = retryAfter;
        SandboxFixture f(config);
        Waiter<TvResult<AddOutcome>> first;
        f.client().addAccess(f.pine(), u"trader00001"_s, until(2030, 1, 1), first.callback());
        QVERIFY(wait(first));
        QVERIFY(first.value().ok());
        Waiter<TvResult<AddOutcome>> second;
        f.client().addAccess(f.pine(), u"trader00002"_s, until(2030, 1, 1), second.callback());
        QVERIFY(wait(second));
        QCOMPARE(second.value().error().kind, TvError::Kind::RateLimited);
        QVERIFY(second.value().error().isTransient());
        if (retryAfter)
            QVERIFY(second.value().error().retryAfterSeconds.value_or(0) >= 1);
        else
            QVERIFY(!second.value().error().retryAfterSeconds);
        QVERIFY(!f.grant(f.pine(), u"trader00002"_s)); // nothing was done
        // Removes have their own bucket.
        Waiter<TvResult<RemoveOutcome>> remove;
        f.client().removeAccess(f.pine(), u"trader00001"_s, remove.callback());
        QVERIFY(wait(remove));
        QVERIFY(remove.value().ok());
    }
}

void TestTvClient::sessionExpiryAndRenewal()
{
    SandboxConfig config;
    config.expireAfterCalls = 2;
    SandboxFixture f(config);
    for (int i = 0; i < 2; ++i) {
        Waiter<TvResult<TvAccount>> ok;
        f.client().checkSession(ok.callback());
        QVERIFY(wait(ok));
        QVERIFY(ok.value().ok());
    }
    Waiter<TvResult<AddOutcome>> add;
    f.client().addAccess(f.pine(), u"trader00001"_s, until(2030, 1, 1), add.callback());
    QVERIFY(wait(add));
    QCOMPARE(add.value().error().kind, TvError::Kind::SessionExpired);
    QCOMPARE(add.value().error().httpStatus, 403);
    QVERIFY(!f.grant(f.pine(), u"trader00001"_s));

    f.client().setSession(TvSession(f.api().renewSession(), f.api().config().sessionSign));
    add.reset();
    f.client().addAccess(f.pine(), u"trader00001"_s, until(2030, 1, 1), add.callback());
    QVERIFY(wait(add));
    QVERIFY(add.value().ok());
}

void TestTvClient::rotatedCookieIsAdopted()
{
    SandboxConfig config;
    config.rotateEvery = 1;
    SandboxFixture f(config);
    QSignalSpy rotated(&f.client(), &TradingViewClient::sessionRotated);
    const TvSession original = f.client().session();
    for (int i = 0; i < 4; ++i) { // several rotations: only an adopting client survives them
        Waiter<TvResult<TvAccount>> w;
        f.client().checkSession(w.callback());
        QVERIFY(wait(w));
        QVERIFY2(w.value().ok(),
                 qPrintable(w.value().ok() ? QString() : w.value().error().message()));
    }
    QCOMPARE(rotated.count(), 4);
    QVERIFY(f.client().session().sessionId() != original.sessionId());
    QCOMPARE(f.client().session().sign(), original.sign()); // only the rotated cookie changes
    QCOMPARE(f.client().session().sessionId(), f.api().currentSession());
    QCOMPARE(rotated.last().first().value<TvSession>().sessionId(), f.api().currentSession());
}

void TestTvClient::serverErrorsHtmlAndJson()
{
    for (const bool html : {true, false}) {
        SandboxConfig config;
        config.failRate = 1;
        config.htmlErrors = html;
        SandboxFixture f(config);
        Waiter<TvResult<AddOutcome>> add;
        f.client().addAccess(f.pine(), u"trader00001"_s, until(2030, 1, 1), add.callback());
        QVERIFY(wait(add));
        QCOMPARE(add.value().error().kind, TvError::Kind::ServerError);
        QVERIFY(add.value().error().httpStatus >= 500);
        if (html)
            QVERIFY(add.value().error().serverMessage.contains(
                QString::number(add.value().error().httpStatus)));
        QVERIFY(!f.grant(f.pine(), u"trader00001"_s));
    }
}

void TestTvClient::droppedConnectionIsANetworkError()
{
    SandboxConfig config;
    config.dropRate = 1;
    SandboxFixture f(config);
    Waiter<TvResult<AddOutcome>> add;
    f.client().addAccess(f.pine(), u"trader00001"_s, until(2030, 1, 1), add.callback());
    QVERIFY(wait(add));
    QCOMPARE(add.value().error().kind, TvError::Kind::NetworkError);
    QVERIFY(add.value().error().isTransient());
}

void TestTvClient::malformedBodyIsAProtocolError()
{
    SandboxConfig config;
    config.malformedRate = 1;
    SandboxFixture f(config);
    Waiter<TvResult<AddOutcome>> add;
    f.client().addAccess(f.pine(), u"trader00001"_s, until(2030, 1, 1), add.callback());
    QVERIFY(wait(add));
    QCOMPARE(add.value().error().kind, TvError::Kind::ProtocolError);
    // The server did the work before the answer broke: only a re-check can tell.
    QVERIFY(f.grant(f.pine(), u"trader00001"_s));
    Waiter<TvResult<QList<TvGrant>>> list;
    f.client().listUsers(f.pine(), QString(), list.callback());
    QVERIFY(wait(list));
    QCOMPARE(list.value().error().kind, TvError::Kind::ProtocolError);
}

void TestTvClient::hugeUserpicsParse()
{
    SandboxConfig config;
    config.userpicBytes = 300000;
    SandboxFixture f(config);
    SandboxState::Script *script = f.state().script(f.pine());
    for (int i = 1; i <= 30; ++i) {
        const QString name = u"trader%1"_s.arg(i, 5, 10, QChar(u'0'));
        script->grants.insert(name, {f.state().nextId(), name, std::nullopt, f.clock().nowUtc()});
    }
    Waiter<TvResult<QList<TvGrant>>> list;
    f.client().listUsers(f.pine(), QString(), list.callback());
    QVERIFY(wait(list));
    QVERIFY(list.value().ok());
    QCOMPARE(list.value()->size(), 30);
}

void TestTvClient::usernameCaseHandling()
{
    SandboxConfig strict;
    strict.strictCase = true;
    SandboxFixture s(strict);
    s.state().addUser(u"TraderJoe"_s);
    Waiter<TvResult<AddOutcome>> add;
    s.client().addAccess(s.pine(), u"traderjoe"_s, until(2030, 1, 1), add.callback());
    QVERIFY(wait(add));
    QCOMPARE(add.value().error().kind, TvError::Kind::UserNotFound);
    Waiter<TvResult<std::optional<QString>>> canonical;
    s.client().validateUsername(u"traderjoe"_s, canonical.callback());
    QVERIFY(wait(canonical));
    add.reset();
    s.client().addAccess(s.pine(), *canonical.value().value(), until(2030, 1, 1), add.callback());
    QVERIFY(wait(add));
    QVERIFY(add.value().ok());

    SandboxFixture lenient;
    lenient.state().addUser(u"TraderJoe"_s);
    add.reset();
    lenient.client().addAccess(lenient.pine(), u"TRADERJOE"_s, until(2030, 1, 1), add.callback());
    QVERIFY(wait(add));
    QCOMPARE(add.value().value(), AddOutcome::Created);
    QCOMPARE(lenient.grant(lenient.pine(), u"traderjoe"_s)->username, u"TraderJoe"_s);
}

void TestTvClient::formFieldsAreEscaped()
{
    SandboxFixture f;
    f.state().addUser(u"a+b&c=d;e%20"_s); // not a real username: a probe for the encoder
    Waiter<TvResult<AddOutcome>> add;
    f.client().addAccess(f.pine(), u"a+b&c=d;e%20"_s, until(2030, 1, 1), add.callback());
    QVERIFY(wait(add));
    QVERIFY2(add.value().ok(),
             qPrintable(add.value().ok() ? QString() : add.value().error().message()));
    QVERIFY(f.grant(f.pine(), u"a+b&c=d;e%20"_s));
}

void TestTvClient::timeoutIsReported()
{
    SandboxConfig config;
    config.latencyMinMs = 3000;
    config.latencyMaxMs = 3000;
    SandboxFixture f(config);
    f.client().setTimeoutMs(200);
    Waiter<TvResult<TvAccount>> w;
    f.client().checkSession(w.callback());
    QVERIFY(wait(w));
    QCOMPARE(w.value().error().kind, TvError::Kind::Timeout);
}

void TestTvClient::scriptsWithNames()
{
    SandboxFixture f;
    Waiter<TvResult<QList<TvScript>>> w;
    f.client().listScripts(w.callback());
    QVERIFY(wait(w));
    QCOMPARE(w.value()->size(), 2);
    QCOMPARE(w.value()->first().pineId, f.pine(0));
    QVERIFY(w.value()->first().name.startsWith(u"Sandbox Script"_s));
}

void TestTvClient::destroyedClientNeverCallsBack()
{
    SandboxConfig config;
    config.latencyMinMs = 300;
    config.latencyMaxMs = 300;
    SandboxFixture f(config);
    bool called = false;
    {
        TradingViewClient shortLived(&f.network(), f.server().baseUrl());
        shortLived.setSession(f.client().session());
        shortLived.checkSession([&called](const TvResult<TvAccount> &) { called = true; });
    }
    // A later call on the fixture's client completes; the destroyed one never answered.
    Waiter<TvResult<TvAccount>> w;
    f.client().checkSession(w.callback());
    QVERIFY(wait(w));
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestTvClient)
#include "tst_tvclient.moc"
