#include "TestDatabase.h"
#include "demo/DemoDataGenerator.h"
#include "domain/AccessStatus.h"
#include "items/AccessTableModel.h"
#include "store/AccessStore.h"
#include "store/ClientStore.h"
#include "store/DbTime.h"
#include "store/IndicatorStore.h"
#include "store/Statement.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace pinedesk;
using namespace pinedesk::test;
using namespace Qt::Literals::StringLiterals;

namespace {

using Filter = AccessTableModel::Filter;

QString pine(char c)
{
    return u"PUB;"_s + QString(32, QChar::fromLatin1(c));
}

// "username/indicator" for every row the model shows, in order.
QStringList shown(const AccessTableModel &model)
{
    QStringList keys;
    for (int row = 0; row < model.rowCount(); ++row) {
        keys.append(model.index(row, AccessTableModel::Username).data().toString() + u'/' +
                    model.index(row, AccessTableModel::Indicator).data().toString());
    }
    return keys;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

// The Subscriptions table model: every status and sync filter selects exactly the accesses the
// domain rules put there, search is a case-insensitive prefix, sorting is total and reversible,
// and paging by id gives every row of a large table exactly as a full query does.
class TestAccessModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void filtersSelectExactlyTheirAccesses_data();
    void filtersSelectExactlyTheirAccesses();
    void filtersAgreeWithTheDomainRules();
    void countsMatchTheFilters();
    void columnsShowStatusExpiryAndSync();
    void searchIsACaseInsensitivePrefix_data();
    void searchIsACaseInsensitivePrefix();
    void sortingIsTotalAndReversible();
    void expiringThresholdFollowsTheSetting();
    void newestLoadWins();
    void pagesMatchAFullQuery();
    void selectionGivesIdsWithoutReadingRows();

private:
    qint64 client(const QString &username, const QString &name);
    qint64 grant(qint64 client, qint64 indicator, const Expiration &until);
    void setQueue(qint64 accessId, const QString &state, const QString &error = {});
    void exec(const QString &sql, const QVariantMap &values = {});
    void load(AccessTableModel &model, const std::function<void()> &change);

    std::unique_ptr<TestDatabase> m_db;
    QHash<QString, qint64> m_access; // "user/indicator" -> access id
};

void TestAccessModel::exec(const QString &sql, const QVariantMap &values)
{
    Statement st(m_db->database().connection(), sql);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        st.bind(it.key(), it.value());
    const Status s = st.exec();
    QVERIFY2(s.ok(), qPrintable(s.error()));
}

qint64 TestAccessModel::client(const QString &username, const QString &name)
{
    Client c;
    c.tvUsername = username;
    c.fullName = name;
    return ClientStore(m_db->context()).create(c).value();
}

qint64 TestAccessModel::grant(qint64 client, qint64 indicator, const Expiration &until)
{
    AccessStore::Grant g;
    g.clientId = client;
    g.indicatorId = indicator;
    g.expiration = until;
    return AccessStore(m_db->context()).grant(g).value();
}

void TestAccessModel::setQueue(qint64 accessId, const QString &state, const QString &error)
{
    exec(u"UPDATE sync_queue SET state = :s, last_error = :e WHERE id = (SELECT q.id FROM "
         "sync_queue q JOIN clients c ON c.tv_username = q.tv_username JOIN indicators i ON "
         "i.pine_id = q.pine_id JOIN accesses a ON a.client_id = c.id AND a.indicator_id = i.id "
         "WHERE a.id = :a ORDER BY q.id DESC LIMIT 1)"_s,
         {{u":s"_s, state}, {u":e"_s, error}, {u":a"_s, accessId}});
}

void TestAccessModel::load(AccessTableModel &model, const std::function<void()> &change)
{
    QSignalSpy loaded(&model, &AccessTableModel::loaded);
    change();
    QVERIFY(loaded.wait(10000));
    QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
}

// The hand-made fixture at 2026-03-15 10:00 UTC with "expiring" = within 7 days.
void TestAccessModel::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
    IndicatorStore indicators(m_db->context());
    QHash<QString, qint64> ind;
    for (const auto &[name, c] : {std::pair{u"Alpha Trend"_s, 'a'}, std::pair{u"Beta Bands"_s, 'b'},
                                  std::pair{u"Order Blocks"_s, 'c'}}) {
        Indicator i;
        i.name = name;
        i.pineId = pine(c);
        ind.insert(name.left(1), indicators.create(i).value());
    }
    const qint64 anna = client(u"anna_fx"_s, u"Anna Kim"_s);
    const qint64 annax = client(u"annaxfx"_s, u"Annette Xu"_s);
    const qint64 bob = client(u"Bob"_s, u"Bob Stone"_s);
    const qint64 carla = client(u"carla"_s, u"Carla Diaz"_s);
    const qint64 dave = client(u"dave"_s, u"Dave Anders"_s);
    const qint64 erin = client(u"erin"_s, u"Erin Moss"_s);
    const auto at = [](const QString &iso) {
        return Expiration::at(TestDatabase::at(iso));
    };

