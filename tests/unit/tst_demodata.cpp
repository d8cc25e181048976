#include "TestDatabase.h"
#include "analytics/AnalyticsLoader.h"
#include "analytics/BusinessMetrics.h"
#include "demo/DemoDataGenerator.h"
#include "domain/EmailValidator.h"
#include "domain/PineIdValidator.h"
#include "domain/UsernameValidator.h"
#include "store/DbTime.h"
#include "store/Statement.h"

#include <QCryptographicHash>
#include <QSet>
#include <QTest>

using namespace pinedesk;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int clientCount = 600;

QByteArray dumpHash(test::TestDatabase &t)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // Every table in a fixed order; the statements are constants, nothing is built from values.
    static const QStringList dumps = {
        u"SELECT * FROM clients ORDER BY id"_s,
        u"SELECT * FROM indicators ORDER BY id"_s,
        u"SELECT * FROM indicator_versions ORDER BY id"_s,
        u"SELECT * FROM plans ORDER BY id"_s,
        u"SELECT * FROM plan_indicators ORDER BY plan_id, indicator_id"_s,
        u"SELECT * FROM accesses ORDER BY id"_s,
        u"SELECT * FROM payments ORDER BY id"_s,
        u"SELECT * FROM audit_log ORDER BY id"_s};
    for (const QString &sql : dumps) {
        Statement st(t.database().connection(), sql);
        if (!st.exec())
            return {};
        while (st.next()) {
            for (int c = 0; c < 16 && st.value(c).isValid(); ++c)
                hash.addData(QByteArray(st.value(c).toString().toUtf8() + '|'));
            hash.addData("\n");
        }
    }
    return hash.result();
}

} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameSeedSameData();
    void countsAndShape();
    void everyDayOfTheNextSixtyHasExpiries();
    void valuesPassTheValidators();
    void integrityIsOk();
    void historyAgreesWithTheAccesses();
    void refusesANonEmptyDatabase();
    void cancelLeavesTheDatabaseEmpty();

private:
    std::unique_ptr<test::TestDatabase> m_db;
    DemoDataGenerator::Summary m_summary;
};

void TestDemoData::initTestCase()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
    const auto summary =
        DemoDataGenerator(m_db->database(), m_db->clock()).generate({clientCount, 42});
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().message()));
    m_summary = *summary;
}

void TestDemoData::sameSeedSameData()
{
    test::TestDatabase same;
    QVERIFY(DemoDataGenerator(same.database(), same.clock()).generate({clientCount, 42}).ok());
    test::TestDatabase other;
    QVERIFY(DemoDataGenerator(other.database(), other.clock()).generate({clientCount, 43}).ok());
    const QByteArray reference = dumpHash(*m_db);
    QVERIFY(!reference.isEmpty());
    QCOMPARE(dumpHash(same), reference);
    QVERIFY(dumpHash(other) != reference);
}

void TestDemoData::countsAndShape()
{
    QCOMPARE(m_summary.clients, clientCount);
    QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM clients"_s).toInt(), clientCount);
    QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM indicators"_s).toInt(), 12);
    QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM plans"_s).toInt(), 4);
    QVERIFY(m_db->scalar(u"SELECT COUNT(*) FROM indicator_versions"_s).toInt() >= 12);
    QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM accesses"_s).toLongLong(), m_summary.accesses);
    QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM payments"_s).toLongLong(), m_summary.payments);
    QCOMPARE(m_db->scalar(u"SELECT COUNT(DISTINCT status) FROM indicators"_s).toInt(), 3);
    // Both currencies, lifetime buyers, revocations, campaigns (reactivations), renewals.
    QCOMPARE(m_db->scalar(u"SELECT group_concat(DISTINCT currency) FROM (SELECT currency FROM "
                          "payments ORDER BY currency)"_s)
                 .toString(),
             u"EUR,USD"_s);
    QVERIFY(m_db->scalar(u"SELECT COUNT(*) FROM accesses WHERE expires_at IS NULL"_s).toInt() > 0);
    QVERIFY(
        m_db->scalar(u"SELECT COUNT(*) FROM accesses WHERE intended_state = 'revoked'"_s).toInt() >
        0);
    QVERIFY(m_db->scalar(u"SELECT COUNT(*) FROM accesses WHERE origin = 'campaign'"_s).toInt() > 0);
    QVERIFY(m_db->scalar(u"SELECT MAX(n) FROM (SELECT COUNT(*) n FROM payments GROUP BY "
                         "client_id)"_s)
                .toInt() >= 6);
    // History spans about eighteen months back, and nothing was paid in the future.
    const QDateTime now = m_db->clock().nowUtc();
    const QDateTime first = DbTime::fromDb(m_db->scalar(u"SELECT MIN(paid_at) FROM payments"_s));
    QVERIFY(first < now.addMonths(-15));
    QVERIFY(first > now.addMonths(-19));
    QVERIFY(DbTime::fromDb(m_db->scalar(u"SELECT MAX(paid_at) FROM payments"_s)) <= now);
    QVERIFY(m_db->scalar(u"SELECT COUNT(*) FROM clients WHERE status = 'lead'"_s).toInt() > 0);
    QVERIFY(m_db->scalar(u"SELECT COUNT(*) FROM clients WHERE status = 'inactive'"_s).toInt() > 0);
}

