#include "TestDatabase.h"
#include "campaigns/CampaignStore.h"
#include "import/ImportSource.h"
#include "services/AccessService.h"
#include "services/CampaignService.h"
#include "services/CatalogService.h"
#include "services/ChangeFeed.h"
#include "services/ClientService.h"
#include "services/ImportService.h"
#include "services/QueueService.h"
#include "store/ClientStore.h"
#include "store/IndicatorStore.h"
#include "store/PaymentStore.h"
#include "store/StoreError.h"
#include "store/SyncQueueStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace pinedesk;
using namespace pinedesk::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString pineA = u"PUB;0123456789abcdef0123456789abcdef"_s;
const QString pineB = u"PUB;fedcba9876543210fedcba9876543210"_s;
} // namespace

// The services every front end calls, without widgets: each use case commits as one unit and
// announces what it changed on the feed only after it committed; a failure announces nothing
// and changes nothing.
class TestServices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { StoreError::setFault({}); }
    void feedMergesABurstIntoOneDelivery();
    void throttledSubscriberNeverLosesTheLastChange();
    void grantAnnouncesAfterCommit();
    void failedGrantAnnouncesNothingAndChangesNothing();
    void indicatorAndVersionsAreAllOrNothing();
    void importingScriptsAddsNoneWhenOneIsRefused();
    void queueControlsAnnounceTheQueue();
    void deletingClientsKeepsThoseWithHistory();
    void importAnnouncesOnlyWhatItWrote();
    void savingAClientAnnouncesClients();
    void profileReadsEverythingOrFails();
    void lifetimeCountFailsInsteadOfSayingNone();
    void catalogAndSegmentReadsFailWithTheError();
    void deletingACampaignAnnouncesCampaigns();

private:
    static int count(TestDatabase &db, const QString &countSql);
};

// `countSql` is a fixed statement of the test, e.g. "SELECT COUNT(*) FROM clients".
int TestServices::count(TestDatabase &db, const QString &countSql)
{
    return db.scalar(countSql).toInt();
}

void TestServices::feedMergesABurstIntoOneDelivery()
{
    ChangeFeed feed;
    QSignalSpy spy(&feed, &ChangeFeed::changed);
    for (int i = 0; i < 50; ++i)
        feed.announce(Change::SyncOutcome);
    feed.announce(Change::Clients);
    QVERIFY(spy.wait(2000));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().value<Changes>(), Change::SyncOutcome | Change::Clients);
    QVERIFY(!spy.wait(ChangeFeed::coalesceMs * 2)); // nothing more was announced
}

void TestServices::throttledSubscriberNeverLosesTheLastChange()
{
    ChangeFeed feed;
    QObject page;
    int reactions = 0;
    feed.subscribe(
        &page, Change::Accesses, [&reactions] { ++reactions; }, 400);
    QSignalSpy spy(&feed, &ChangeFeed::changed);
    feed.announce(Change::Accesses);
    QVERIFY(spy.wait(2000));
    QCOMPARE(reactions, 1); // the first change at once
    feed.announce(Change::Accesses);
    QVERIFY(spy.wait(2000));
    QCOMPARE(reactions, 1); // within the interval: held back...
    QVERIFY(QTest::qWaitFor([&reactions] { return reactions == 2; }, 2000)); // ...not lost
    feed.announce(Change::Catalog);                                          // not followed
    QVERIFY(spy.wait(2000));
    QVERIFY(!QTest::qWaitFor([&reactions] { return reactions > 2; }, 600)); // nothing follows
    QCOMPARE(reactions, 2);
}

void TestServices::grantAnnouncesAfterCommit()
{
    TestDatabase db;
    ChangeFeed feed;
    QSignalSpy spy(&feed, &ChangeFeed::changed);
    AccessService service({db.context(), &feed});
    AccessChanges::Request r;
    r.usernames = {u"alice"_s, u"bob"_s};
    r.pineIds = {pineA};
    r.duration = Duration::days(30);
    const auto summary = service.apply(r);
    QVERIFY(summary);
    QCOMPARE(summary->queued, 2);
    QCOMPARE(count(db, u"SELECT COUNT(*) FROM sync_queue"_s), 2);
    QVERIFY(spy.wait(2000));
    const Changes changes = spy.first().first().value<Changes>();
    QVERIFY(changes.testFlag(Change::Accesses));
    QVERIFY(changes.testFlag(Change::Queue));
    QVERIFY(changes.testFlag(Change::Clients)); // alice and bob became clients
    QVERIFY(changes.testFlag(Change::Catalog)); // and the script joined the catalog
}