    m_access[u"anna_fx/Alpha Trend"_s] = grant(anna, ind[u"A"_s], at(u"2026-04-30T00:00:00.000"_s));
    m_access[u"anna_fx/Beta Bands"_s] = grant(anna, ind[u"B"_s], at(u"2026-03-18T12:00:00.000"_s));
    m_access[u"annaxfx/Alpha Trend"_s] =
        grant(annax, ind[u"A"_s], at(u"2026-06-01T00:00:00.000"_s));
    m_access[u"Bob/Alpha Trend"_s] = grant(bob, ind[u"A"_s], at(u"2026-03-01T00:00:00.000"_s));
    m_access[u"Bob/Order Blocks"_s] = grant(bob, ind[u"O"_s], Expiration::lifetime());
    m_access[u"carla/Beta Bands"_s] = grant(carla, ind[u"B"_s], at(u"2026-05-01T00:00:00.000"_s));
    QVERIFY(AccessStore(m_db->context()).revoke(carla, ind[u"B"_s], std::nullopt).ok());
    // The boundaries: exactly now + 7 days is expiring, exactly now is expired.
    m_access[u"dave/Alpha Trend"_s] = grant(dave, ind[u"A"_s], at(u"2026-03-22T10:00:00.000"_s));
    m_access[u"dave/Beta Bands"_s] = grant(dave, ind[u"B"_s], at(u"2026-03-15T10:00:00.000"_s));
    m_access[u"erin/Order Blocks"_s] = grant(erin, ind[u"O"_s], at(u"2026-03-22T10:00:00.001"_s));

    // TradingView holds the intent for everything, then a few pairs differ.
    exec(u"UPDATE sync_queue SET state = 'done'"_s);
    AccessStore store(m_db->context());
    for (const qint64 id : std::as_const(m_access)) {
        const Access a = store.byId(id).value();
        QVERIFY(store.recordServerState(id, a.intent == IntendedState::Granted, a.expiration).ok());
    }
    setQueue(m_access[u"anna_fx/Alpha Trend"_s], u"pending"_s);
    setQueue(m_access[u"dave/Alpha Trend"_s], u"in_flight"_s);
    setQueue(m_access[u"Bob/Alpha Trend"_s], u"retry"_s, u"TradingView answered 502"_s);
    setQueue(m_access[u"Bob/Order Blocks"_s], u"dead"_s, u"User not found: Bob"_s);
    // Drift: revoked here, still granted there, nothing queued.
    exec(u"UPDATE accesses SET server_state = 'granted' WHERE id = :a"_s,
         {{u":a"_s, m_access[u"carla/Beta Bands"_s]}});
    // Never synced: nothing queued and nothing known.
    exec(u"UPDATE accesses SET server_state = 'unknown' WHERE id = :a"_s,
         {{u":a"_s, m_access[u"annaxfx/Alpha Trend"_s]}});
    exec(u"DELETE FROM sync_queue WHERE tv_username = 'annaxfx'"_s);
    // Only the newest row counts: an old failure followed by a success is in sync.
    exec(u"INSERT INTO sync_queue (tv_username, pine_id, state, attempts, next_attempt_at, "
         "last_error, created_at, updated_at) SELECT tv_username, pine_id, 'done', 1, "
         "next_attempt_at, '', created_at, updated_at FROM sync_queue WHERE tv_username = 'dave' "
         "AND pine_id = :p"_s,
         {{u":p"_s, pine('b')}});
    exec(u"UPDATE sync_queue SET state = 'dead', last_error = 'old' WHERE id = (SELECT MIN(id) "
         "FROM sync_queue WHERE tv_username = 'dave' AND pine_id = :p)"_s,
         {{u":p"_s, pine('b')}});
}

