#include "SandboxFixture.h"
#include "bulk/UsernameCheck.h"
#include "items/BulkCheckModel.h"
#include "sandbox/SandboxApi.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace pinedesk;
using namespace pinedesk::test;
using namespace Qt::Literals::StringLiterals;

namespace {

using Outcome = UsernameCheck::Outcome;

// Fast enough for tests: the checker itself never waits on its own pace.
SyncConfig fastLookups()
{
    SyncConfig c;
    c.lookup = {1000, 1, 1000, 8, 0};
    c.retryBaseSeconds = 0.01;
    c.retryCapSeconds = 0.05;
    c.throttleBaseSeconds = 0.05;
    c.throttleCapSeconds = 0.2;
    return c;
}

QStringList traders(int from, int to)
{
    QStringList list;
    for (int i = from; i <= to; ++i)
        list.append(u"trader%1"_s.arg(i, 5, 10, QChar(u'0')));
    return list;
}

bool runToEnd(UsernameCheck &check)
{
    QSignalSpy finished(&check, &UsernameCheck::finished);
    if (!check.isRunning())
        return false;
    return finished.wait(30000) && !finished.first().first().toBool();
}

} // namespace

// The paced username checker of the bulk wizard, against the sandbox: canonical spelling, not
// found, rate limits with Retry-After, transient and persistent errors, cancel, and known
// answers that are not asked again. And the table that shows it.
class TestUsernameCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validNotFoundAndCanonicalSpelling();
    void survivesRateLimitsWithRetryAfter();
    void transientErrorsAreRetried();
    void persistentErrorsEndAsErrors();
    void cancelStopsAtOnce();
    void knownAnswersAreNotAskedAgainAndFixesAreChecked();
    void checkModel();
};

void TestUsernameCheck::validNotFoundAndCanonicalSpelling()
{
    SandboxFixture sandbox({}, 20, 1);
    sandbox.state().addUser(u"MixedCase_Trader"_s);
    UsernameCheck check(&sandbox.client(), fastLookups());
    QSignalSpy results(&check, &UsernameCheck::resultReady);
    check.start({u"trader00001"_s, u"mixedcase_trader"_s, u"trader0001"_s, u"nobody_here"_s});
    QVERIFY(runToEnd(check));
    QCOMPARE(results.count(), 4);
    const auto &r = check.results();
    QCOMPARE(r.at(0).outcome, Outcome::Valid);
    QCOMPARE(r.at(0).canonical, u"trader00001"_s);
    QCOMPARE(r.at(1).outcome, Outcome::Valid);
    QCOMPARE(r.at(1).canonical, u"MixedCase_Trader"_s);
    QCOMPARE(r.at(1).username, u"mixedcase_trader"_s);
    QCOMPARE(r.at(2).outcome, Outcome::NotFound); // a prefix of other names is not a match
    QCOMPARE(r.at(3).outcome, Outcome::NotFound);
    QCOMPARE(check.count(Outcome::Valid), 2);
    QCOMPARE(check.doneCount(), 4);
}

void TestUsernameCheck::survivesRateLimitsWithRetryAfter()
{
    SandboxConfig config;
    config.hintRate = 25;
    config.hintBurst = 20;
    SandboxFixture sandbox(config, 60, 1);
    UsernameCheck check(&sandbox.client(), fastLookups());
    QSignalSpy progress(&check, &UsernameCheck::progress);
    check.start(traders(1, 40) + QStringList{u"ghost_one"_s});
    QVERIFY(runToEnd(check));
    QVERIFY(sandbox.api().counters().throttled > 0);
    QCOMPARE(check.throttled(), sandbox.api().counters().throttled);
    QCOMPARE(check.count(Outcome::Valid), 40);
    QCOMPARE(check.count(Outcome::NotFound), 1);
    QCOMPARE(check.count(Outcome::Error), 0);
    // A 429 costs no attempt: every username was answered at its first counted attempt.
    for (const UsernameCheck::Result &r : check.results())
        QCOMPARE(r.attempts, 0);
    QCOMPARE(progress.last().at(0).toInt(), 41);
    QCOMPARE(progress.last().at(1).toInt(), 41);
}

void TestUsernameCheck::transientErrorsAreRetried()
{
    SandboxConfig config;
    config.failRate = 0.3;
    config.seed = 7;
    SandboxFixture sandbox(config, 40, 1);
    UsernameCheck check(&sandbox.client(), fastLookups());
    check.start(traders(1, 30));
    QVERIFY(runToEnd(check));
    QVERIFY(sandbox.api().counters().failed > 0);
    QCOMPARE(check.count(Outcome::Valid), 30);
}

void TestUsernameCheck::persistentErrorsEndAsErrors()
{
    SandboxConfig config;
    config.failRate = 1.0;
    SandboxFixture sandbox(config, 10, 1);
    SyncConfig pace = fastLookups();
    pace.maxAttempts = 3;
    UsernameCheck check(&sandbox.client(), pace);
    check.start(traders(1, 3));
    QVERIFY(runToEnd(check));
    QCOMPARE(check.count(Outcome::Error), 3);
    QCOMPARE(check.results().first().attempts, 3);
    QVERIFY(!check.results().first().message.isEmpty());
    QCOMPARE(sandbox.api().counters().requests, quint64(9));

    // Asked again once the server is back.
    sandbox.api().config().failRate = 0;
    check.retryErrors();
    QCOMPARE(check.count(Outcome::Pending), 3);
    QVERIFY(runToEnd(check));
    QCOMPARE(check.count(Outcome::Valid), 3);
}

