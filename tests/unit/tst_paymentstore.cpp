#include "TestDatabase.h"
#include "store/AuditLog.h"
#include "store/ClientStore.h"
#include "store/PaymentStore.h"

#include <QTest>

using namespace pinedesk;
using namespace Qt::Literals::StringLiterals;

class TestPaymentStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void addsAndTotalsPerCurrency();
    void referenceIsUniquePerSource();
    void validation();
    void removeIsAudited();
    void deletingTheClientRemovesPayments();

private:
    Payment payment(qint64 minor, const QString &currency, const QString &reference = {},
                    const QString &source = u"stripe"_s);
    std::unique_ptr<test::TestDatabase> m_db;
    qint64 m_client = 0;
};

void TestPaymentStore::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
    m_client = ClientStore(m_db->context()).create({0, u"payer"_s}).value();
}

Payment TestPaymentStore::payment(qint64 minor, const QString &currency, const QString &reference,
                                  const QString &source)
{
    Payment p;
    p.clientId = m_client;
    p.amount = Money(minor, currency);
    p.paidAt = m_db->clock().nowUtc();
    p.reference = reference;
    p.source = source;
    return p;
}

void TestPaymentStore::addsAndTotalsPerCurrency()
{
    PaymentStore store(m_db->context());
    QVERIFY(store.add(payment(2900, u"usd"_s, u"ch_1"_s)).ok());
    QVERIFY(store.add(payment(5900, u"USD"_s, u"ch_2"_s)).ok());
    QVERIFY(store.add(payment(4990, u"EUR"_s)).ok());
    const auto totals = store.totalsForClient(m_client);
    QCOMPARE(totals.value(u"USD"_s), 8800);
    QCOMPARE(totals.value(u"EUR"_s), 4990);
    QCOMPARE(totals.size(), 2);
    const auto list = store.forClient(m_client);
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.last().amount, Money(2900, u"USD"_s));
    QCOMPARE(list.last().source, u"stripe"_s);
    QCOMPARE(list.last().paidAt, m_db->clock().nowUtc());
}

void TestPaymentStore::referenceIsUniquePerSource()
{
    PaymentStore store(m_db->context());
    QVERIFY(store.add(payment(100, u"USD"_s, u"ref-1"_s, u"gumroad"_s)).ok());
    const auto dup = store.add(payment(100, u"USD"_s, u"ref-1"_s, u"gumroad"_s));
    QVERIFY(!dup.ok());
    QVERIFY(dup.error().message().contains(u"already recorded"_s));
    QVERIFY(store.add(payment(100, u"USD"_s, u"ref-1"_s, u"whop"_s)).ok()); // other source
    QVERIFY(store.add(payment(100, u"USD"_s)).ok());                        // no reference
    QVERIFY(store.add(payment(100, u"USD"_s)).ok());
    QCOMPARE(store.count(), 4);
}

void TestPaymentStore::validation()
{
    PaymentStore store(m_db->context());
    QVERIFY(store.add(payment(100, u"dollars"_s)).error().message().contains(u"currency"_s));
    Payment undated = payment(100, u"USD"_s);
    undated.paidAt = QDateTime();
    QVERIFY(!store.add(undated).ok());
    Payment orphan = payment(100, u"USD"_s);
    orphan.clientId = 9999;
    QVERIFY(!store.add(orphan).ok());
    QCOMPARE(store.count(), 0);
}

void TestPaymentStore::removeIsAudited()
{
    PaymentStore store(m_db->context());
    const qint64 id = store.add(payment(100, u"USD"_s, u"r"_s)).value();
    QVERIFY(store.remove(id).ok());
    QCOMPARE(store.count(), 0);
    const auto audit = AuditLog(m_db->context()).forEntity(u"payment"_s, id);
    QCOMPARE(audit.size(), 2);
    QCOMPARE(audit[0].action, u"payment.deleted"_s);
    QCOMPARE(audit[0].details[u"amount"_s].toString(), u"1.00 USD"_s);
}

void TestPaymentStore::deletingTheClientRemovesPayments()
{
    QVERIFY(PaymentStore(m_db->context()).add(payment(100, u"USD"_s)).ok());
    QVERIFY(ClientStore(m_db->context()).remove(m_client).ok());
    QCOMPARE(PaymentStore(m_db->context()).count(), 0);
}

QTEST_GUILESS_MAIN(TestPaymentStore)
#include "tst_paymentstore.moc"
