#include "TestDatabase.h"
#include "bulk/BulkPreview.h"
#include "bulk/BulkQueue.h"
#include "bulk/BulkResults.h"
#include "bulk/ThroughputMeter.h"
#include "campaigns/CampaignStore.h"
#include "items/BulkPreviewModel.h"
#include "items/BulkResultsModel.h"
#include "store/AccessStore.h"
#include "store/ClientStore.h"
#include "store/IndicatorStore.h"
#include "store/PlanStore.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QTest>

using namespace pinedesk;
using namespace pinedesk::test;
using namespace Qt::Literals::StringLiterals;

namespace {

using Kind = BulkPreview::Kind;

QString pine(char c)
{
    return u"PUB;"_s + QString(32, QChar::fromLatin1(c));
}

Expiration at(const QString &iso)
{
    return Expiration::at(TestDatabase::at(iso));
}

const BulkPreview::User *userOf(const BulkPreview::Result &r, const QString &name)
{
    for (const BulkPreview::User &u : r.users) {
        if (u.username.compare(name, Qt::CaseInsensitive) == 0)
            return &u;
    }
    return nullptr;
}

} // namespace

// The bulk run's plan (preview), its queueing in one transaction and one batch, the results
// read back from the queue, their CSV, and the item models over them.
class TestBulkPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void grantTotalsAndTargets();
    void extendAddsToWhatIsHeld();
    void revokeKeepsLifetimeUnlessAsked();
    void fixedDateLeavesLifetimeAloneByDefault();
    void retiredIndicatorsAndMissingEmailsAreWarned();
    void replaceMovesBetweenOverlappingPlans();
    void queueWritesExactlyThePreviewInOneBatch();
    void queueSavesACampaign();
    void queueIsAllOrNothing();
    void resultsFollowTheQueueAndExportCsv();
    void throughputMeter();

private:
    void grant(const QString &client, char indicator, const Expiration &until,
               std::optional<qint64> plan = {});
    BulkPreview::Result preview(const BulkRequest &r, const QStringList &users);
    std::optional<Access> access(const QString &client, char indicator);

    std::unique_ptr<TestDatabase> m_db;
    QHash<char, qint64> m_indicator;
    qint64 m_basic = 0; // A, B for 30 days
    qint64 m_pro = 0;   // B, C for 90 days
};

void TestBulkPreview::grant(const QString &client, char indicator, const Expiration &until,
                            std::optional<qint64> plan)
{
    ClientStore clients(m_db->context());
    qint64 id = 0;
    if (const auto known = clients.byUsername(client)) {
        id = known->id;
    } else {
        Client c;
        c.tvUsername = client;
        c.email = client + u"@example.com"_s;
        id = clients.create(c).value();
    }
    AccessStore::Grant g;
    g.clientId = id;
    g.indicatorId = m_indicator[indicator];
    g.expiration = until;
    g.planId = plan;
    QVERIFY(AccessStore(m_db->context()).grant(g).ok());
}

BulkPreview::Result TestBulkPreview::preview(const BulkRequest &r, const QStringList &users)
{
    const auto result = BulkPreview::compute(m_db->context(), r, users);
    if (!result)
        qWarning("%s", qPrintable(result.error()));
    return result.ok() ? *result : BulkPreview::Result{};
}

std::optional<Access> TestBulkPreview::access(const QString &client, char indicator)
{
    const auto c = ClientStore(m_db->context()).byUsername(client);
    if (!c)
        return std::nullopt;
    return AccessStore(m_db->context()).forPair(c->id, m_indicator[indicator]);
}