void TestAccessModel::filtersSelectExactlyTheirAccesses_data()
{
    QTest::addColumn<int>("filter");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("all") << int(Filter::All)
                         << QStringList{u"anna_fx/Alpha Trend"_s, u"anna_fx/Beta Bands"_s,
                                        u"annaxfx/Alpha Trend"_s, u"Bob/Alpha Trend"_s,
                                        u"Bob/Order Blocks"_s,    u"carla/Beta Bands"_s,
                                        u"dave/Alpha Trend"_s,    u"dave/Beta Bands"_s,
                                        u"erin/Order Blocks"_s};
    QTest::newRow("active") << int(Filter::Active)
                            << QStringList{u"anna_fx/Alpha Trend"_s, u"annaxfx/Alpha Trend"_s,
                                           u"erin/Order Blocks"_s};
    QTest::newRow("expiring") << int(Filter::Expiring)
                              << QStringList{u"anna_fx/Beta Bands"_s, u"dave/Alpha Trend"_s};
    QTest::newRow("expired") << int(Filter::Expired)
                             << QStringList{u"Bob/Alpha Trend"_s, u"dave/Beta Bands"_s};
    QTest::newRow("revoked") << int(Filter::Revoked) << QStringList{u"carla/Beta Bands"_s};
    QTest::newRow("lifetime") << int(Filter::Lifetime) << QStringList{u"Bob/Order Blocks"_s};
    QTest::newRow("pending sync") << int(Filter::PendingSync)
                                  << QStringList{u"anna_fx/Alpha Trend"_s, u"dave/Alpha Trend"_s};
    QTest::newRow("failed") << int(Filter::Failed)
                            << QStringList{u"Bob/Alpha Trend"_s, u"Bob/Order Blocks"_s,
                                           u"carla/Beta Bands"_s, u"annaxfx/Alpha Trend"_s};
}

void TestAccessModel::filtersSelectExactlyTheirAccesses()
{
    QFETCH(int, filter);
    QFETCH(QStringList, expected);
    AccessTableModel model(m_db->context());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    load(model, [&] {
        model.setFilter(Filter(filter));
        model.reload();
    });
    QCOMPARE(sorted(shown(model)), sorted(expected));
}

// Whatever the data, a status filter holds exactly the rows whose status the rule gives.
void TestAccessModel::filtersAgreeWithTheDomainRules()
{
    AccessTableModel model(m_db->context());
    load(model, [&] { model.reload(); });
    QHash<int, QStringList> byStatus;
    QHash<int, QStringList> bySync;
    const QStringList all = shown(model);
    for (int row = 0; row < model.rowCount(); ++row) {
        byStatus[model.index(row, 0).data(AccessTableModel::StatusRole).toInt()].append(all[row]);
        bySync[model.index(row, 0).data(AccessTableModel::SyncStateRole).toInt()].append(all[row]);
    }
    const QList<std::pair<Filter, AccessStatus>> statuses = {
        {Filter::Active, AccessStatus::Active},
        {Filter::Expiring, AccessStatus::Expiring},
        {Filter::Expired, AccessStatus::Expired},
        {Filter::Revoked, AccessStatus::Revoked},
        {Filter::Lifetime, AccessStatus::Lifetime}};
    for (const auto &[filter, status] : statuses) {
        load(model, [&] { model.setFilter(filter); });
        QCOMPARE(sorted(shown(model)), sorted(byStatus.value(int(status))));
    }
    load(model, [&] { model.setFilter(Filter::PendingSync); });
    QCOMPARE(sorted(shown(model)), sorted(bySync.value(int(SyncState::Pending))));
    load(model, [&] { model.setFilter(Filter::Failed); });
    QCOMPARE(sorted(shown(model)), sorted(bySync.value(int(SyncState::Failed)) +
                                          bySync.value(int(SyncState::NeedsAttention))));
}

