#include "TestDatabase.h"
#include "services/AccessService.h"
#include "services/CatalogService.h"
#include "services/ChangeFeed.h"
#include "services/TeamChangeRelay.h"
#include "store/DatabaseTarget.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace pinedesk;
using namespace pinedesk::test;
using namespace Qt::Literals::StringLiterals;

// Live updates across the desktops of a team database: what one commits reaches the change feed
// of the others through LISTEN/NOTIFY, at once and without polling, including what a separate
// `pinedesk` process commits from the command line; nobody hears its own changes twice.
class TestTeamFeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void grantFromAnotherProcessReachesTheFeed();
    void desktopsHearEachOtherButNotThemselves();
    void strangeMessagesAreIgnored_data();
    void strangeMessagesAreIgnored();

private:
    static Changes heard(const QSignalSpy &spy);
};

void TestTeamFeed::initTestCase()
{
    QVERIFY2(TestDatabase::postgresqlRequested(),
             "this test needs the scratch PostgreSQL cluster that packaging/test-session.sh "
             "starts (PINEDESK_TEST_BACKEND=postgresql)");
}

Changes TestTeamFeed::heard(const QSignalSpy &spy)
{
    Changes all;
    for (const QList<QVariant> &call : spy)
        all |= call.at(0).value<Changes>();
    return all;
}

void TestTeamFeed::grantFromAnotherProcessReachesTheFeed()
{
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.openError()));
    ChangeFeed feed;
    TeamChangeRelay relay(db.database(), feed);
    const Status listening = relay.start();
    QVERIFY2(listening, listening ? "" : qPrintable(listening.error().detail()));
    QSignalSpy spy(&feed, &ChangeFeed::changed);

    QProcess grant;
    grant.start(QStringLiteral(PINEDESK_EXE),
                {u"--db"_s, db.path(), u"grant"_s, u"--users"_s, u"ana_fx,bruno_fx"_s,
                 u"--indicator"_s, u"PUB;0123456789abcdef0123456789abcdef"_s, u"--duration"_s,
                 u"30D"_s});
    QVERIFY(QTest::qWaitFor([&] { return grant.state() == QProcess::NotRunning; }, 60000));
    QVERIFY2(grant.exitCode() == 0, grant.readAllStandardError().constData());
    QElapsedTimer sinceCommit;
    sinceCommit.start();
    QVERIFY(QTest::qWaitFor([&] { return heard(spy).testFlags(Change::Accesses | Change::Queue); },
                            10000));
    qInfo("heard the other process's grant %lld ms after it ended", sinceCommit.elapsed());
    QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM accesses"_s).toInt(), 2);
}

void TestTeamFeed::desktopsHearEachOtherButNotThemselves()
{
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.openError()));
    // A second desktop: its own connections (sessions) to the same database.
    const auto target = DatabaseTarget::parse(db.path());
    QVERIFY(target);
    Database other(*target);
    QVERIFY(other.open());

    ChangeFeed here;
    ChangeFeed there;
    TeamChangeRelay hereRelay(db.database(), here);
    TeamChangeRelay thereRelay(other, there);
    QVERIFY(hereRelay.start());
    QVERIFY(thereRelay.start());
    QSignalSpy hereSpy(&here, &ChangeFeed::changed);
    QSignalSpy thereSpy(&there, &ChangeFeed::changed);

    AccessChanges::Request r;
    r.usernames = {u"carla_fx"_s};
    r.pineIds = {u"PUB;0123456789abcdef0123456789abcdef"_s};
    r.duration = Duration::days(30);
    QVERIFY(AccessService(ServiceContext(db.context(), &here)).apply(r));
    QVERIFY(QTest::qWaitFor([&] { return heard(thereSpy).testFlag(Change::Accesses); }, 10000));
    QVERIFY(heard(hereSpy).testFlag(Change::Accesses)); // delivered locally as always

    // The other desktop answers with a catalog change; once it is heard here, any echo of the
    // first message would have arrived before it (notifications keep commit order).
    Indicator trend;
    trend.name = u"Trend Pro"_s;
    trend.pineId = u"PUB;fedcba9876543210fedcba9876543210"_s;
    const auto saved =
        CatalogService(ServiceContext(StoreContext{other, db.clock(), u"b"_s}, &there))
            .saveIndicator(trend, {});
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().detail()));
    QVERIFY(QTest::qWaitFor([&] { return heard(hereSpy).testFlag(Change::Catalog); }, 10000));
    int accessDeliveries = 0;
    for (const QList<QVariant> &call : hereSpy)
        accessDeliveries += call.at(0).value<Changes>().testFlag(Change::Accesses) ? 1 : 0;
    QCOMPARE(accessDeliveries, 1);
}

void TestTeamFeed::strangeMessagesAreIgnored_data()
{
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QString();
    QTest::newRow("no sender") << u" 2"_s;
    QTest::newRow("not a number") << u"abc two"_s;
    QTest::newRow("nothing known") << u"abc 1024"_s;
    QTest::newRow("three parts") << u"abc 2 3"_s;
}

void TestTeamFeed::strangeMessagesAreIgnored()
{
    QFETCH(QString, message);
    QVERIFY(!TeamChangeRelay::parse(message));
    const auto good = TeamChangeRelay::parse(TeamChangeRelay::message(u"abc"_s, Change::Queue));
    QVERIFY(good);
    QCOMPARE(good->sender, u"abc"_s);
    QCOMPARE(good->changes, Changes(Change::Queue));
}

QTEST_GUILESS_MAIN(TestTeamFeed)
#include "tst_teamfeed.moc"