void TestBulkPreview::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
    m_indicator.clear();
    for (char c : {'A', 'B', 'C', 'R'}) {
        Indicator i;
        i.name = u"Indicator "_s + QChar::fromLatin1(c);
        i.pineId = pine(char(c - 'A' + 'a'));
        i.status = c == 'R' ? IndicatorStatus::Retired : IndicatorStatus::Live;
        m_indicator[c] = IndicatorStore(m_db->context()).create(i).value();
    }
    Plan basic;
    basic.name = u"Basic"_s;
    basic.duration = Duration::days(30);
    basic.price = Money(2900, u"USD"_s);
    basic.indicatorIds = {m_indicator['A'], m_indicator['B']};
    m_basic = PlanStore(m_db->context()).create(basic).value();
    Plan pro;
    pro.name = u"Pro"_s;
    pro.duration = Duration::days(90);
    pro.price = Money(9900, u"USD"_s);
    pro.indicatorIds = {m_indicator['B'], m_indicator['C']};
    m_pro = PlanStore(m_db->context()).create(pro).value();

    // Now is 2026-03-15 10:00 UTC.
    grant(u"short_left"_s, 'A', at(u"2026-03-18T10:00:00.000"_s)); // 3 days left
    grant(u"long_left"_s, 'A', at(u"2026-06-01T00:00:00.000"_s));  // 2.5 months left
    grant(u"forever"_s, 'A', Expiration::lifetime());
    grant(u"lapsed"_s, 'A', at(u"2026-02-01T00:00:00.000"_s));
    QVERIFY(ClientStore(m_db->context()).create({0, u"no_access"_s}).ok()); // no e-mail
}

void TestBulkPreview::grantTotalsAndTargets()
{
    BulkRequest r;
    r.indicatorIds = {m_indicator['A']};
    r.duration = Duration::days(30);
    const auto p = preview(r, {u"short_left"_s, u"LONG_LEFT"_s, u"forever"_s, u"lapsed"_s,
                               u"no_access"_s, u"newcomer"_s});
    QCOMPARE(p.totals.users, 6);
    QCOMPARE(p.totals.grants, 3); // lapsed, no_access, newcomer
    QCOMPARE(p.totals.extensions, 1);
    QCOMPARE(p.totals.noChanges, 2); // long_left keeps its longer access; lifetime stays
    QCOMPARE(p.totals.revokes, 0);
    QCOMPARE(p.totals.newClients, 1);
    QCOMPARE(p.totals.lifetimeHolders, 1);
    QCOMPARE(p.totals.lifetimeEnded, 0);
    const Expiration in30 = at(u"2026-04-14T10:00:00.000"_s);
    QCOMPARE(*userOf(p, u"short_left"_s)->changes.first().target, in30); // at least 30 from now
    QCOMPARE(userOf(p, u"short_left"_s)->changes.first().kind, Kind::Extend);
    QCOMPARE(*userOf(p, u"newcomer"_s)->changes.first().target, in30);
    QVERIFY(userOf(p, u"newcomer"_s)->isNewClient());
    QCOMPARE(userOf(p, u"long_left"_s)->username, u"long_left"_s); // the client's spelling
    QCOMPARE(userOf(p, u"forever"_s)->changes.first().kind, Kind::NoChange);
    QVERIFY(userOf(p, u"forever"_s)->holdsLifetime());
    QCOMPARE(p.offer, u"Grant of Indicator A for 30 day(s)"_s);
    QVERIFY(p.warnings.join(u'\n').contains(u"1 client(s) hold lifetime access"_s));
}

void TestBulkPreview::extendAddsToWhatIsHeld()
{
    BulkRequest r;
    r.mode = BulkRequest::Mode::Extend;
    r.indicatorIds = {m_indicator['A']};
    r.duration = Duration::months(1);
    const auto p = preview(r, {u"short_left"_s, u"long_left"_s, u"forever"_s, u"lapsed"_s});
    QCOMPARE(p.totals.extensions, 2);
    QCOMPARE(p.totals.grants, 1); // lapsed starts from now
    QCOMPARE(p.totals.noChanges, 1);
    QCOMPARE(*userOf(p, u"short_left"_s)->changes.first().target, at(u"2026-04-18T10:00:00.000"_s));
    QCOMPARE(*userOf(p, u"long_left"_s)->changes.first().target, at(u"2026-07-01T00:00:00.000"_s));
    QCOMPARE(*userOf(p, u"lapsed"_s)->changes.first().target, at(u"2026-04-15T10:00:00.000"_s));
}

void TestBulkPreview::revokeKeepsLifetimeUnlessAsked()
{
    BulkRequest r;
    r.mode = BulkRequest::Mode::Revoke;
    r.indicatorIds = {m_indicator['A']};
    const QStringList users{u"short_left"_s, u"forever"_s, u"lapsed"_s, u"newcomer"_s};
    auto p = preview(r, users);
    QCOMPARE(p.totals.revokes, 1);
    QCOMPARE(p.totals.noChanges, 3);
    QCOMPARE(p.totals.newClients, 0); // nothing to take from someone who is not a client
    r.keepLifetime = false;
    p = preview(r, users);
    QCOMPARE(p.totals.revokes, 2);
    QCOMPARE(p.totals.lifetimeEnded, 1);
    QVERIFY(p.warnings.join(u'\n').contains(u"1 lifetime access(es) will end"_s));
}

