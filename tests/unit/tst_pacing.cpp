#include "sync/Backoff.h"
#include "sync/CircuitBreaker.h"
#include "sync/Pacer.h"

#include <QTest>

using namespace pinedesk;

// Pacing, back-off and the circuit breaker are pure: time is a number the test moves.
class TestPacing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenBucketLimitsRateAndBurst();
    void minimumSpacingBetweenStarts();
    void inFlightCapHoldsUntilACallEnds();
    void rateLimitHalvesConcurrencyAndPauses();
    void retryAfterIsHonoured();
    void cleanAnswersProbeUpward();
    void classesArePacedIndependently();
    void circuitOpensAfterConsecutiveFailures();
    void halfOpenLetsOneProbeThrough();
    void backoffGrowsCapsAndJitters();

private:
    static SyncConfig config(double rate, double burst, int inFlight, int spacingMs);
};

SyncConfig TestPacing::config(double rate, double burst, int inFlight, int spacingMs)
{
    SyncConfig c;
    c.write = {rate, burst, inFlight, spacingMs};
    return c;
}

void TestPacing::tokenBucketLimitsRateAndBurst()
{
    Pacer p(config(2, 3, 100, 0));
    int started = 0;
    for (int i = 0; i < 10; ++i) {
        if (p.tryStart(CallClass::Write, 0.0))
            ++started;
    }
    QCOMPARE(started, 3); // the burst
    QVERIFY(!p.tryStart(CallClass::Write, 0.4));
    QVERIFY(p.tryStart(CallClass::Write, 0.5)); // one token after 1/rate seconds
    QCOMPARE(*p.nextStart(CallClass::Write, 0.5), 1.0);
}

void TestPacing::minimumSpacingBetweenStarts()
{
    Pacer p(config(100, 100, 100, 250));
    QVERIFY(p.tryStart(CallClass::Write, 10.0));
    QVERIFY(!p.tryStart(CallClass::Write, 10.2));
    QCOMPARE(*p.nextStart(CallClass::Write, 10.2), 10.25);
    QVERIFY(p.tryStart(CallClass::Write, 10.25));
}

void TestPacing::inFlightCapHoldsUntilACallEnds()
{
    Pacer p(config(100, 100, 2, 0));
    QVERIFY(p.tryStart(CallClass::Write, 0));
    QVERIFY(p.tryStart(CallClass::Write, 0));
    QVERIFY(!p.tryStart(CallClass::Write, 1));
    QVERIFY(!p.nextStart(CallClass::Write, 1).has_value());
    p.succeeded(CallClass::Write, 1);
    QCOMPARE(p.inFlight(CallClass::Write), 1);
    QVERIFY(p.tryStart(CallClass::Write, 1));
}

void TestPacing::rateLimitHalvesConcurrencyAndPauses()
{
    SyncConfig c = config(100, 100, 8, 0);
    c.throttleBaseSeconds = 2;
    Pacer p(c);
    QCOMPARE(p.allowedInFlight(CallClass::Write), 8);
    QVERIFY(p.tryStart(CallClass::Write, 0));
    p.rateLimited(CallClass::Write, std::nullopt, 0);
    QCOMPARE(p.allowedInFlight(CallClass::Write), 4);
    QVERIFY(!p.tryStart(CallClass::Write, 1.9)); // paused for the back-off
    QVERIFY(p.tryStart(CallClass::Write, 2.0));
    p.rateLimited(CallClass::Write, std::nullopt, 2.0); // second in a row: longer pause
    QCOMPARE(p.allowedInFlight(CallClass::Write), 2);
    QVERIFY(!p.tryStart(CallClass::Write, 5.9));
    QVERIFY(p.tryStart(CallClass::Write, 6.0));
    for (int i = 0; i < 5; ++i)
        p.rateLimited(CallClass::Write, std::nullopt, 6.0);
    QCOMPARE(p.allowedInFlight(CallClass::Write), 1); // never below one
}

void TestPacing::retryAfterIsHonoured()
{
    Pacer p(config(100, 100, 4, 0));
    QVERIFY(p.tryStart(CallClass::Write, 0));
    p.rateLimited(CallClass::Write, 7, 0);
    QCOMPARE(*p.nextStart(CallClass::Write, 0), 7.0);
}

