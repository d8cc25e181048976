#include "TestDatabase.h"
#include "store/Statement.h"
#include "store/Transaction.h"

#include <QTest>

using namespace pinedesk;
using namespace Qt::Literals::StringLiterals;

class TestTransaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void rollsBackUnlessCommitted();
    void commitPersists();
    void nestedGuardIsASavepoint();
    void outerRollbackUndoesCommittedInner();
    void explicitRollbackThenDestructorIsHarmless();

private:
    void insert(const QString &key);
    int count();
    std::unique_ptr<test::TestDatabase> m_db;
};

void TestTransaction::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
}

void TestTransaction::insert(const QString &key)
{
    Statement st(m_db->database().connection(),
                 u"INSERT INTO settings (key, value) VALUES (:k, 'v')"_s);
    st.bind(u":k"_s, key);
    QVERIFY(st.exec().ok());
}

int TestTransaction::count()
{
    return m_db->scalar(u"SELECT COUNT(*) FROM settings"_s).toInt();
}

void TestTransaction::rollsBackUnlessCommitted()
{
    {
        Transaction tx(m_db->database().connection());
        QVERIFY(tx.isActive());
        insert(u"a"_s);
        QCOMPARE(count(), 1);
    }
    QCOMPARE(count(), 0);
}

void TestTransaction::commitPersists()
{
    {
        Transaction tx(m_db->database().connection());
        insert(u"a"_s);
        QVERIFY(tx.commit().ok());
        QVERIFY(!tx.isActive());
    }
    QCOMPARE(count(), 1);
}

void TestTransaction::nestedGuardIsASavepoint()
{
    Transaction outer(m_db->database().connection());
    insert(u"outer"_s);
    {
        Transaction inner(m_db->database().connection());
        QVERIFY(inner.isActive());
        insert(u"inner"_s);
    } // inner rolled back only
    QCOMPARE(count(), 1);
    QVERIFY(outer.commit().ok());
    QCOMPARE(count(), 1);
    QCOMPARE(m_db->scalar(u"SELECT key FROM settings"_s).toString(), u"outer"_s);
}

void TestTransaction::outerRollbackUndoesCommittedInner()
{
    {
        Transaction outer(m_db->database().connection());
        {
            Transaction inner(m_db->database().connection());
            insert(u"inner"_s);
            QVERIFY(inner.commit().ok());
        }
        QCOMPARE(count(), 1);
    }
    QCOMPARE(count(), 0);
    // The nesting depth is back to zero: a new guard starts a real transaction again.
    Transaction again(m_db->database().connection());
    insert(u"x"_s);
    QVERIFY(again.commit().ok());
    QCOMPARE(count(), 1);
}

void TestTransaction::explicitRollbackThenDestructorIsHarmless()
{
    {
        Transaction tx(m_db->database().connection());
        insert(u"a"_s);
        tx.rollback();
        QVERIFY(!tx.isActive());
        QVERIFY(!tx.commit().ok());
    }
    QCOMPARE(count(), 0);
}

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"
