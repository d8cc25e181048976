#include "sandbox/TokenBucket.h"
#include "sync/Backoff.h"
#include "sync/CircuitBreaker.h"
#include "sync/Pacer.h"

#include <QtMath>

#include <map>

#include <QList>
#include <QTest>

using namespace pinedesk;
using namespace Qt::Literals::StringLiterals;

// Pacing, back-off and the circuit breaker are pure: time is a number the test moves.
class TestPacing : public QObject
{
    Q_OBJECT

private:
    struct Simulation
    {
        double seconds = 0;
        int accepted = 0;
        int throttled = 0;
        QList<double> episodes; // when each 429 episode began
        bool stuck = false;
    };
    static Simulation simulate(double serverRate, double ceiling, int calls);

private Q_SLOTS:
    void startsAreSpacedByTheRate();
    void minimumSpacingBetweenStarts();
    void inFlightCapHoldsUntilACallEnds();
    void rateLimitCutsRateAndConcurrencyAndPauses();
    void retryAfterIsHonoured();
    void cleanAnswersProbeUpward();
    void slowStartStopsAtTheCeiling();
    void floorIsNeverCrossed();
    void settlesJustUnderAServerLimit_data();
    void settlesJustUnderAServerLimit();
    void aLimitFoundAgainIsProbedMoreGently();
    void classesArePacedIndependently();
    void circuitOpensAfterConsecutiveFailures();
    void halfOpenLetsOneProbeThrough();
    void backoffGrowsCapsAndJitters();

private:
    static SyncConfig config(double rate, double ceiling, int inFlight, int spacingMs);
};

SyncConfig TestPacing::config(double rate, double ceiling, int inFlight, int spacingMs)
{
    SyncConfig c;
    c.write = {rate, 0.5, ceiling, inFlight, spacingMs};
    return c;
}

void TestPacing::startsAreSpacedByTheRate()
{
    Pacer p(config(2, 2, 100, 0));
    QVERIFY(p.tryStart(CallClass::Write, 0.0));
    QVERIFY(!p.tryStart(CallClass::Write, 0.0)); // no burst: smooth pacing
    QVERIFY(!p.tryStart(CallClass::Write, 0.4));
    QCOMPARE(*p.nextStart(CallClass::Write, 0.4), 0.5);
    QVERIFY(p.tryStart(CallClass::Write, 0.5));
    // A late timer does not slow the pace: the next start keeps to the schedule.
    QVERIFY(p.tryStart(CallClass::Write, 1.02));
    QCOMPARE(*p.nextStart(CallClass::Write, 1.02), 1.5);
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
    QVERIFY(p.tryStart(CallClass::Write, 0.01));
    QVERIFY(!p.tryStart(CallClass::Write, 1));
    QVERIFY(!p.nextStart(CallClass::Write, 1).has_value());
    p.succeeded(CallClass::Write, 1);
    QCOMPARE(p.inFlight(CallClass::Write), 1);
    QVERIFY(p.tryStart(CallClass::Write, 1));
}