void TestPacing::cleanAnswersProbeUpward()
{
    Pacer p(config(1000, 1000, 4, 0));
    QVERIFY(p.tryStart(CallClass::Write, 0));
    p.rateLimited(CallClass::Write, 0, 0);
    p.rateLimited(CallClass::Write, 0, 0); // releases nothing more; allowed 1
    QCOMPARE(p.allowedInFlight(CallClass::Write), 1);
    double t = 1;
    int rounds = 0;
    while (p.allowedInFlight(CallClass::Write) < 4 && rounds < 1000) {
        QVERIFY(p.tryStart(CallClass::Write, t));
        p.succeeded(CallClass::Write, t);
        t += 0.01;
        ++rounds;
    }
    QCOMPARE(p.allowedInFlight(CallClass::Write), 4); // back to the configured maximum
    QVERIFY(rounds >= 4 + 8 + 12);                    // gradually, not at once
}

void TestPacing::classesArePacedIndependently()
{
    SyncConfig c;
    c.write = {1, 1, 1, 0};
    c.remove = {100, 100, 10, 0};
    Pacer p(c);
    QVERIFY(p.tryStart(CallClass::Write, 0));
    QVERIFY(!p.tryStart(CallClass::Write, 0));
    for (int i = 0; i < 10; ++i)
        QVERIFY(p.tryStart(CallClass::Remove, 0));
    p.rateLimited(CallClass::Write, 60, 0);
    QVERIFY(p.tryStart(CallClass::Lookup, 0));
}

void TestPacing::circuitOpensAfterConsecutiveFailures()
{
    SyncConfig c;
    c.circuitThreshold = 3;
    c.circuitCooldownSeconds = 5;
    CircuitBreaker b(c);
    b.failed(0, false);
    b.failed(0, false);
    b.succeeded(false); // a success resets the count
    b.failed(1, false);
    b.failed(1, false);
    QVERIFY(b.allow(1));
    b.failed(1, false);
    QCOMPARE(b.state(1), CircuitBreaker::State::Open);
    QVERIFY(!b.allow(5.9));
    QCOMPARE(b.reopensAt(), 6.0);
    b.failed(2, false); // calls already in flight when it opened do not prolong it
    b.succeeded(false);
    QCOMPARE(b.reopensAt(), 6.0);
    QCOMPARE(b.state(2), CircuitBreaker::State::Open);
}

void TestPacing::halfOpenLetsOneProbeThrough()
{
    SyncConfig c;
    c.circuitThreshold = 1;
    c.circuitCooldownSeconds = 5;
    c.circuitCooldownCapSeconds = 12;
    CircuitBreaker b(c);
    b.failed(0, false);
    QCOMPARE(b.state(5), CircuitBreaker::State::HalfOpen);
    bool probe = false;
    QVERIFY(b.allow(5, &probe));
    QVERIFY(probe);
    QVERIFY(!b.allow(5)); // one probe at a time
    QVERIFY(b.probeInFlight());
    b.neutral(false); // another call's neutral end does not free the probe
    QVERIFY(b.probeInFlight());
    b.failed(5, true); // the probe failed: open again, longer
    QCOMPARE(b.reopensAt(), 15.0);
    QVERIFY(b.allow(15, &probe));
    b.failed(15, true);
    QCOMPARE(b.reopensAt(), 27.0); // capped at 12 s
    QVERIFY(b.allow(27, &probe));
    b.succeeded(true);
    QCOMPARE(b.state(27), CircuitBreaker::State::Closed);
    QVERIFY(b.allow(27) && b.allow(27));
}

void TestPacing::backoffGrowsCapsAndJitters()
{
    const Backoff b(2, 60);
    QCOMPARE(b.delaySeconds(1, 0.999999), 2 * (0.5 + 0.5 * 0.999999));
    QCOMPARE(b.delaySeconds(1, 0.0), 1.0);
    QCOMPARE(b.delaySeconds(3, 0.0), 4.0);
    QCOMPARE(b.delaySeconds(10, 0.0), 30.0); // capped at 60, halved by the jitter floor
    QCOMPARE(b.delaySeconds(1000, 1.0), 60.0);
    QVERIFY(b.delaySeconds(4, 0.3) != b.delaySeconds(4, 0.7));
}

QTEST_GUILESS_MAIN(TestPacing)
#include "tst_pacing.moc"
