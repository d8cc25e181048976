#include "domain/Duration.h"

#include <QTest>
#include <QTimeZone>

using namespace pinedesk;
using namespace Qt::Literals::StringLiterals;

class TestDuration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAcceptedSpellings_data();
    void parsesAcceptedSpellings();
    void rejectsJunkWithGuidance_data();
    void rejectsJunkWithGuidance();
    void addsCalendarUnits_data();
    void addsCalendarUnits();
    void lifetimeHasNoEnd();
    void displayTextIsHuman();
};

void TestDuration::parsesAcceptedSpellings_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<int>("count");
    QTest::newRow("7D") << u"7D"_s << u"7D"_s << 7;
    QTest::newRow("lower 30d") << u"30d"_s << u"30D"_s << 30;
    QTest::newRow("2W") << u"2W"_s << u"2W"_s << 2;
    QTest::newRow("1M") << u"1M"_s << u"1M"_s << 1;
    QTest::newRow("3m") << u"3m"_s << u"3M"_s << 3;
    QTest::newRow("1Y") << u"1Y"_s << u"1Y"_s << 1;
    QTest::newRow("blanks") << u"  90D "_s << u"90D"_s << 90;
    QTest::newRow("L") << u"L"_s << u"L"_s << 1;
    QTest::newRow("l") << u"l"_s << u"L"_s << 1;
    QTest::newRow("1L") << u"1L"_s << u"L"_s << 1;
    QTest::newRow("leading zero") << u"07D"_s << u"7D"_s << 7;
    QTest::newRow("100Y") << u"100Y"_s << u"100Y"_s << 100;
}

void TestDuration::parsesAcceptedSpellings()
{
    QFETCH(QString, input);
    QFETCH(QString, canonical);
    QFETCH(int, count);
    const auto d = Duration::parse(input);
    QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : d.error().message()));
    QCOMPARE(d->toString(), canonical);
    QCOMPARE(d->count(), count);
    QCOMPARE(Duration::parse(d->toString())->toString(), canonical); // round trip
}

void TestDuration::rejectsJunkWithGuidance_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << QString() << u"empty"_s;
    QTest::newRow("blank") << u"   "_s << u"empty"_s;
    QTest::newRow("zero") << u"0D"_s << u"at least 1"_s;
    QTest::newRow("negative") << u"-5D"_s << u"not a duration"_s;
    QTest::newRow("no unit") << u"30"_s << u"not a duration"_s;
    QTest::newRow("unknown unit") << u"5H"_s << u"not a duration"_s;
    QTest::newRow("unit only") << u"D"_s << u"not a duration"_s;
    QTest::newRow("words") << u"one month"_s << u"not a duration"_s;
    QTest::newRow("two units") << u"1M2D"_s << u"not a duration"_s;
    QTest::newRow("2L") << u"2L"_s << u"not a duration"_s;
    QTest::newRow("decimal") << u"1.5M"_s << u"not a duration"_s;
    QTest::newRow("huge") << u"9999999D"_s << u"not a duration"_s;
    QTest::newRow("too long") << u"101Y"_s << u"longer than 100 years"_s;
    QTest::newRow("too many days") << u"40000D"_s << u"longer than 100 years"_s;
    QTest::newRow("space inside") << u"30 D"_s << u"not a duration"_s;
}

void TestDuration::rejectsJunkWithGuidance()
{
    QFETCH(QString, input);
    QFETCH(QString, mentions);
    const auto d = Duration::parse(input);
    QVERIFY(!d.ok());
    QVERIFY2(d.error().message().contains(mentions), qPrintable(d.error().message()));
    if (!mentions.contains(u"100 years"_s)) // the message says what is accepted
        QVERIFY2(d.error().message().contains(u"7D"_s) &&
                     d.error().message().contains(u"lifetime"_s),
                 qPrintable(d.error().message()));
}

void TestDuration::addsCalendarUnits_data()
{
    QTest::addColumn<QString>("duration");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("expected");
    QTest::newRow("days") << u"7D"_s << u"2026-03-01T10:00:00"_s << u"2026-03-08T10:00:00"_s;
    QTest::newRow("days across year")
        << u"30D"_s << u"2026-12-15T00:00:00"_s << u"2027-01-14T00:00:00"_s;
    QTest::newRow("weeks") << u"2W"_s << u"2026-02-20T08:30:00"_s << u"2026-03-06T08:30:00"_s;
    QTest::newRow("month plain") << u"1M"_s << u"2026-04-10T12:00:00"_s << u"2026-05-10T12:00:00"_s;
    QTest::newRow("Jan 31 + 1M, common year")
        << u"1M"_s << u"2026-01-31T23:59:59"_s << u"2026-02-28T23:59:59"_s;
    QTest::newRow("Jan 31 + 1M, leap year")
        << u"1M"_s << u"2028-01-31T10:00:00"_s << u"2028-02-29T10:00:00"_s;
    QTest::newRow("Mar 31 + 1M") << u"1M"_s << u"2026-03-31T10:00:00"_s << u"2026-04-30T10:00:00"_s;
    QTest::newRow("Aug 31 + 3M") << u"3M"_s << u"2026-08-31T10:00:00"_s << u"2026-11-30T10:00:00"_s;
    QTest::newRow("Nov 30 + 3M") << u"3M"_s << u"2026-11-30T10:00:00"_s << u"2027-02-28T10:00:00"_s;
    QTest::newRow("Dec 31 + 2M into leap Feb")
        << u"2M"_s << u"2027-12-31T10:00:00"_s << u"2028-02-29T10:00:00"_s;
    QTest::newRow("Feb 29 + 1Y") << u"1Y"_s << u"2028-02-29T10:00:00"_s << u"2029-02-28T10:00:00"_s;
    QTest::newRow("Feb 29 + 4Y") << u"4Y"_s << u"2028-02-29T10:00:00"_s << u"2032-02-29T10:00:00"_s;
    QTest::newRow("Feb 28 + 1Y") << u"1Y"_s << u"2027-02-28T10:00:00"_s << u"2028-02-28T10:00:00"_s;
    QTest::newRow("12M equals 1Y")
        << u"12M"_s << u"2026-05-31T10:00:00"_s << u"2027-05-31T10:00:00"_s;
}

void TestDuration::addsCalendarUnits()
{
    QFETCH(QString, duration);
    QFETCH(QString, from);
    QFETCH(QString, expected);
    const QDateTime start(QDateTime::fromString(from, Qt::ISODate).date(),
                          QDateTime::fromString(from, Qt::ISODate).time(), QTimeZone::utc());
    const QDateTime want(QDateTime::fromString(expected, Qt::ISODate).date(),
                         QDateTime::fromString(expected, Qt::ISODate).time(), QTimeZone::utc());
    const QDateTime got = Duration::parse(duration)->addTo(start);
    QCOMPARE(got, want);
    QCOMPARE(got.timeSpec(), Qt::UTC);
}

void TestDuration::lifetimeHasNoEnd()
{
    const Duration life = Duration::lifetime();
    QVERIFY(life.isLifetime());
    QVERIFY(!life.addTo(QDateTime::currentDateTimeUtc()).isValid());
    QVERIFY(!Duration::days(1).isLifetime());
}

void TestDuration::displayTextIsHuman()
{
    QVERIFY(Duration::days(30).displayText().contains(u"30"_s));
    QVERIFY(!Duration::lifetime().displayText().isEmpty());
}

QTEST_GUILESS_MAIN(TestDuration)
#include "tst_duration.moc"