void TestDemoData::everyDayOfTheNextSixtyHasExpiries()
{
    const QDateTime now = m_db->clock().nowUtc();
    for (int day = 0; day < 60; ++day) {
        Statement st(m_db->database().connection(),
                     u"SELECT COUNT(*) FROM accesses WHERE intended_state = 'granted' AND "
                     "expires_at >= :from AND expires_at < :to"_s);
        st.bind(u":from"_s, DbTime::toDb(now.addDays(day)))
            .bind(u":to"_s, DbTime::toDb(now.addDays(day + 1)));
        QVERIFY(st.execAndFirst().value());
        QVERIFY2(st.value(0).toInt() > 0, qPrintable(u"no expiry on day %1"_s.arg(day)));
    }
}

void TestDemoData::valuesPassTheValidators()
{
    Statement st(m_db->database().connection(), u"SELECT tv_username, email FROM clients"_s);
    QVERIFY(st.exec().ok());
    QSet<QString> seen;
    while (st.next()) {
        const QString name = st.value(0).toString();
        const auto valid = UsernameValidator::validate(name);
        QVERIFY2(valid.ok() && *valid == name, qPrintable(name));
        QVERIFY2(!seen.contains(name.toLower()), qPrintable(name));
        seen.insert(name.toLower());
        QVERIFY2(EmailValidator::validate(st.value(1).toString()).ok(),
                 qPrintable(st.value(1).toString()));
    }
    Statement ids(m_db->database().connection(), u"SELECT pine_id FROM indicators"_s);
    QVERIFY(ids.exec().ok());
    while (ids.next())
        QVERIFY(PineIdValidator::validate(ids.value(0).toString()).ok());
}

void TestDemoData::integrityIsOk()
{
    // The generator rebuilds secondary indexes after its bulk load: all of them must be back.
    test::TestDatabase fresh;
    const QString indexes = u"SELECT group_concat(name) FROM (SELECT name FROM sqlite_master "
                            "WHERE type = 'index' ORDER BY name)"_s;
    QCOMPARE(m_db->scalar(indexes).toString(), fresh.scalar(indexes).toString());
    QVERIFY(m_db->scalar(indexes).toString().contains(u"accesses_expiry"_s));
    QCOMPARE(m_db->scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    Statement fk(m_db->database().connection(), u"PRAGMA foreign_key_check"_s);
    QVERIFY(fk.exec().ok());
    QVERIFY(!fk.next());
}

// The demo's history is the past of its accesses: whoever holds an access now is active now by
// the history, and it reaches back a year and a half, so every chart has something to show.
void TestDemoData::historyAgreesWithTheAccesses()
{
    const auto facts = AnalyticsLoader(m_db->context()).load();
    if (!facts)
        QFAIL(qPrintable(facts.error().message()));
    const BusinessMetrics metrics(*facts);
    const QDateTime now = m_db->clock().nowUtc();
    Statement st(m_db->database().connection(),
                 u"SELECT DISTINCT client_id FROM accesses WHERE intended_state = 'granted' AND "
                 "(expires_at IS NULL OR expires_at > :now) ORDER BY client_id"_s);
    st.bind(u":now"_s, DbTime::toDb(now));
    const auto holders = st.readAll([](const Statement &row) { return row.value(0).toLongLong(); });
    QVERIFY(holders);
    QVERIFY(!holders->isEmpty());
    QCOMPARE(metrics.activeAt(now), *holders);
    QDateTime earliest = now;
    for (const BusinessFacts::Term &t : facts->terms)
        earliest = std::min(earliest, t.start);
    QVERIFY2(earliest <= now.addMonths(-17), qPrintable(earliest.toString(Qt::ISODate)));
    const auto year = metrics.figures(now.addMonths(-12), now);
    QVERIFY(year.churned > 0);
    QVERIFY(year.renewed > 0);
    QVERIFY(!year.mrr.isEmpty());
}

void TestDemoData::refusesANonEmptyDatabase()
{
    const auto again = DemoDataGenerator(m_db->database(), m_db->clock()).generate({10, 1});
    QVERIFY(!again.ok());
    QVERIFY(again.error().message().contains(u"empty"_s));
    QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM clients"_s).toInt(), clientCount);
}

void TestDemoData::cancelLeavesTheDatabaseEmpty()
{
    test::TestDatabase t;
    int calls = 0;
    const auto r = DemoDataGenerator(t.database(), t.clock())
                       .generate({3000, 1}, [&calls](qint64 done, qint64) {
                           ++calls;
                           return done < 2000;
                       });
    QVERIFY(!r.ok());
    QVERIFY(r.error().message().contains(u"cancelled"_s));
    QCOMPARE(calls, 2);
    QCOMPARE(t.scalar(u"SELECT COUNT(*) FROM clients"_s).toInt(), 0);
    QCOMPARE(t.scalar(u"SELECT COUNT(*) FROM indicators"_s).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