void TestServices::failedGrantAnnouncesNothingAndChangesNothing()
{
    TestDatabase db;
    ChangeFeed feed;
    QSignalSpy spy(&feed, &ChangeFeed::changed);
    AccessService service({db.context(), &feed});
    StoreError::setFault(u"INSERT INTO sync_queue"_s);
    AccessChanges::Request r;
    r.usernames = {u"alice"_s};
    r.pineIds = {pineA};
    r.duration = Duration::days(30);
    const auto summary = service.apply(r);
    QVERIFY(!summary);
    QCOMPARE(summary.error().kind(), Error::Kind::Io);
    QCOMPARE(count(db, u"SELECT COUNT(*) FROM clients"_s), 0);
    QCOMPARE(count(db, u"SELECT COUNT(*) FROM accesses"_s), 0);
    QCOMPARE(count(db, u"SELECT COUNT(*) FROM sync_queue"_s), 0);
    QVERIFY(!spy.wait(ChangeFeed::coalesceMs * 3));
}

void TestServices::indicatorAndVersionsAreAllOrNothing()
{
    TestDatabase db;
    ChangeFeed feed;
    QSignalSpy spy(&feed, &ChangeFeed::changed);
    CatalogService catalog({db.context(), &feed});
    Indicator indicator;
    indicator.name = u"Order Blocks"_s;
    indicator.pineId = pineA;
    const QDateTime now = db.clock().nowUtc();
    // The second version has no name: the indicator is not created either.
    const auto refused =
        catalog.saveIndicator(indicator, {{0, 0, u"1.0"_s, now, {}}, {0, 0, u" "_s, now, {}}});
    QVERIFY(!refused);
    QCOMPARE(count(db, u"SELECT COUNT(*) FROM indicators"_s), 0);
    QVERIFY(!spy.wait(ChangeFeed::coalesceMs * 3));

    const auto saved = catalog.saveIndicator(indicator, {{0, 0, u"1.0"_s, now, {}}});
    QVERIFY(saved);
    QCOMPARE(count(db, u"SELECT COUNT(*) FROM indicators"_s), 1);
    QCOMPARE(count(db, u"SELECT COUNT(*) FROM indicator_versions"_s), 1);
    QVERIFY(spy.wait(2000));
    QCOMPARE(spy.first().first().value<Changes>(), Changes(Change::Catalog));
    QCOMPARE(catalog.indicators()->first().name, u"Order Blocks"_s);
}

void TestServices::importingScriptsAddsNoneWhenOneIsRefused()
{
    TestDatabase db;
    CatalogService catalog(db.context());
    const auto refused =
        catalog.importScripts({{pineA, u"A"_s, u"1"_s}, {u"USER;not-shareable"_s, u"B"_s, u"1"_s}});
    QVERIFY(!refused);
    QCOMPARE(count(db, u"SELECT COUNT(*) FROM indicators"_s), 0);
    const auto added = catalog.importScripts({{pineA, u"A"_s, u"1"_s}, {pineB, {}, {}}});
    QCOMPARE(added.value(), 2);
    QCOMPARE(IndicatorStore(db.context()).byPineId(pineB)->name, pineB); // no name: its id
}

void TestServices::queueControlsAnnounceTheQueue()
{
    TestDatabase db;
    ChangeFeed feed;
    AccessChanges::Request r;
    r.usernames = {u"alice"_s};
    r.pineIds = {pineA};
    r.duration = Duration::days(30);
    const auto summary = AccessService(db.context()).apply(r);
    QVERIFY(summary);
    QSignalSpy spy(&feed, &ChangeFeed::changed);
    QueueService queue({db.context(), &feed});
    QVERIFY(queue.setBatchPaused(summary->batchId, true));
    QVERIFY(spy.wait(2000));
    QCOMPARE(spy.takeFirst().first().value<Changes>(), Changes(Change::Queue));
    QCOMPARE(queue.cancelWaiting(summary->batchId).value(), 1);
    QVERIFY(spy.wait(2000));
    QCOMPARE(SyncQueueStore(db.context()).countsByState()->value(QueueState::Cancelled), 1);
}