void TestAccessModel::countsMatchTheFilters()
{
    AccessTableModel model(m_db->context());
    QSignalSpy counted(&model, &AccessTableModel::countsChanged);
    load(model, [&] { model.reload(); });
    QVERIFY(model.hasCounts());
    QCOMPARE(counted.count(), 1);
    const AccessQuery::Counts counts = model.counts();
    for (int f = 0; f < AccessQuery::filterCount; ++f) {
        AccessTableModel one(m_db->context());
        load(one, [&] {
            one.setFilter(Filter(f));
            one.reload();
        });
        QCOMPARE(counts[f], qint64(one.rowCount()));
    }
    // A search narrows the counts too.
    load(model, [&] { model.setSearchText(u"bob"_s); });
    QCOMPARE(model.counts()[int(Filter::All)], 2);
    QCOMPARE(model.counts()[int(Filter::Lifetime)], 1);
    QCOMPARE(model.counts()[int(Filter::Failed)], 2);
    QCOMPARE(model.counts()[int(Filter::Active)], 0);
}

void TestAccessModel::columnsShowStatusExpiryAndSync()
{
    AccessTableModel model(m_db->context());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    load(model, [&] { model.setSearchText(u"bob"_s); });
    QCOMPARE(model.columnCount(), int(AccessTableModel::ColumnCount));
    const QStringList keys = shown(model);
    const int lifetime = int(keys.indexOf(u"Bob/Order Blocks"_s));
    const int expired = int(keys.indexOf(u"Bob/Alpha Trend"_s));
    QVERIFY(lifetime >= 0 && expired >= 0);
    const auto cell = [&model](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    QCOMPARE(cell(lifetime, AccessTableModel::Expires).toString(), u"Lifetime"_s);
    QVERIFY(cell(lifetime, AccessTableModel::Expires, AccessTableModel::RawRole).isNull());
    QCOMPARE(cell(lifetime, AccessTableModel::Status).toString(),
             AccessStatusRule::displayName(AccessStatus::Lifetime));
    QCOMPARE(cell(lifetime, AccessTableModel::Sync).toString(),
             SyncStateRule::displayName(SyncState::NeedsAttention));
    QCOMPARE(cell(lifetime, AccessTableModel::Sync, Qt::ToolTipRole).toString(),
             u"User not found: Bob"_s);
    QCOMPARE(cell(lifetime, AccessTableModel::ClientName).toString(), u"Bob Stone"_s);
    QCOMPARE(cell(lifetime, AccessTableModel::Origin).toString(), u"Manual"_s);
    QCOMPARE(cell(expired, AccessTableModel::Expires, AccessTableModel::RawRole).toDateTime(),
             TestDatabase::at(u"2026-03-01T00:00:00.000"_s));
    QCOMPARE(cell(expired, AccessTableModel::Sync).toString(),
             SyncStateRule::displayName(SyncState::Failed));
    QCOMPARE(cell(expired, AccessTableModel::Sync, Qt::ToolTipRole).toString(),
             u"TradingView answered 502"_s);
    QCOMPARE(cell(expired, 0, AccessTableModel::AccessIdRole).toLongLong(),
             m_access[u"Bob/Alpha Trend"_s]);
}

void TestAccessModel::searchIsACaseInsensitivePrefix_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");
    const QStringList anna{u"anna_fx/Alpha Trend"_s, u"anna_fx/Beta Bands"_s};
    QTest::newRow("username prefix") << u"anna_"_s << anna; // _ is not a wildcard
    QTest::newRow("any case") << u"ANNA_F"_s << anna;
    QTest::newRow("client name") << u"anna k"_s << anna;
    QTest::newRow("both annas") << u"ann"_s
                                << QStringList{anna + QStringList{u"annaxfx/Alpha Trend"_s}};
    QTest::newRow("indicator") << u"beta"_s
                               << QStringList{u"anna_fx/Beta Bands"_s, u"carla/Beta Bands"_s,
                                              u"dave/Beta Bands"_s};
    QTest::newRow("not inside a word") << u"rend"_s << QStringList();
    QTest::newRow("percent is literal") << u"%"_s << QStringList();
    QTest::newRow("blanks trimmed") << u"  erin "_s << QStringList{u"erin/Order Blocks"_s};
}

