#include "TestDatabase.h"
#include "crm/ClientQuery.h"
#include "crm/SegmentStore.h"
#include "items/ClientTableModel.h"
#include "store/AccessStore.h"
#include "store/ClientStore.h"
#include "store/IndicatorStore.h"
#include "store/PaymentStore.h"
#include "store/Statement.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace pinedesk;
using namespace Qt::Literals::StringLiterals;

// The CRM's reads: each filter alone and combined, search, sort, and pages that match a full
// read however the table is scrolled.
class TestClientQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void searchMatchesWordPrefixesAnywhere();
    void searchTextIsNeverFtsSyntax();
    void eachFilterSelectsExactlyItsClients_data();
    void eachFilterSelectsExactlyItsClients();
    void filtersCombine();
    void pagesFromEitherEndMatchAFullRead_data();
    void pagesFromEitherEndMatchAFullRead();
    void modelPagesAThousandClientsUnderTheTester();
    void newestRefreshWins();
    void segmentsRoundTripAndReplaceByName();

private:
    QStringList usernames(const ClientFilter &filter);
    qint64 clientId(const QString &username);

    std::unique_ptr<test::TestDatabase> m_db;
    qint64 m_indicator = 0;
};

void TestClientQuery::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY(m_db->isOpen());
    const StoreContext ctx = m_db->context();
    ClientStore clients(ctx);
    struct Seed
    {
        const char *user;
        const char *email;
        const char *name;
        ClientStatus status;
    };
    const Seed seeds[] = {
        {"alpha_trader", "ana@example.com", "Ana Smith", ClientStatus::Active},
        {"BetaBull", "bob@example.org", "Bob Jones", ClientStatus::Active},
        {"gamma", "carla@mail.com", "Carla Smithers", ClientStatus::Inactive},
        {"delta99", "dan@example.com", "Dan Brown", ClientStatus::Lead},
        {"epsilon", "eve@example.com", "Eve Müller", ClientStatus::Blocked},
    };
    for (const Seed &s : seeds) {
        Client c;
        c.tvUsername = QString::fromUtf8(s.user);
        c.email = QString::fromUtf8(s.email);
        c.fullName = QString::fromUtf8(s.name);
        c.status = s.status;
        QVERIFY(clients.create(c).ok());
    }
    Indicator indicator;
    indicator.name = u"Trend Rider"_s;
    indicator.pineId = u"PUB;aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"_s;
    const auto ind = IndicatorStore(ctx).create(indicator);
    QVERIFY(ind.ok());
    m_indicator = *ind;

    // Payments: alpha paid recently 50, beta paid 200 days ago 300, gamma paid 130 days ago 20.
    PaymentStore payments(ctx);
    const QDateTime now = m_db->clock().nowUtc();
    const auto pay = [&](const QString &user, qint64 cents, int daysAgo, const QString &ref) {
        Payment p;
        p.clientId = clientId(user);
        p.amount = Money(cents, u"USD"_s);
        p.paidAt = now.addDays(-daysAgo);
        p.reference = ref;
        p.source = u"test"_s;
        QVERIFY(payments.add(p).ok());
    };
    pay(u"alpha_trader"_s, 5000, 3, u"r1"_s);
    pay(u"BetaBull"_s, 30000, 200, u"r2"_s);
    pay(u"gamma"_s, 2000, 130, u"r3"_s);

    // Accesses: alpha active for 5 more days, beta active 60 days, gamma expired.
    AccessStore accesses(ctx);
    const auto grant = [&](const QString &user, int days) {
        AccessStore::Grant g;
        g.clientId = clientId(user);
        g.indicatorId = m_indicator;
        g.expiration = Expiration::at(now.addDays(days));
        QVERIFY(accesses.grant(g).ok());
    };
    grant(u"alpha_trader"_s, 5);
    grant(u"BetaBull"_s, 60);
    grant(u"gamma"_s, -10);

    // A change for delta99 that failed for good.
    QVERIFY(m_db->scalar(u"INSERT INTO sync_queue (tv_username, pine_id, state, "
                         "next_attempt_at, created_at, updated_at) VALUES ('delta99', 'PUB;x', "
                         "'dead', '2026-03-14T00:00:00.000Z', '2026-03-14T00:00:00.000Z', "
                         "'2026-03-14T00:00:00.000Z') RETURNING id"_s)
                .isValid());
}

void TestClientQuery::cleanup()
{
    m_db.reset();
}

qint64 TestClientQuery::clientId(const QString &username)
{
    const auto c = ClientStore(m_db->context()).byUsername(username);
    return c ? c->id : 0;
}

QStringList TestClientQuery::usernames(const ClientFilter &filter)
{
    const ClientQuery query(filter, m_db->clock().nowUtc());
    const auto total = query.count(m_db->database().connection());
    if (!total)
        return {u"<error %1>"_s.arg(total.error())};
    const auto rows = query.page(m_db->database().connection(), 0, 100, *total);
    if (!rows)
        return {u"<error %1>"_s.arg(rows.error())};
    QStringList names;
    for (const ClientRow &r : *rows)
        names.append(r.tvUsername);
    if (names.size() != *total)
        names.append(u"<count %1>"_s.arg(*total));
    return names;
}