void TestServices::deletingClientsKeepsThoseWithHistory()
{
    TestDatabase db;
    ChangeFeed feed;
    AccessChanges::Request r;
    r.usernames = {u"alice"_s};
    r.pineIds = {pineA};
    r.duration = Duration::days(30);
    QVERIFY(AccessService(db.context()).apply(r)); // alice holds an access: she has history
    const auto bob = ClientStore(db.context()).create({0, u"bob"_s});
    QVERIFY(bob);
    const qint64 alice = ClientStore(db.context()).byUsername(u"alice"_s)->id;
    QSignalSpy spy(&feed, &ChangeFeed::changed);
    const ClientService::Removal removal =
        ClientService({db.context(), &feed}).removeClients({alice, *bob});
    QCOMPARE(removal.deleted, 1);
    QCOMPARE(removal.refused, 1);
    QVERIFY(!removal.firstRefusal.isEmpty());
    QVERIFY(ClientStore(db.context()).byId(alice));
    QVERIFY(!ClientStore(db.context()).byId(*bob));
    QVERIFY(spy.wait(2000));
    QVERIFY(spy.first().first().value<Changes>().testFlag(Change::Clients));
}

void TestServices::importAnnouncesOnlyWhatItWrote()
{
    TestDatabase db;
    const QString path = db.dir() + u"/clients.csv"_s;
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("username,email\ncarol_trades,carol@example.com\ndan_fx,dan@example.com\n");
    file.close();
    ChangeFeed feed;
    QSignalSpy spy(&feed, &ChangeFeed::changed);
    ImportService service({db.context(), &feed});
    const auto source = ImportSource::open(path); // detects the layout, as the dialog does
    QVERIFY(source);
    ClientImporter::Options options = source->options();
    options.dryRun = true;
    const auto dry = service.importClients(path, options);
    QVERIFY(dry);
    QCOMPARE(dry->created, 2);
    QCOMPARE(count(db, u"SELECT COUNT(*) FROM clients"_s), 0);
    QVERIFY(!spy.wait(ChangeFeed::coalesceMs * 3)); // a dry run changes nothing
    options.dryRun = false;
    const auto real = service.importClients(path, options);
    QVERIFY(real);
    QCOMPARE(count(db, u"SELECT COUNT(*) FROM clients"_s), 2);
    QVERIFY(spy.wait(2000));
    QCOMPARE(spy.first().first().value<Changes>(), Changes(Change::Clients));
}

void TestServices::savingAClientAnnouncesClients()
{
    TestDatabase db;
    ChangeFeed feed;
    QSignalSpy spy(&feed, &ChangeFeed::changed);
    ClientService service({db.context(), &feed});
    Client c;
    c.tvUsername = u"@Carol_Trades"_s;
    c.email = u"carol@example.com"_s;
    const auto id = service.saveClient(c);
    QVERIFY(id);
    QVERIFY(spy.wait(2000));
    QCOMPARE(spy.takeFirst().first().value<Changes>(), Changes(Change::Clients));
    const auto saved = service.client(*id);
    QVERIFY(saved && *saved);
    QCOMPARE((*saved)->tvUsername, u"Carol_Trades"_s); // '@' dropped, spelling kept

    Client edited = **saved;
    edited.email = u"carol@trades.example"_s;
    QVERIFY(service.saveClient(edited));
    QVERIFY(spy.wait(2000));
    QCOMPARE(ClientStore(db.context()).byId(*id)->email, u"carol@trades.example"_s);

    // A taken username is refused with the vendor's sentence; nothing is announced.
    Client other;
    other.tvUsername = u"carol_trades"_s;
    const auto refused = service.saveClient(other);
    QVERIFY(!refused);
    QVERIFY(refused.error().message().contains(u"carol_trades"_s, Qt::CaseInsensitive));
    QVERIFY(!spy.wait(ChangeFeed::coalesceMs * 3));
    QCOMPARE(count(db, u"SELECT COUNT(*) FROM clients"_s), 1);
}