void TestAccessModel::searchIsACaseInsensitivePrefix()
{
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    AccessTableModel model(m_db->context());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    load(model, [&] {
        model.setSearchText(search);
        model.reload();
    });
    QCOMPARE(sorted(shown(model)), sorted(expected));
}

void TestAccessModel::sortingIsTotalAndReversible()
{
    AccessTableModel model(m_db->context());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    load(model, [&] { model.sort(AccessTableModel::Username, Qt::AscendingOrder); });
    const QStringList ascending = shown(model);
    for (int i = 1; i < ascending.size(); ++i)
        QVERIFY(QString::compare(ascending[i - 1], ascending[i], Qt::CaseInsensitive) <= 0);
    load(model, [&] { model.sort(AccessTableModel::Username, Qt::DescendingOrder); });
    QStringList descending = shown(model);
    std::reverse(descending.begin(), descending.end());
    QCOMPARE(descending, ascending);

    // Expires: soonest first, lifetime last.
    load(model, [&] { model.sort(AccessTableModel::Expires, Qt::AscendingOrder); });
    QDateTime previous;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QVariant raw =
            model.index(row, AccessTableModel::Expires).data(AccessTableModel::RawRole);
        if (row == model.rowCount() - 1) {
            QVERIFY(raw.isNull());
            break;
        }
        QVERIFY(!raw.isNull());
        QVERIFY(!previous.isValid() || previous <= raw.toDateTime());
        previous = raw.toDateTime();
    }
    // Status and sync state sort by the rule's order.
    for (int column : {int(AccessTableModel::Status), int(AccessTableModel::Sync)}) {
        load(model, [&] { model.sort(column, Qt::AscendingOrder); });
        const int role = column == AccessTableModel::Status ? int(AccessTableModel::StatusRole)
                                                            : int(AccessTableModel::SyncStateRole);
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.index(row - 1, 0).data(role).toInt() <=
                    model.index(row, 0).data(role).toInt());
    }
}

void TestAccessModel::expiringThresholdFollowsTheSetting()
{
    AccessTableModel model(m_db->context());
    load(model, [&] {
        model.setFilter(Filter::Expiring);
        model.setExpiringWithinDays(4);
    });
    QCOMPARE(shown(model), QStringList{u"anna_fx/Beta Bands"_s});
    load(model, [&] { model.setExpiringWithinDays(60); });
    QCOMPARE(sorted(shown(model)), sorted({u"anna_fx/Beta Bands"_s, u"dave/Alpha Trend"_s,
                                           u"erin/Order Blocks"_s, u"anna_fx/Alpha Trend"_s}));
}

// Typing fast: a load started for an older search never replaces the newest one.
void TestAccessModel::newestLoadWins()
{
    AccessTableModel model(m_db->context());
    QSignalSpy loaded(&model, &AccessTableModel::loaded);
    model.setSearchText(u"anna"_s);
    QCoreApplication::sendPostedEvents(&model); // the first load starts
    QVERIFY(model.isLoading());
    model.setSearchText(u"erin"_s);
    QVERIFY(loaded.wait(10000));
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(shown(model), QStringList{u"erin/Order Blocks"_s});
    QCOMPARE(loaded.count(), 1);
}

