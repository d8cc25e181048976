#include "domain/ExpiryCalculator.h"
#include "domain/ManualClock.h"

#include <QTest>
#include <QTimeZone>

using namespace pinedesk;
using namespace Qt::Literals::StringLiterals;

namespace {

QDateTime utc(const char16_t *iso)
{
    const QDateTime t = QDateTime::fromString(QString::fromUtf16(iso), Qt::ISODateWithMs);
    return QDateTime(t.date(), t.time(), QTimeZone::utc());
}

} // namespace

// The extension rules of the protocol page: from max(now, current expiration); lifetime stays
// lifetime unless a date is set explicitly.
class TestExpiry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noGrantStartsNow();
    void runningGrantExtendsFromItsEnd();
    void expiredGrantExtendsFromNow();
    void grantEndingExactlyNowExtendsFromNow();
    void monthEndClampsFromCurrentExpiration();
    void lifetimeStaysLifetime();
    void lifetimeDurationMakesLifetime();
    void explicitDateIsEndOfDayUtc();
    void fromNowIgnoresCurrent();
    void usesInjectedClockOnly();
};

void TestExpiry::noGrantStartsNow()
{
    ManualClock clock(utc(u"2026-03-15T10:00:00"));
    const Expiration e = ExpiryCalculator(clock).extend(std::nullopt, Duration::days(30));
    QCOMPARE(e.until(), utc(u"2026-04-14T10:00:00"));
}

void TestExpiry::runningGrantExtendsFromItsEnd()
{
    ManualClock clock(utc(u"2026-03-15T10:00:00"));
    const auto current = Expiration::at(utc(u"2026-03-20T23:59:59.999"));
    const Expiration e = ExpiryCalculator(clock).extend(current, Duration::days(7));
    QCOMPARE(e.until(), utc(u"2026-03-27T23:59:59.999"));
}

void TestExpiry::expiredGrantExtendsFromNow()
{
    ManualClock clock(utc(u"2026-03-15T10:00:00"));
    const auto current = Expiration::at(utc(u"2026-01-01T00:00:00"));
    const Expiration e = ExpiryCalculator(clock).extend(current, Duration::weeks(1));
    QCOMPARE(e.until(), utc(u"2026-03-22T10:00:00"));
}

void TestExpiry::grantEndingExactlyNowExtendsFromNow()
{
    ManualClock clock(utc(u"2026-03-15T10:00:00"));
    const auto current = Expiration::at(clock.nowUtc());
    QCOMPARE(ExpiryCalculator(clock).extend(current, Duration::days(1)).until(),
             utc(u"2026-03-16T10:00:00"));
}

void TestExpiry::monthEndClampsFromCurrentExpiration()
{
    ManualClock clock(utc(u"2026-01-10T10:00:00"));
    const auto current = Expiration::at(utc(u"2026-01-31T23:59:59.999"));
    QCOMPARE(ExpiryCalculator(clock).extend(current, Duration::months(1)).until(),
             utc(u"2026-02-28T23:59:59.999"));
    clock.set(utc(u"2028-01-10T10:00:00"));
    const auto leap = Expiration::at(utc(u"2028-01-31T23:59:59.999"));
    QCOMPARE(ExpiryCalculator(clock).extend(leap, Duration::months(1)).until(),
             utc(u"2028-02-29T23:59:59.999"));
}

void TestExpiry::lifetimeStaysLifetime()
{
    ManualClock clock(utc(u"2026-03-15T10:00:00"));
    const auto current = Expiration::lifetime();
    QVERIFY(ExpiryCalculator(clock).extend(current, Duration::days(30)).isLifetime());
    QVERIFY(ExpiryCalculator::extensionKeepsLifetime(current, Duration::days(30)));
    QVERIFY(!ExpiryCalculator::extensionKeepsLifetime(current, Duration::lifetime()));
    QVERIFY(!ExpiryCalculator::extensionKeepsLifetime(std::nullopt, Duration::days(30)));
}

void TestExpiry::lifetimeDurationMakesLifetime()
{
    ManualClock clock(utc(u"2026-03-15T10:00:00"));
    QVERIFY(ExpiryCalculator(clock).extend(std::nullopt, Duration::lifetime()).isLifetime());
    QVERIFY(ExpiryCalculator(clock)
                .extend(Expiration::at(utc(u"2026-05-01T00:00:00")), Duration::lifetime())
                .isLifetime());
}

void TestExpiry::explicitDateIsEndOfDayUtc()
{
    const Expiration e = Expiration::endOfDay(QDate(2030, 1, 1));
    QVERIFY(!e.isLifetime());
    QCOMPARE(e.until(), utc(u"2030-01-01T23:59:59.999"));
    QCOMPARE(e.until().timeSpec(), Qt::UTC);
}

void TestExpiry::fromNowIgnoresCurrent()
{
    ManualClock clock(utc(u"2026-03-15T10:00:00"));
    QCOMPARE(ExpiryCalculator(clock).fromNow(Duration::years(1)).until(),
             utc(u"2027-03-15T10:00:00"));
    QVERIFY(ExpiryCalculator(clock).fromNow(Duration::lifetime()).isLifetime());
}

void TestExpiry::usesInjectedClockOnly()
{
    ManualClock clock(utc(u"1999-12-31T12:00:00"));
    QCOMPARE(ExpiryCalculator(clock).extend(std::nullopt, Duration::days(1)).until(),
             utc(u"2000-01-01T12:00:00"));
    clock.advanceSeconds(86400);
    QCOMPARE(ExpiryCalculator(clock).extend(std::nullopt, Duration::days(1)).until(),
             utc(u"2000-01-02T12:00:00"));
}

QTEST_GUILESS_MAIN(TestExpiry)
#include "tst_expiry.moc"
