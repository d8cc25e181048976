#include "domain/Access.h"
#include "domain/AccessStatus.h"
#include "domain/SyncState.h"

#include <QTest>
#include <QTimeZone>

using namespace pinedesk;

namespace {

const QDateTime now(QDate(2026, 3, 15), QTime(10, 0), QTimeZone::utc());

} // namespace

class TestStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accessStatus_data();
    void accessStatus();
    void expiringThresholdIsConfigurable();
    void syncState_data();
    void syncState();
    void serverMatchesIntent();
    void enumTextRoundTrips();
};

void TestStatus::accessStatus_data()
{
    QTest::addColumn<bool>("revoked");
    QTest::addColumn<QDateTime>("until"); // invalid = lifetime
    QTest::addColumn<int>("expected");
    QTest::newRow("active far") << false << now.addDays(30) << int(AccessStatus::Active);
    QTest::newRow("active just past threshold")
        << false << now.addDays(7).addSecs(1) << int(AccessStatus::Active);
    QTest::newRow("expiring at threshold")
        << false << now.addDays(7) << int(AccessStatus::Expiring);
    QTest::newRow("expiring tomorrow") << false << now.addDays(1) << int(AccessStatus::Expiring);
    QTest::newRow("expiring in a second") << false << now.addSecs(1) << int(AccessStatus::Expiring);
    QTest::newRow("expired exactly now") << false << now << int(AccessStatus::Expired);
    QTest::newRow("expired long ago") << false << now.addYears(-1) << int(AccessStatus::Expired);
    QTest::newRow("lifetime") << false << QDateTime() << int(AccessStatus::Lifetime);
    QTest::newRow("revoked running") << true << now.addDays(30) << int(AccessStatus::Revoked);
    QTest::newRow("revoked lifetime") << true << QDateTime() << int(AccessStatus::Revoked);
}

void TestStatus::accessStatus()
{
    QFETCH(bool, revoked);
    QFETCH(QDateTime, until);
    QFETCH(int, expected);
    const Expiration e = until.isValid() ? Expiration::at(until) : Expiration::lifetime();
    const auto intent = revoked ? IntendedState::Revoked : IntendedState::Granted;
    QCOMPARE(int(AccessStatusRule().statusOf(intent, e, now)), expected);
    QVERIFY(!AccessStatusRule::displayName(AccessStatus(expected)).isEmpty());
}

void TestStatus::expiringThresholdIsConfigurable()
{
    const Expiration in10 = Expiration::at(now.addDays(10));
    QCOMPARE(AccessStatusRule(7).statusOf(IntendedState::Granted, in10, now), AccessStatus::Active);
    QCOMPARE(AccessStatusRule(14).statusOf(IntendedState::Granted, in10, now),
             AccessStatus::Expiring);
    QCOMPARE(
        AccessStatusRule(0).statusOf(IntendedState::Granted, Expiration::at(now.addSecs(5)), now),
        AccessStatus::Active);
}

void TestStatus::syncState_data()
{
    QTest::addColumn<int>("row"); // -1: no row
    QTest::addColumn<bool>("matches");
    QTest::addColumn<int>("expected");
    QTest::newRow("never queued, matches") << -1 << true << int(SyncState::InSync);
    QTest::newRow("never queued, drift") << -1 << false << int(SyncState::NeedsAttention);
    QTest::newRow("pending") << int(QueueState::Pending) << false << int(SyncState::Pending);
    QTest::newRow("in flight") << int(QueueState::InFlight) << true << int(SyncState::Pending);
    QTest::newRow("retry") << int(QueueState::Retry) << false << int(SyncState::Failed);
    QTest::newRow("dead") << int(QueueState::Dead) << true << int(SyncState::NeedsAttention);
    QTest::newRow("done, matches") << int(QueueState::Done) << true << int(SyncState::InSync);
    QTest::newRow("done, drift later")
        << int(QueueState::Done) << false << int(SyncState::NeedsAttention);
    QTest::newRow("cancelled, drift")
        << int(QueueState::Cancelled) << false << int(SyncState::NeedsAttention);
}

void TestStatus::syncState()
{
    QFETCH(int, row);
    QFETCH(bool, matches);
    QFETCH(int, expected);
    const std::optional<QueueState> latest =
        row < 0 ? std::nullopt : std::optional<QueueState>(QueueState(row));
    QCOMPARE(int(SyncStateRule::stateOf(latest, matches)), expected);
    QVERIFY(!SyncStateRule::displayName(SyncState(expected)).isEmpty());
}

void TestStatus::serverMatchesIntent()
{
    Access a;
    a.intent = IntendedState::Granted;
    a.expiration = Expiration::at(now.addDays(3));
    QVERIFY(!a.serverMatchesIntent()); // never synced
    a.serverKnown = true;
    a.serverHasAccess = true;
    a.serverExpiration = Expiration::at(now.addDays(3));
    QVERIFY(a.serverMatchesIntent());
    a.serverExpiration = Expiration::at(now.addDays(4));
    QVERIFY(!a.serverMatchesIntent());
    a.serverExpiration = Expiration::lifetime();
    QVERIFY(!a.serverMatchesIntent()); // lifetime vs dated is a mismatch
    a.intent = IntendedState::Revoked;
    QVERIFY(!a.serverMatchesIntent());
    a.serverHasAccess = false;
    QVERIFY(a.serverMatchesIntent());
}

void TestStatus::enumTextRoundTrips()
{
    for (auto s : {QueueState::Pending, QueueState::InFlight, QueueState::Retry, QueueState::Done,
                   QueueState::Dead, QueueState::Cancelled})
        QCOMPARE(queueStateFromText(toText(s)), s);
    for (auto o : {AccessOrigin::Manual, AccessOrigin::Bulk, AccessOrigin::Plan,
                   AccessOrigin::Campaign, AccessOrigin::Import})
        QCOMPARE(accessOriginFromText(toText(o)), o);
    QCOMPARE(intendedStateFromText(u"GRANTED"), IntendedState::Granted);
    QVERIFY(!queueStateFromText(u"bogus").has_value());
    QVERIFY(isOpen(QueueState::Retry));
    QVERIFY(!isOpen(QueueState::Dead));
}

QTEST_GUILESS_MAIN(TestStatus)
#include "tst_status.moc"