void TestClientQuery::searchMatchesWordPrefixesAnywhere()
{
    ClientFilter f;
    f.text = u"smi"_s; // Ana Smith, Carla Smithers
    QCOMPARE(usernames(f), (QStringList{u"alpha_trader"_s, u"gamma"_s}));
    f.text = u"TRADER"_s; // a word inside the username, any case
    QCOMPARE(usernames(f), QStringList{u"alpha_trader"_s});
    f.text = u"example.org"_s; // both words of the address
    QCOMPARE(usernames(f), QStringList{u"BetaBull"_s});
    f.text = u"muller"_s; // accents folded
    QCOMPARE(usernames(f), QStringList{u"epsilon"_s});
    f.text = u"ana smi"_s; // every word must match
    QCOMPARE(usernames(f), QStringList{u"alpha_trader"_s});
    f.text = u"zzz"_s;
    QCOMPARE(usernames(f), QStringList());
}

void TestClientQuery::searchTextIsNeverFtsSyntax()
{
    ClientFilter f;
    for (const QString &text : {u"\"a"_s, u"NEAR(x y)"_s, u"a OR b"_s, u"*"_s, u"-gamma"_s,
                                u"gamma:"_s, u"^g"_s, u"'); DROP TABLE clients; --"_s}) {
        f.text = text;
        const QStringList found = usernames(f);
        QVERIFY2(found.isEmpty() || !found.first().startsWith(u"<error"_s),
                 qPrintable(text + u" -> "_s + found.join(u',')));
    }
    f.text = u"-gamma"_s;
    QCOMPARE(usernames(f), QStringList{u"gamma"_s});
    QCOMPARE(ClientQuery::matchExpression(u"a OR b"_s), u"\"a\"* \"OR\"* \"b\"*"_s);
}

void TestClientQuery::eachFilterSelectsExactlyItsClients_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("status") << uR"({"statuses":["inactive","blocked"]})"_s
                            << QStringList{u"epsilon"_s, u"gamma"_s};
    QTest::newRow("registered today")
        << uR"({"registeredFrom":"2026-03-15",
        "registeredTo":"2026-03-15"})"_s
        << QStringList{u"alpha_trader"_s, u"BetaBull"_s, u"delta99"_s, u"epsilon"_s, u"gamma"_s};
    QTest::newRow("registered before") << uR"({"registeredTo":"2026-03-14"})"_s << QStringList();
    QTest::newRow("no payment 120 days")
        << uR"({"noPaymentForDays":120})"_s << QStringList{u"BetaBull"_s, u"gamma"_s};
    QTest::newRow("no payment 150 days")
        << uR"({"noPaymentForDays":150})"_s << QStringList{u"BetaBull"_s};
    QTest::newRow("spent at least 50")
        << uR"({"spentAtLeastMinor":5000})"_s << QStringList{u"alpha_trader"_s, u"BetaBull"_s};
    QTest::newRow("spent at most 50")
        << uR"({"spentAtMostMinor":5000})"_s
        << QStringList{u"alpha_trader"_s, u"delta99"_s, u"epsilon"_s, u"gamma"_s};
    QTest::newRow("other currency")
        << uR"({"spentAtLeastMinor":1,"currency":"EUR"})"_s << QStringList();
    QTest::newRow("expiring 7 days")
        << uR"({"expiringWithinDays":7})"_s << QStringList{u"alpha_trader"_s};
    QTest::newRow("sync problems") << uR"({"syncProblems":true})"_s << QStringList{u"delta99"_s};
}

void TestClientQuery::eachFilterSelectsExactlyItsClients()
{
    QFETCH(QString, json);
    QFETCH(QStringList, expected);
    const ClientFilter f = ClientFilter::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
    QStringList found = usernames(f);
    found.sort(Qt::CaseInsensitive);
    QCOMPARE(found, expected);
    // And the filter survives being saved.
    QCOMPARE(ClientFilter::fromJson(f.toJson()), f);
}

void TestClientQuery::filtersCombine()
{
    ClientFilter f;
    f.activeIndicatorId = m_indicator;
    QStringList found = usernames(f);
    found.sort(Qt::CaseInsensitive);
    QCOMPARE(found, (QStringList{u"alpha_trader"_s, u"BetaBull"_s})); // gamma's has expired
    f.noPaymentForDays = 120;
    QCOMPARE(usernames(f), QStringList{u"BetaBull"_s});
    f.text = u"ana"_s;
    QCOMPARE(usernames(f), QStringList());
}