void TestBulkPreview::fixedDateLeavesLifetimeAloneByDefault()
{
    BulkRequest r;
    r.indicatorIds = {m_indicator['A']};
    r.until = QDate(2026, 12, 31);
    auto p = preview(r, {u"forever"_s, u"long_left"_s});
    QCOMPARE(userOf(p, u"forever"_s)->changes.first().kind, Kind::NoChange);
    QCOMPARE(*userOf(p, u"long_left"_s)->changes.first().target,
             Expiration::endOfDay(QDate(2026, 12, 31)));
    r.keepLifetime = false;
    p = preview(r, {u"forever"_s});
    QCOMPARE(p.totals.extensions, 1);
    QCOMPARE(p.totals.lifetimeEnded, 1);
}

void TestBulkPreview::retiredIndicatorsAndMissingEmailsAreWarned()
{
    BulkRequest r;
    r.indicatorIds = {m_indicator['A'], m_indicator['R']};
    r.duration = Duration::days(7);
    const auto p = preview(r, {u"no_access"_s, u"short_left"_s});
    QCOMPARE(p.totals.retiredIndicators, 1);
    QCOMPARE(p.totals.withoutEmail, 1);
    const QString warnings = p.warnings.join(u'\n');
    QVERIFY(warnings.contains(u"Indicator R is retired"_s));
    QVERIFY(warnings.contains(u"1 client(s) have no e-mail address"_s));
    QCOMPARE(p.targetName, u"Indicator A, Indicator R"_s);
}

void TestBulkPreview::replaceMovesBetweenOverlappingPlans()
{
    // Basic = A + B (30 days), Pro = B + C (90 days).
    grant(u"anna"_s, 'A', at(u"2026-04-01T00:00:00.000"_s), m_basic);
    grant(u"anna"_s, 'B', at(u"2026-04-01T00:00:00.000"_s), m_basic);
    grant(u"lucas"_s, 'A', Expiration::lifetime(), m_basic);
    grant(u"lucas"_s, 'B', at(u"2026-03-20T00:00:00.000"_s), m_basic);
    BulkRequest r;
    r.mode = BulkRequest::Mode::Replace;
    r.fromPlanId = m_basic;
    r.planId = m_pro;
    auto p = preview(r, {u"anna"_s, u"lucas"_s, u"fresh_one"_s});
    const BulkPreview::User *anna = userOf(p, u"anna"_s);
    QCOMPARE(anna->count(Kind::Revoke), 1); // A: only Basic has it
    QCOMPARE(anna->count(Kind::Extend), 1); // B: in both, extended by Pro's 90 days
    QCOMPARE(anna->count(Kind::Grant), 1);  // C: only Pro has it
    for (const BulkPreview::Change &c : anna->changes) {
        if (c.kind == Kind::Extend)
            QCOMPARE(*c.target, at(u"2026-06-30T00:00:00.000"_s));
        if (c.kind == Kind::Grant)
            QCOMPARE(*c.target, at(u"2026-06-13T10:00:00.000"_s));
        if (c.kind != Kind::Revoke)
            QCOMPARE(c.planId, std::optional<qint64>(m_pro));
    }
    const BulkPreview::User *lucas = userOf(p, u"lucas"_s);
    QCOMPARE(lucas->count(Kind::Revoke), 0); // his lifetime A is kept
    QVERIFY(lucas->holdsLifetime());
    const BulkPreview::User *fresh = userOf(p, u"fresh_one"_s);
    QCOMPARE(fresh->count(Kind::Grant), 2);
    QCOMPARE(p.totals.revokes, 1);
    QCOMPARE(p.totals.grants, 1 + 1 + 2);
    QCOMPARE(p.totals.extensions, 2);
    QCOMPARE(p.offer, u"Move from Basic to Pro"_s);

    r.keepLifetime = false;
    p = preview(r, {u"lucas"_s});
    QCOMPARE(userOf(p, u"lucas"_s)->count(Kind::Revoke), 1);
    QCOMPARE(p.totals.lifetimeEnded, 1);
}