void TestPacing::rateLimitCutsRateAndConcurrencyAndPauses()
{
    SyncConfig c = config(8, 8, 8, 0);
    c.throttleBaseSeconds = 2;
    Pacer p(c);
    QCOMPARE(p.allowedInFlight(CallClass::Write), 8);
    QVERIFY(p.tryStart(CallClass::Write, 0));
    QVERIFY(p.tryStart(CallClass::Write, 0.2));
    p.rateLimited(CallClass::Write, std::nullopt, 0.3);
    QCOMPARE(p.allowedInFlight(CallClass::Write), 6); // a quarter less
    QCOMPARE(p.currentRate(CallClass::Write), 8 * Pacer::decreaseFactor);
    QCOMPARE(p.knownLimit(CallClass::Write), 8.0);
    // The other call of the same round was throttled too: one cut per round, not two.
    p.rateLimited(CallClass::Write, std::nullopt, 0.35);
    QCOMPARE(p.currentRate(CallClass::Write), 8 * Pacer::decreaseFactor);
    QCOMPARE(p.allowedInFlight(CallClass::Write), 6);
    // Paused for the back-off (2 s, then 4 s for the second in a row).
    QVERIFY(!p.tryStart(CallClass::Write, 4.3));
    QVERIFY(p.tryStart(CallClass::Write, 4.35));
    p.rateLimited(CallClass::Write, std::nullopt, 5.0);
    QCOMPARE(p.allowedInFlight(CallClass::Write), 5);
    QCOMPARE(p.currentRate(CallClass::Write), 8 * Pacer::decreaseFactor * Pacer::decreaseFactor);
    for (int i = 0; i < 10; ++i)
        p.rateLimited(CallClass::Write, 1, 10.0 + 2 * i);
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
    for (int i = 0; i < 3; ++i)
        p.rateLimited(CallClass::Write, 0, 2.0 * i); // releases nothing more; allowed 4, 3, 2, 1
    QCOMPARE(p.allowedInFlight(CallClass::Write), 1);
    double t = 7;
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

void TestPacing::slowStartStopsAtTheCeiling()
{
    Pacer p(config(4, 8, 8, 0));
    double t = 0;
    double previous = p.currentRate(CallClass::Write);
    bool grew = false;
    for (int i = 0; i < 200; ++i) {
        const double at = *p.nextStart(CallClass::Write, t);
        QVERIFY(p.tryStart(CallClass::Write, at));
        p.succeeded(CallClass::Write, at);
        t = at;
        grew = grew || p.currentRate(CallClass::Write) > previous;
        QVERIFY(p.currentRate(CallClass::Write) <= 8.0);
        previous = p.currentRate(CallClass::Write);
    }
    QVERIFY(grew);
    QCOMPARE(p.currentRate(CallClass::Write), 8.0);
    // 200 calls that started 1/rate apart, from 4/s up to 8/s: well under 50 s.
    QVERIFY(t < 200.0 / 4);
    QVERIFY(t >= 199.0 / 8 - 1e-9); // 199 gaps, none shorter than the ceiling allows
}

void TestPacing::floorIsNeverCrossed()
{
    Pacer p(config(4, 8, 8, 0));
    for (int i = 0; i < 100; ++i) {
        QVERIFY(p.tryStart(CallClass::Write, 1000.0 * i));
        p.rateLimited(CallClass::Write, 1, 1000.0 * i + 1);
    }
    QCOMPARE(p.currentRate(CallClass::Write), 0.5);
}

void TestPacing::settlesJustUnderAServerLimit_data()
{
    QTest::addColumn<double>("serverRate");
    QTest::addColumn<double>("ceiling");
    QTest::newRow("real-like 5/s") << 5.0 << 8.0;
    QTest::newRow("fast 50/s, ceiling 100") << 50.0 << 100.0;
}

// A simulated server: a token bucket (burst 10) that answers 429 with Retry-After rounded up to
// whole seconds, 100 ms latency. The pacer is not told its rate.
TestPacing::Simulation TestPacing::simulate(double serverRate, double ceiling, int calls)
{
    SyncConfig c;
    c.write = {4, 0.5, ceiling, 8, 0};
    Pacer p(c);
    TokenBucket server(serverRate, 10);
    const double latency = 0.1;
    std::multimap<double, bool> answers; // time -> accepted
    Simulation sim;
    double t = 0;
    int waiting = calls; // calls still to be accepted
    double limit = 0;
    while (sim.accepted < calls) {
        const auto start = waiting > 0 ? p.nextStart(CallClass::Write, t) : std::nullopt;
        if (!answers.empty() && (!start || answers.begin()->first <= *start)) {
            const auto [at, ok] = *answers.begin();
            answers.erase(answers.begin());
            t = at;
            if (ok) {
                ++sim.accepted;
                p.succeeded(CallClass::Write, t);
            } else {
                ++sim.throttled;
                ++waiting;
                const int retryAfter = qMax(1, qCeil(server.waitSeconds(t)));
                p.rateLimited(CallClass::Write, retryAfter, t);
                if (p.knownLimit(CallClass::Write) != limit) { // a new episode
                    limit = p.knownLimit(CallClass::Write);
                    sim.episodes.append(t);
                }
                if (qEnvironmentVariableIsSet("PACER_TRACE"))
                    qInfo("429 at %.2f: rate %.2f limit %.2f accepted %d", t,
                          p.currentRate(CallClass::Write), p.knownLimit(CallClass::Write),
                          sim.accepted);
            }
            continue;
        }
        if (!start) {
            sim.stuck = true; // nothing to start and no answer due
            break;
        }
        t = *start;
        if (!p.tryStart(CallClass::Write, t)) {
            sim.stuck = true;
            break;
        }
        --waiting;
        answers.emplace(t + latency, server.tryTake(t + latency / 2));
    }
    sim.seconds = t;
    return sim;
}

// Over 2,000 calls the pacer must find the server's rate: at least 90% of it, 429s under 2% of
// the requests.
void TestPacing::settlesJustUnderAServerLimit()
{
    QFETCH(double, serverRate);
    QFETCH(double, ceiling);
    const Simulation sim = simulate(serverRate, ceiling, 2000);
    QVERIFY(!sim.stuck);
    const double ratio = 2000 / sim.seconds / serverRate;
    const double throttledShare = double(sim.throttled) / (sim.accepted + sim.throttled);
    qInfo("server %.0f/s: %.2f/s, ratio %.3f, 429s %.2f%%", serverRate, 2000 / sim.seconds, ratio,
          100 * throttledShare);
    QVERIFY2(ratio >= 0.90, qPrintable(QString::number(ratio)));
    QVERIFY2(throttledShare < 0.02, qPrintable(QString::number(throttledShare)));
}

// Each probe that reaches the limit costs a pause: once the same limit is found again, the probe
// above it slows, so the episodes come further and further apart on a steady server, and the
// pace stays close to the limit.
void TestPacing::aLimitFoundAgainIsProbedMoreGently()
{
    const Simulation sim = simulate(50, 100, 15000);
    QVERIFY(!sim.stuck);
    QVERIFY2(sim.episodes.size() >= 4, qPrintable(QString::number(sim.episodes.size())));
    // After slow start's overshoot and the first correction, the gaps only grow.
    for (int i = 3; i < sim.episodes.size(); ++i) {
        const double before = sim.episodes[i - 1] - sim.episodes[i - 2];
        const double gap = sim.episodes[i] - sim.episodes[i - 1];
        QVERIFY2(gap >= before,
                 qPrintable(u"episode %1: %2 s after %3 s"_s.arg(i).arg(gap).arg(before)));
    }
    QVERIFY(15000 / sim.seconds / 50 >= 0.93);
}

void TestPacing::classesArePacedIndependently()
{
    SyncConfig c;
    c.write = {1, 0.5, 1, 1, 0};
    c.remove = {100, 1, 100, 10, 0};
    Pacer p(c);
    QVERIFY(p.tryStart(CallClass::Write, 0));
    QVERIFY(!p.tryStart(CallClass::Write, 0));
    for (int i = 0; i < 10; ++i)
        QVERIFY(p.tryStart(CallClass::Remove, 0.01 * i));
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