void TestUsernameCheck::cancelStopsAtOnce()
{
    SandboxConfig config;
    config.hintRate = 10;
    config.hintBurst = 1;
    SandboxFixture sandbox(config, 60, 1);
    SyncConfig pace = fastLookups();
    pace.lookup = {10, 1, 10, 1, 0}; // 10 a second, one at a time
    UsernameCheck check(&sandbox.client(), pace);
    QSignalSpy results(&check, &UsernameCheck::resultReady);
    QSignalSpy finished(&check, &UsernameCheck::finished);
    check.start(traders(1, 50));
    QVERIFY(results.wait(10000));
    check.cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(!check.isRunning());
    const int answered = int(results.count());
    QVERIFY(answered < 50);
    QVERIFY(!results.wait(400)); // an answer still on its way is dropped
    QCOMPARE(int(results.count()), answered);
    QVERIFY(check.count(Outcome::Pending) > 0);
}

void TestUsernameCheck::knownAnswersAreNotAskedAgainAndFixesAreChecked()
{
    SandboxFixture sandbox({}, 20, 1);
    UsernameCheck check(&sandbox.client(), fastLookups());
    const QStringList list{u"trader00001"_s, u"trader00002"_s, u"tradr00003"_s};
    check.start(list);
    QVERIFY(runToEnd(check));
    const quint64 asked = sandbox.api().counters().requests;
    QCOMPARE(asked, quint64(3));

    check.start(list); // back and forth in the wizard
    QVERIFY(runToEnd(check));
    QCOMPARE(sandbox.api().counters().requests, asked);
    QCOMPARE(check.count(Outcome::Valid), 2);
    QCOMPARE(check.results().at(2).outcome, Outcome::NotFound);

    QSignalSpy results(&check, &UsernameCheck::resultReady);
    check.recheck(2, u"trader00003"_s);
    QVERIFY(runToEnd(check));
    QCOMPARE(check.results().at(2).outcome, Outcome::Valid);
    QCOMPARE(check.results().at(2).username, u"trader00003"_s);
    QCOMPARE(results.count(), 1);
    QCOMPARE(sandbox.api().counters().requests, asked + 1);
}

void TestUsernameCheck::checkModel()
{
    BulkCheckModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<BulkCheckModel::Entry> entries;
    for (const QString &name : {u"trader00001"_s, u"tradr2"_s, u"someone"_s}) {
        BulkCheckModel::Entry e;
        e.check.username = name;
        entries.append(e);
    }
    model.setEntries(entries);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(BulkCheckModel::ColumnCount));
    UsernameCheck::Result valid{u"trader00001"_s, Outcome::Valid, u"Trader00001"_s, {}, 0};
    model.setCheck(0, valid);
    model.setCheck(1, {u"tradr2"_s, Outcome::NotFound, {}, {}, 0});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setHolding(0, true, u"Ana"_s, u"Alpha until 4/1/26"_s, false);
    model.setHolding(2, true, {}, u"Alpha lifetime"_s, true);
    model.setHolding(3, true, {}, {}, false); // no such row: ignored
    // A holding changes the client and access cells of its row only.
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.first().at(0).toModelIndex(), model.index(0, BulkCheckModel::Client));
    QCOMPARE(changed.first().at(1).toModelIndex(), model.index(0, BulkCheckModel::Access));
    QCOMPARE(model.index(0, BulkCheckModel::TradingView).data().toString(),
             u"Valid: Trader00001"_s);
    QCOMPARE(model.index(0, BulkCheckModel::Client).data().toString(), u"Ana"_s);
    QCOMPARE(model.index(1, BulkCheckModel::Client).data().toString(), u"Not a client"_s);
    QVERIFY(model.index(1, 0).data(BulkCheckModel::FilterRole).toString().contains(u"notfound"_s));
    QVERIFY(model.index(2, 0).data(BulkCheckModel::FilterRole).toString().contains(u"lifetime"_s));

    // Only a username that was not found (or failed) can be corrected.
    QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsEditable));
    QVERIFY(model.flags(model.index(1, 0)) & Qt::ItemIsEditable);
    QSignalSpy edited(&model, &BulkCheckModel::usernameEdited);
    QVERIFY(!model.setData(model.index(1, 0), u"not valid!"_s));
    QVERIFY(model.setData(model.index(1, 0), u" @trader00002"_s));
    QCOMPARE(edited.count(), 1);
    QCOMPARE(edited.first().at(1).toString(), u"trader00002"_s);
    QCOMPARE(model.entry(1).check.outcome, Outcome::Pending);
    QCOMPARE(model.index(1, BulkCheckModel::TradingView).data().toString(), u"Checking…"_s);
}

QTEST_GUILESS_MAIN(TestUsernameCheck)
#include "tst_usernamecheck.moc"