void TestServices::profileReadsEverythingOrFails()
{
    TestDatabase db;
    AccessChanges::Request r;
    r.usernames = {u"alice"_s};
    r.pineIds = {pineA, pineB};
    r.duration = Duration::days(30);
    QVERIFY(AccessService(db.context()).apply(r));
    const qint64 alice = ClientStore(db.context()).byUsername(u"alice"_s)->id;
    Payment payment;
    payment.clientId = alice;
    payment.amount = *Money::parse(u"49.00"_s, u"USD"_s);
    payment.paidAt = QDateTime::currentDateTimeUtc();
    payment.reference = u"INV-1"_s;
    QVERIFY(PaymentStore(db.context()).add(payment));

    ClientService service(db.context());
    const auto profile = service.profile(alice);
    QVERIFY(profile && *profile);
    QCOMPARE((*profile)->client.tvUsername, u"alice"_s);
    QCOMPARE((*profile)->accesses.size(), 2);
    for (const ClientProfile::AccessLine &line : (*profile)->accesses)
        QCOMPARE(line.lastSync, std::optional<QueueState>(QueueState::Pending));
    QCOMPARE((*profile)->payments.size(), 1);
    QCOMPARE((*profile)->payments.first().reference, u"INV-1"_s);

    const auto missing = service.profile(alice + 1000);
    QVERIFY(missing && !*missing);

    // Each part failing fails the whole profile: never a profile that looks empty.
    for (const QString &failing :
         {u"FROM accesses"_s, u"FROM payments"_s, u"FROM audit_log"_s, u"FROM sync_queue"_s}) {
        StoreError::setFault(failing);
        const auto failed = service.profile(alice);
        QVERIFY2(!failed, qPrintable(failing));
        QCOMPARE(failed.error().kind(), Error::Kind::Io);
        StoreError::setFault({});
    }
}

void TestServices::lifetimeCountFailsInsteadOfSayingNone()
{
    TestDatabase db;
    AccessChanges::Request grant;
    grant.usernames = {u"alice"_s, u"bob"_s};
    grant.pineIds = {pineA};
    grant.duration = Duration::lifetime();
    QVERIFY(AccessService(db.context()).apply(grant));
    AccessChanges::Request dated = grant;
    dated.mode = AccessChanges::Mode::Extend;
    dated.duration.reset();
    dated.until = QDate::currentDate().addDays(10);
    AccessService service(db.context());
    QCOMPARE(service.lifetimeAccesses(dated).value(), 2);
    StoreError::setFault(u"FROM accesses"_s);
    const auto failed = service.lifetimeAccesses(dated);
    QVERIFY(!failed); // "unknown" must not read as "none are for life"
}

void TestServices::catalogAndSegmentReadsFailWithTheError()
{
    TestDatabase db;
    CatalogService catalog(db.context());
    Indicator indicator;
    indicator.name = u"Alpha"_s;
    indicator.pineId = pineA;
    const auto id = catalog.saveIndicator(indicator, {{0, 0, u"1.0"_s, {}, {}}});
    QVERIFY(id);
    QCOMPARE(catalog.indicator(*id).value()->name, u"Alpha"_s);
    QCOMPARE(catalog.versions(*id).value().size(), 1);
    ClientService clients(db.context());
    QVERIFY(clients.saveSegment(u"Everyone"_s, {}));
    QCOMPARE(clients.segments().value().size(), 1);

    StoreError::setFault(u"FROM indicator"_s);
    QVERIFY(!catalog.indicator(*id));
    QVERIFY(!catalog.indicators());
    QVERIFY(!catalog.versions(*id));
    StoreError::setFault(u"FROM segments"_s);
    QVERIFY(!clients.segments());
    StoreError::setFault(u"FROM plan"_s);
    QVERIFY(!catalog.plans());
    QVERIFY(!catalog.plan(1));
}

void TestServices::deletingACampaignAnnouncesCampaigns()
{
    TestDatabase db;
    const auto alice = ClientStore(db.context()).create({0, u"alice"_s});
    QVERIFY(alice);
    Campaign campaign;
    campaign.name = u"Spring return"_s;
    const auto id = CampaignStore(db.context()).create(campaign, {*alice});
    QVERIFY(id);
    ChangeFeed feed;
    QSignalSpy spy(&feed, &ChangeFeed::changed);
    CampaignService service({db.context(), &feed});
    QCOMPARE(service.campaigns().value().size(), 1);
    StoreError::setFault(u"FROM campaigns"_s);
    QVERIFY(!service.campaigns());
    StoreError::setFault({});
    QVERIFY(service.removeCampaign(*id));
    QVERIFY(spy.wait(2000));
    QCOMPARE(spy.first().first().value<Changes>(), Changes(Change::Campaigns));
    QVERIFY(service.campaigns().value().isEmpty());
    QVERIFY(ClientStore(db.context()).byId(*alice)); // members stay
}

QTEST_GUILESS_MAIN(TestServices)
#include "tst_services.moc"