void TestBulkPreview::queueWritesExactlyThePreviewInOneBatch()
{
    BulkRequest r;
    r.indicatorIds = {m_indicator['A'], m_indicator['B']};
    r.duration = Duration::days(30);
    const QStringList users{u"short_left"_s, u"long_left"_s, u"forever"_s, u"newcomer"_s};
    const auto shown = preview(r, users);
    const qint64 batchesBefore = m_db->scalar(u"SELECT COUNT(*) FROM sync_batches"_s).toLongLong();
    const auto outcome = BulkQueue::queue(m_db->context(), r, users);
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().message()));
    QCOMPARE(outcome->queued, shown.totals.changes());
    QCOMPARE(outcome->clientsCreated, 1);
    QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM sync_batches"_s).toLongLong(), batchesBefore + 1);
    QCOMPARE(m_db->scalar(u"SELECT MAX(id) FROM sync_batches"_s).toLongLong(), outcome->batchId);
    QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM sync_queue WHERE batch_id = "
                          "(SELECT MAX(id) FROM sync_batches)"_s)
                 .toInt(),
             shown.totals.changes());
    // The intent is what the preview showed, pair by pair.
    for (const BulkPreview::User &u : shown.users) {
        for (const BulkPreview::Change &c : u.changes) {
            const char letter = c.indicatorId == m_indicator['A'] ? 'A' : 'B';
            const auto a = access(u.username, letter);
            if (c.kind == Kind::NoChange && !c.current) {
                QVERIFY(!a || a->intent == IntendedState::Revoked);
                continue;
            }
            QVERIFY(a);
            QCOMPARE(a->expiration, *c.target);
            if (c.kind != Kind::NoChange)
                QCOMPARE(a->origin, AccessOrigin::Bulk);
        }
    }
    // Nothing left to do: queueing again is refused and writes nothing.
    const auto again = BulkQueue::queue(m_db->context(), r, {u"long_left"_s, u"forever"_s});
    QVERIFY(!again.ok());
    QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM sync_batches"_s).toLongLong(), batchesBefore + 1);
}

void TestBulkPreview::queueSavesACampaign()
{
    BulkRequest r;
    r.indicatorIds = {m_indicator['A']};
    r.duration = Duration::days(7);
    Campaign c;
    c.name = u"Spring trial"_s;
    c.audience = u"pasted list"_s;
    c.offer = u"7-day trial of A"_s;
    const auto outcome =
        BulkQueue::queue(m_db->context(), r, {u"lapsed"_s, u"newcomer"_s, u"long_left"_s}, c);
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().message()));
    QVERIFY(outcome->campaignId);
    const auto saved = CampaignStore(m_db->context()).byId(*outcome->campaignId);
    QCOMPARE(saved->batchId, std::optional<qint64>(outcome->batchId));
    QCOMPARE(saved->offer, u"7-day trial of A"_s);
    QCOMPARE(saved->startedAt, m_db->clock().nowUtc());
    QCOMPARE(CampaignStore(m_db->context()).members(*outcome->campaignId).size(), 2);
    QCOMPARE(access(u"newcomer"_s, 'A')->origin, AccessOrigin::Campaign);
}

void TestBulkPreview::queueIsAllOrNothing()
{
    Campaign taken;
    taken.name = u"Taken"_s;
    QVERIFY(CampaignStore(m_db->context()).create(taken, {}).ok());
    const QVariant clients = m_db->scalar(u"SELECT COUNT(*) FROM clients"_s);
    const QVariant rows = m_db->scalar(u"SELECT COUNT(*) FROM sync_queue"_s);
    BulkRequest r;
    r.indicatorIds = {m_indicator['A']};
    r.duration = Duration::days(7);
    const auto outcome = BulkQueue::queue(m_db->context(), r, {u"newcomer"_s, u"lapsed"_s}, taken);
    QVERIFY(!outcome.ok());
    QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM clients"_s), clients);
    QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM sync_queue"_s), rows);
    QVERIFY(!access(u"lapsed"_s, 'A')->expiration.until().isNull());
    QCOMPARE(access(u"lapsed"_s, 'A')->expiration, at(u"2026-02-01T00:00:00.000"_s));
}