void TestClientQuery::pagesFromEitherEndMatchAFullRead_data()
{
    QTest::addColumn<int>("sort");
    QTest::addColumn<int>("order");
    for (int s = 0; s < 5; ++s) {
        QTest::addRow("sort %d asc", s) << s << int(Qt::AscendingOrder);
        QTest::addRow("sort %d desc", s) << s << int(Qt::DescendingOrder);
    }
}

void TestClientQuery::pagesFromEitherEndMatchAFullRead()
{
    QFETCH(int, sort);
    QFETCH(int, order);
    // 300 more clients, with repeated names and statuses so ties are broken by id.
    ClientStore clients(m_db->context());
    for (int i = 0; i < 300; ++i) {
        Client c;
        c.tvUsername = u"user%1"_s.arg((i * 37) % 300, 3, 10, QChar(u'0'));
        c.fullName = u"Name %1"_s.arg(i % 7);
        c.email = u"u%1@x.com"_s.arg(i % 11);
        c.status = ClientStatus(i % 4);
        QVERIFY(clients.create(c).ok());
    }
    const ClientQuery query({}, m_db->clock().nowUtc(), ClientQuery::Sort(sort),
                            Qt::SortOrder(order));
    const QSqlDatabase db = m_db->database().connection();
    const qint64 total = query.count(db).value();
    QCOMPARE(total, 305);
    const QList<ClientRow> all = query.page(db, 0, 1000, 0).value();
    QCOMPARE(all.size(), 305);
    for (int size : {1, 7, 64}) {
        QList<qint64> paged;
        for (qint64 offset = 0; offset < total; offset += size) {
            const auto rows = query.page(db, offset, size, total);
            QVERIFY2(rows.ok(), qPrintable(rows.ok() ? QString() : rows.error().message()));
            for (const ClientRow &r : *rows)
                paged.append(r.id);
        }
        QList<qint64> expected;
        for (const ClientRow &r : all)
            expected.append(r.id);
        QCOMPARE(paged, expected);
        QCOMPARE(query.ids(db, 100, 50).value(), expected.mid(100, 50));
    }
}

void TestClientQuery::modelPagesAThousandClientsUnderTheTester()
{
    ClientStore clients(m_db->context());
    for (int i = 0; i < 1000; ++i) {
        Client c;
        c.tvUsername = u"bulk%1"_s.arg(i, 4, 10, QChar(u'0'));
        QVERIFY(clients.create(c).ok());
    }
    ClientTableModel model(m_db->database(), m_db->clock());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &ClientTableModel::loaded);
    QVERIFY(loaded.count() > 0 || loaded.wait(10000));
    QCOMPARE(model.rowCount(), 1005);
    // Reading every row walks through more pages than the cache holds.
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString user = model.index(row, ClientTableModel::Username).data().toString();
        if (row >= 2 && row < 1002) // after alpha_trader and BetaBull, before delta99
            QCOMPARE(user, u"bulk%1"_s.arg(row - 2, 4, 10, QChar(u'0')));
    }
    QCOMPARE(model.index(1004, 0).data().toString(), u"gamma"_s);
    model.sort(ClientTableModel::Username, Qt::DescendingOrder);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.index(0, 0).data().toString(), u"gamma"_s);
    QCOMPARE(model.idsOf({{0, 1}, {1004, 1004}}).value().size(), 3);
    ClientFilter f;
    f.text = u"bulk012"_s;
    model.setFilter(f);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.index(0, ClientTableModel::ActiveAccesses).data().toInt(), 0);
}

void TestClientQuery::newestRefreshWins()
{
    ClientTableModel model(m_db->database(), m_db->clock());
    QSignalSpy loaded(&model, &ClientTableModel::loaded);
    ClientFilter f;
    for (const QString &text : {u"a"_s, u"al"_s, u"alp"_s, u"beta"_s}) {
        f.text = text;
        model.setFilter(f); // typed faster than the queries finish
    }
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data().toString(), u"BetaBull"_s);
    QCOMPARE(loaded.count(), 1); // stale answers were never shown
}

void TestClientQuery::segmentsRoundTripAndReplaceByName()
{
    SegmentStore store(m_db->context());
    ClientFilter f;
    f.noPaymentForDays = 120;
    f.statuses = {ClientStatus::Active};
    const auto id = store.save(u"  Inactive   120 days "_s, f);
    QVERIFY(id.ok());
    f.noPaymentForDays = 90;
    QCOMPARE(store.save(u"inactive 120 DAYS"_s, f).value(), *id); // same name, any case
    const QList<Segment> all = store.all();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().name, u"inactive 120 DAYS"_s);
    QCOMPARE(all.first().filter, f);
    QVERIFY(!store.save(u"   "_s, f).ok());
    QVERIFY(store.remove(*id).ok());
    QVERIFY(store.all().isEmpty());
    QVERIFY(!store.remove(*id).ok());
    QCOMPARE(
        m_db->scalar(u"SELECT COUNT(*) FROM audit_log WHERE entity_type = 'segment'"_s).toInt(), 3);
}

QTEST_GUILESS_MAIN(TestClientQuery)
#include "tst_clientquery.moc"