// 1,000-odd accesses read 64 at a time with at most 4 pages kept: every row equals the row of an
// independent full query, for several orders.
void TestAccessModel::pagesMatchAFullQuery()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY(DemoDataGenerator(m_db->database(), m_db->clock()).generate({260, 7}).ok());
    const qint64 total = m_db->scalar(u"SELECT COUNT(*) FROM accesses"_s).toLongLong();
    QVERIFY2(total >= 1000, qPrintable(QString::number(total)));

    AccessTableModel model(m_db->context());
    model.setPageSize(64);
    model.setMaxCachedPages(4);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const AccessStatusRule rule;
    const QDateTime now = m_db->clock().nowUtc();
    const QList<std::tuple<int, Qt::SortOrder, QString>> orders = {
        {AccessTableModel::Username, Qt::AscendingOrder,
         u"lower(c.tv_username), lower(i.name), a.id"_s},
        {AccessTableModel::Indicator, Qt::DescendingOrder,
         u"lower(i.name) DESC, lower(c.tv_username) DESC, a.id DESC"_s},
        {AccessTableModel::Expires, Qt::AscendingOrder,
         u"a.expires_at IS NULL, a.expires_at, lower(c.tv_username), a.id"_s},
    };
    for (const auto &[column, order, orderBy] : orders) {
        load(model, [&, column = column, order = order] { model.sort(column, order); });
        QCOMPARE(qint64(model.rowCount()), total);
        Statement full(m_db->database().connection(),
                       u"SELECT a.id, c.tv_username, c.full_name, i.name, a.intended_state, "
                       "a.expires_at FROM accesses a JOIN clients c ON c.id = a.client_id JOIN "
                       "indicators i ON i.id = a.indicator_id ORDER BY %1"_s.arg(orderBy));
        QVERIFY(full.exec().ok());
        int row = 0;
        const int readsBefore = model.pageReads();
        while (full.next()) {
            QCOMPARE(model.index(row, 0).data(AccessTableModel::AccessIdRole).toLongLong(),
                     full.value(0).toLongLong());
            QCOMPARE(model.index(row, AccessTableModel::Username).data().toString(),
                     full.value(1).toString());
            QCOMPARE(model.index(row, AccessTableModel::ClientName).data().toString(),
                     full.value(2).toString());
            QCOMPARE(model.index(row, AccessTableModel::Indicator).data().toString(),
                     full.value(3).toString());
            const Expiration expiration = full.value(5).isNull()
                                              ? Expiration::lifetime()
                                              : Expiration::at(DbTime::fromDb(full.value(5)));
            const IntendedState intent = full.value(4).toString() == u"granted"_s
                                             ? IntendedState::Granted
                                             : IntendedState::Revoked;
            QCOMPARE(model.index(row, 0).data(AccessTableModel::StatusRole).toInt(),
                     int(rule.statusOf(intent, expiration, now)));
            QVERIFY(model.cachedPageCount() <= 4);
            ++row;
        }
        QCOMPARE(qint64(row), total);
        // Page 0 came with the load; every other page was read once, in order.
        QCOMPARE(model.pageReads() - readsBefore, int((total + 63) / 64) - 1);
    }
    // Going back to the start reads page 0 again (it was evicted), then serves it from cache.
    const int reads = model.pageReads();
    QVERIFY(model.index(0, 0).data().isValid());
    QVERIFY(model.index(1, 0).data().isValid());
    QCOMPARE(model.pageReads(), reads + 1);
}

void TestAccessModel::selectionGivesIdsWithoutReadingRows()
{
    AccessTableModel model(m_db->context());
    model.setPageSize(2);
    load(model, [&] { model.sort(AccessTableModel::Username, Qt::AscendingOrder); });
    const int reads = model.pageReads();
    QItemSelection selection;
    selection.select(model.index(1, 0), model.index(3, AccessTableModel::ColumnCount - 1));
    selection.select(model.index(2, 1), model.index(2, 1)); // overlapping cell
    const QList<qint64> ids = model.accessIds(selection);
    QCOMPARE(model.pageReads(), reads);
    QCOMPARE(ids.size(), 3);
    QCOMPARE(ids[0], model.accessIdAt(1));
    QCOMPARE(ids[2], model.accessIdAt(3));
    QCOMPARE(model.rowsOf({ids[0], ids[2]}), (QList<int>{1, 3}));
}

QTEST_GUILESS_MAIN(TestAccessModel)
#include "tst_accessmodel.moc"