void TestBulkPreview::resultsFollowTheQueueAndExportCsv()
{
    BulkRequest r;
    r.indicatorIds = {m_indicator['A']};
    r.duration = Duration::days(30);
    const auto outcome = BulkQueue::queue(
        m_db->context(), r, {u"lapsed"_s, u"no_access"_s, u"forever"_s, u"newcomer"_s});
    QVERIFY(outcome.ok());
    BulkResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResults(BulkResults(outcome->batchId, outcome->plan,
                                 {{u"ghost"_s, u"Not found on TradingView"_s}}));
    QVERIFY(model.refresh(m_db->context()));
    QCOMPARE(model.rowCount(), 5);
    BulkResults::Counts c = model.results().counts();
    QCOMPARE(c.total, 3);
    QCOMPARE(c.waiting, 3);
    QVERIFY(!model.results().isFinished());

    // The engine's outcomes, as it writes them.
    m_db->clock().advanceSeconds(5);
    const QString later = u"2026-03-15T10:00:05.000Z"_s;
    m_db->scalar(u"UPDATE sync_queue SET state = 'done', result = 'added', finished_at = '%1', "
                 "updated_at = '%1' WHERE tv_username IN ('lapsed', 'no_access')"_s.arg(later));
    m_db->scalar(
        u"UPDATE sync_queue SET state = 'dead', attempts = 1, last_error = 'The user "
        "newcomer does not exist', updated_at = '%1' WHERE tv_username = 'newcomer'"_s.arg(later));
    QVERIFY(model.refresh(m_db->context()));
    c = model.results().counts();
    QCOMPARE(c.done, 2);
    QCOMPARE(c.failed, 1);
    QVERIFY(model.results().isFinished());
    QCOMPARE(model.results().state(0), BulkResults::State::Done);
    QCOMPARE(model.results().state(2), BulkResults::State::NoChange);
    QCOMPARE(model.results().state(3), BulkResults::State::Failed);
    QCOMPARE(model.results().state(4), BulkResults::State::Excluded);
    QCOMPARE(model.index(3, BulkResultsModel::Detail).data().toString(),
             u"The user newcomer does not exist"_s);
    QCOMPARE(model.index(3, BulkResultsModel::Status).data(BulkResultsModel::FilterRole),
             QVariant(u"failed"_s));

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(model.results().exportCsv(buffer).ok());
    const QStringList lines =
        QString::fromUtf8(buffer.data()).remove(QChar(0xFEFF)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6);
    QCOMPARE(lines.at(0), u"Username,Indicator,Pine ID,Change,Before,After,Status,Detail,Attempts,"
                          "Finished (UTC)"_s);
    QCOMPARE(lines.at(1),
             u"lapsed,Indicator A,%1,New grant,,2026-04-14T10:00:00.000Z,Done,Added on "
             "TradingView,0,2026-03-15T10:00:05Z"_s.arg(pine('a')));
    QVERIFY(lines.at(3).startsWith(u"forever,Indicator A,%1,No change,lifetime,lifetime,No "
                                   "change"_s.arg(pine('a'))));
    QVERIFY(lines.at(4).contains(u",Failed,The user newcomer does not exist,1,"_s));
    QCOMPARE(lines.at(5), u"ghost,,,,,,Left out,Not found on TradingView,,"_s);

    // Retry failed: the dead row becomes due again.
    const auto retried = model.results().retryFailed(m_db->context());
    QCOMPARE(retried.value(), 1);
    QVERIFY(model.refresh(m_db->context()));
    QCOMPARE(model.results().counts().waiting, 1);
    QVERIFY(!model.results().isFinished());
}

void TestBulkPreview::throughputMeter()
{
    ThroughputMeter m(10);
    QCOMPARE(m.opsPerSecond(), 0.0);
    QVERIFY(!m.etaSeconds(10));
    m.sample(0, 0);
    m.sample(2, 20);
    QCOMPARE(m.opsPerSecond(), 10.0);
    QCOMPARE(*m.etaSeconds(50), 5.0);
    m.sample(30, 20); // stalled for a long while: the window forgets the old pace
    m.sample(31, 20);
    QCOMPARE(m.opsPerSecond(), 0.0);
    QCOMPARE(*m.etaSeconds(0), 0.0);
}

QTEST_GUILESS_MAIN(TestBulkPreview)
#include "tst_bulkpreview.moc"
