#include "domain/Money.h"

#include <QTest>

using namespace pinedesk;
using namespace Qt::Literals::StringLiterals;

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void rejects_data();
    void rejects();
    void formatsPlain();
    void formatsForTheLocale();
};

void TestMoney::parses_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minor");
    QTest::newRow("dot decimals") << u"49.90"_s << u"USD"_s << qint64(4990);
    QTest::newRow("comma decimals") << u"49,90"_s << u"eur"_s << qint64(4990);
    QTest::newRow("one decimal") << u"49.9"_s << u"USD"_s << qint64(4990);
    QTest::newRow("whole") << u"1200"_s << u"USD"_s << qint64(120000);
    QTest::newRow("thousands comma") << u"1,234.56"_s << u"USD"_s << qint64(123456);
    QTest::newRow("thousands dot") << u"1.234,56"_s << u"EUR"_s << qint64(123456);
    QTest::newRow("thousands only") << u"1,234"_s << u"USD"_s << qint64(123400);
    QTest::newRow("yen no decimals") << u"5000"_s << u"JPY"_s << qint64(5000);
    QTest::newRow("dinar three decimals") << u"1.250"_s << u"KWD"_s << qint64(1250);
    QTest::newRow("blanks") << u" 10.00 "_s << u"GBP"_s << qint64(1000);
    QTest::newRow("zero") << u"0"_s << u"USD"_s << qint64(0);
}

void TestMoney::parses()
{
    QFETCH(QString, amount);
    QFETCH(QString, currency);
    QFETCH(qint64, minor);
    const auto m = Money::parse(amount, currency);
    QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().message()));
    QCOMPARE(m->minorUnits(), minor);
    QCOMPARE(m->currency(), currency.toUpper());
}

void TestMoney::rejects_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("currency");
    QTest::newRow("negative") << u"-5"_s << u"USD"_s;
    QTest::newRow("letters") << u"abc"_s << u"USD"_s;
    QTest::newRow("empty") << QString() << u"USD"_s;
    QTest::newRow("bad currency") << u"5"_s << u"dollars"_s;
    QTest::newRow("yen with cents") << u"5.50"_s << u"JPY"_s;
    QTest::newRow("too large") << u"99999999999999999"_s << u"USD"_s;
}

void TestMoney::rejects()
{
    QFETCH(QString, amount);
    QFETCH(QString, currency);
    const auto m = Money::parse(amount, currency);
    QVERIFY(!m.ok());
    QVERIFY(!m.error().isEmpty());
}

void TestMoney::formatsPlain()
{
    QCOMPARE(Money(4990, u"USD"_s).toPlainString(), u"49.90 USD"_s);
    QCOMPARE(Money(5, u"EUR"_s).toPlainString(), u"0.05 EUR"_s);
    QCOMPARE(Money(5000, u"JPY"_s).toPlainString(), u"5000 JPY"_s);
    QCOMPARE(Money(-1250, u"USD"_s).toPlainString(), u"-12.50 USD"_s);
    QCOMPARE(Money(1250, u"KWD"_s).toPlainString(), u"1.250 KWD"_s);
}

void TestMoney::formatsForTheLocale()
{
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    const QLocale de(QLocale::German, QLocale::Germany);
    QCOMPARE(Money(123456789, u"USD"_s).toDisplayString(us), u"1,234,567.89 USD"_s);
    QCOMPARE(Money(123456789, u"EUR"_s).toDisplayString(de), u"1.234.567,89 EUR"_s);
    QCOMPARE(Money(-5, u"USD"_s).toDisplayString(us), u"-0.05 USD"_s);
    QCOMPARE(Money(5000, u"JPY"_s).toDisplayString(us), u"5,000 JPY"_s);
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
