// Analytics, checked a second way: a generated business (grants, renewals on time and late,
// revokes, gifts, lifetime sales, refunds, two currencies) is written through AccessStore, so the
// history is the real one; the figures BusinessMetrics computes from it are compared with the
// same definitions worked out naively, client by client and day by day, from the operations
// themselves.
#include "TestDatabase.h"
#include "analytics/AnalyticsLoader.h"
#include "analytics/BusinessMetrics.h"
#include "domain/Indicator.h"
#include "domain/Plan.h"
#include "reports/BusinessReport.h"
#include "store/AccessStore.h"
#include "store/ClientStore.h"
#include "store/IndicatorStore.h"
#include "store/PaymentStore.h"
#include "store/PlanStore.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace Qt::Literals::StringLiterals;
using namespace pinedesk;
using pinedesk::test::TestDatabase;

namespace {

const QDate firstDay(2025, 6, 1);
constexpr int days = 430;
constexpr int clients = 36;
constexpr int grace = 7;

QDateTime midnight(const QDate &d)
{
    return QDateTime(d, QTime(0, 0), QTimeZone::utc());
}

// What the test itself knows a client bought: independent of the history table.
struct Bought
{
    int client = 0;
    int pair = 0; // 0: monthly (USD), 1: quarterly (EUR), 2: lifetime
    QDate start;
    std::optional<QDate> end;
    bool paid = false;
    bool newGrant = false;
};
struct Paid
{
    int client = 0;
    int pair = 0;
    QString currency;
    qint64 net = 0;
    QDate day;
};

} // namespace

class TestAnalytics : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    QList<qint64> m_clientIds;
    qint64 m_indicator[3] = {};
    qint64 m_plan[3] = {};
    QList<Bought> m_bought;
    QList<Paid> m_paid;
    QDate m_today;

    // The naive model: day d is active for a client when something bought covers it.
    bool active(int c, const QDate &d, bool paidOnly = false) const
    {
        for (const Bought &b : m_bought) {
            if (b.client == c && (!paidOnly || b.paid) && b.start <= d && (!b.end || d < *b.end))
                return true;
        }
        return false;
    }
    std::optional<Bought *> running(int c, int pair)
    {
        for (Bought &b : m_bought) {
            if (b.client == c && b.pair == pair && b.start <= m_today &&
                (!b.end || m_today < *b.end))
                return &b;
        }
        return std::nullopt;
    }
    std::optional<QDate> endOf(int c, int pair)
    {
        std::optional<QDate> end;
        bool any = false;
        for (const Bought &b : m_bought) {
            if (b.client == c && b.pair == pair && b.start <= m_today &&
                (!b.end || m_today < *b.end)) {
                any = true;
            }
        }
        if (!any)
            return std::nullopt;
        for (const Bought &b : m_bought) {
            if (b.client == c && b.pair == pair && b.end && (!end || *b.end > *end))
                end = b.end;
        }
        return end;
    }

    void grant(int c, int pair, std::optional<QDate> until, bool paid)
    {
        AccessStore::Grant g;
        g.clientId = m_clientIds[c];
        g.indicatorId = m_indicator[pair];
        g.expiration = until ? Expiration::at(midnight(*until)) : Expiration::lifetime();
        g.origin = paid ? AccessOrigin::Plan : AccessOrigin::Manual;
        if (paid)
            g.planId = m_plan[pair];
        QVERIFY(AccessStore(m_db->context()).grant(g));
    }
    void pay(int c, int pair)
    {
        static const qint64 prices[] = {2900, 7500, 49900};
        static const QString currencies[] = {u"USD"_s, u"EUR"_s, u"USD"_s};
        Payment p;
        p.clientId = m_clientIds[c];
        p.amount = Money(prices[pair], currencies[pair]);
        p.paidAt = midnight(m_today).addSecs(3600);
        p.reference = u"p%1"_s.arg(m_paid.size());
        p.source = u"manual"_s;
        p.planId = m_plan[pair];
        qint64 net = prices[pair];
        if (m_paid.size() % 10 == 3) { // a partial refund now and then
            p.status = PaymentStatus::PartiallyRefunded;
            p.refundedMinor = prices[pair] / 2;
            net -= p.refundedMinor;
        }
        QVERIFY(PaymentStore(m_db->context()).add(p));
        m_paid.append({c, pair, currencies[pair], net, m_today});
    }

    void simulate()
    {
        QRandomGenerator rng(20261207);
        for (int d = 0; d < days; ++d) {
            m_today = firstDay.addDays(d);
            m_db->clock().set(midnight(m_today));
            for (int c = 0; c < clients; ++c) {
                const int roll = int(rng.bounded(1000));
                const auto monthly = endOf(c, 0);
                if (!monthly && roll < 25) { // a new monthly subscription
                    const QDate until = m_today.addMonths(1);
                    grant(c, 0, until, true);
                    pay(c, 0);
                    m_bought.append({c, 0, m_today, until, true, true});
                } else if (monthly && *monthly <= m_today.addDays(3) && roll < 450) {
                    const QDate until = monthly->addMonths(1); // renewed before the end
                    grant(c, 0, until, true);
                    pay(c, 0);
                    m_bought.append({c, 0, *monthly, until, true, false});
                } else if (monthly && roll >= 995) { // revoked
                    QVERIFY(
                        AccessStore(m_db->context()).revoke(m_clientIds[c], m_indicator[0], {}));
                    for (qsizetype i = m_bought.size() - 1; i >= 0; --i) {
                        Bought &b = m_bought[i];
                        if (b.client != c || b.pair != 0)
                            continue;
                        if (b.start >= m_today)
                            m_bought.removeAt(i);
                        else if (!b.end || *b.end > m_today)
                            b.end = m_today;
                    }
                } else if (!monthly && roll >= 990) { // a free gift of ten days
                    const QDate until = m_today.addDays(10);
                    grant(c, 0, until, false);
                    m_bought.append({c, 0, m_today, until, false, true});
                }
                const int other = int(rng.bounded(1000));
                if (!endOf(c, 1) && other < 4) {
                    const QDate until = m_today.addMonths(3);
                    grant(c, 1, until, true);
                    pay(c, 1);
                    m_bought.append({c, 1, m_today, until, true, true});
                } else if (other == 999 && !running(c, 2)) {
                    grant(c, 2, std::nullopt, true);
                    pay(c, 2);
                    m_bought.append({c, 2, m_today, std::nullopt, true, true});
                }
            }
        }
        m_today = firstDay.addDays(days);
        m_db->clock().set(midnight(m_today).addSecs(12 * 3600));
    }

    // Naive churn: the day the grace runs out after an active run ends with no return.
    QList<QDate> churnDays(int c) const
    {
        QList<QDate> out;
        for (int d = 1; d < days + grace + 2; ++d) {
            const QDate day = firstDay.addDays(d);
            if (!active(c, day.addDays(-1)) || active(c, day))
                continue;
            bool back = false;
            for (int k = 0; k <= grace; ++k)
                back = back || active(c, day.addDays(k));
            if (!back && midnight(day.addDays(grace)) <= midnight(m_today).addSecs(12 * 3600))
                out.append(day.addDays(grace));
        }
        return out;
    }
    QList<QDate> returnDays(int c) const
    {
        QList<QDate> out;
        bool seen = false;
        for (int d = 0; d < days; ++d) {
            const QDate day = firstDay.addDays(d);
            const bool on = active(c, day);
            if (on && seen && !active(c, day.addDays(-1))) {
                int idle = 0;
                while (!active(c, day.addDays(-1 - idle)))
                    ++idle;
                if (idle > grace)
                    out.append(day);
            }
            seen = seen || on;
        }
        return out;
    }
    std::optional<QDate> firstActive(int c) const
    {
        for (int d = 0; d < days; ++d) {
            if (active(c, firstDay.addDays(d)))
                return firstDay.addDays(d);
        }
        return std::nullopt;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
        m_db->clock().set(midnight(firstDay));
        const QString names[] = {u"Momentum"_s, u"Waves"_s, u"Oracle"_s};
        const Duration durations[] = {Duration::months(1), Duration::months(3),
                                      Duration::lifetime()};
        const qint64 prices[] = {2900, 7500, 49900};
        const QString currencies[] = {u"USD"_s, u"EUR"_s, u"USD"_s};
        for (int i = 0; i < 3; ++i) {
            Indicator ind;
            ind.pineId = u"PUB;%1"_s.arg(QString(32, QChar(u'a' + i)));
            ind.name = names[i];
            m_indicator[i] = IndicatorStore(m_db->context()).create(ind).value();
            Plan p;
            p.name = names[i] + u" plan"_s;
            p.duration = durations[i];
            p.price = Money(prices[i], currencies[i]);
            p.indicatorIds = {m_indicator[i]};
            m_plan[i] = PlanStore(m_db->context()).create(p).value();
        }
        for (int c = 0; c < clients; ++c) {
            Client client;
            client.tvUsername = u"trader_%1"_s.arg(c);
            m_clientIds.append(ClientStore(m_db->context()).create(client).value());
        }
        simulate();
    }

    void everyMonthMatchesTheNaiveCount()
    {
        const auto facts = AnalyticsLoader(m_db->context()).load();
        if (!facts)
            QFAIL(qPrintable(facts.error().message()));
        const BusinessMetrics metrics(*facts);
        int checkedChurn = 0, checkedReturn = 0;
        for (QDate m = firstDay; m <= m_today; m = m.addMonths(1)) {
            const QDate next = m.addMonths(1);
            const QDate lastDay = std::min(next.addDays(-1), m_today);
            const auto f = metrics.figures(midnight(m), midnight(next));
            int activeStart = 0, activeEnd = 0, payingEnd = 0, fresh = 0, churned = 0, back = 0;
            QMap<QString, double> revenue, mrr;
            for (int c = 0; c < clients; ++c) {
                activeStart += active(c, m) ? 1 : 0;
                activeEnd += active(c, lastDay) ? 1 : 0;
                const bool paying = active(c, lastDay, true);
                payingEnd += paying ? 1 : 0;
                const auto first = firstActive(c);
                fresh += first && *first >= m && *first < next ? 1 : 0;
                const auto inMonth = [&](const QList<QDate> &list) {
                    return std::any_of(list.cbegin(), list.cend(),
                                       [&](const QDate &d) { return d >= m && d < next; });
                };
                churned += inMonth(churnDays(c)) ? 1 : 0;
                back += inMonth(returnDays(c)) ? 1 : 0;
                if (paying) { // MRR: the last payment for a plan, over the months it bought
                    const Paid *last = nullptr;
                    for (const Paid &p : m_paid) {
                        if (p.client == c && p.day <= lastDay)
                            last = &p;
                    }
                    if (last && last->pair != 2)
                        mrr[last->currency] += double(last->net) / (last->pair == 0 ? 1 : 3);
                }
            }
            for (const Paid &p : m_paid) {
                if (p.day >= m && p.day < next)
                    revenue[p.currency] += p.net;
            }
            const QString where = m.toString(Qt::ISODate);
            QVERIFY2(f.activeAtStart == activeStart, qPrintable(where));
            QVERIFY2(f.activeAtEnd == activeEnd, qPrintable(where));
            QVERIFY2(f.payingAtEnd == payingEnd, qPrintable(where));
            QVERIFY2(f.newClients == fresh, qPrintable(where));
            QVERIFY2(f.churned == churned,
                     qPrintable(u"%1: %2 vs %3"_s.arg(where).arg(f.churned).arg(churned)));
            QVERIFY2(f.reactivated == back,
                     qPrintable(u"%1: %2 vs %3"_s.arg(where).arg(f.reactivated).arg(back)));
            QCOMPARE(f.revenue, revenue);
            QCOMPARE(f.mrr.keys(), mrr.keys());
            for (auto it = mrr.cbegin(); it != mrr.cend(); ++it)
                QVERIFY(std::abs(f.mrr.value(it.key()) - it.value()) < 1e-6);
            if (activeStart + fresh > 0)
                QCOMPARE(f.churnRate.value(), double(churned) / (activeStart + fresh));
            else
                QVERIFY(!f.churnRate);
            checkedChurn += churned;
            checkedReturn += back;
        }
        // The generated business has churn and returns to check, not only quiet months.
        QVERIFY(checkedChurn > 5);
        QVERIFY(checkedReturn > 0);
    }

    void renewalsCohortsAndMovementAddUp()
    {
        const BusinessMetrics metrics(AnalyticsLoader(m_db->context()).load().value());
        // Renewals: each paid, dated period that ended, renewed when the same plan follows
        // within the grace.
        for (QDate m = firstDay; m <= m_today; m = m.addMonths(1)) {
            const QDate next = m.addMonths(1);
            QSet<QString> due, renewed;
            for (const Bought &b : m_bought) {
                if (!b.paid || !b.end || *b.end < m || *b.end >= next || *b.end > m_today)
                    continue;
                const QString key =
                    u"%1/%2/%3"_s.arg(b.client).arg(b.pair).arg(b.end->toJulianDay());
                due.insert(key);
                for (const Bought &n : m_bought) {
                    if (n.client == b.client && n.pair == b.pair && n.paid && n.start > b.start &&
                        n.start <= b.end->addDays(grace))
                        renewed.insert(key);
                }
            }
            const auto f = metrics.figures(midnight(m), midnight(next));
            QCOMPARE(f.renewalsDue, int(due.size()));
            QCOMPARE(f.renewed, int(renewed.size()));
        }
        // MRR movement explains the change of MRR, month by month and per currency.
        const auto months = metrics.months(firstDay, m_today);
        for (qsizetype i = 1; i < months.size(); ++i) {
            const auto &mv = months[i].movement;
            for (const QString &cur : {u"USD"_s, u"EUR"_s}) {
                const double change = months[i].figures.mrr.value(cur) -
                                      metrics
                                          .figures(BusinessMetrics::monthStart(months[i - 1].month),
                                                   BusinessMetrics::monthStart(months[i].month))
                                          .mrr.value(cur);
                const double explained = mv.newMrr.value(cur) + mv.reactivation.value(cur) +
                                         mv.expansion.value(cur) - mv.contraction.value(cur) -
                                         mv.churned.value(cur);
                QVERIFY2(
                    std::abs(change - explained) < 1e-6,
                    qPrintable(u"%1 %2: %3 vs %4"_s.arg(months[i].month.toString(Qt::ISODate), cur)
                                   .arg(change)
                                   .arg(explained)));
            }
        }
        // Cohorts: the share of each first-month cohort active at each month's end.
        const auto grid = metrics.cohorts(firstDay, m_today);
        for (const auto &cohort : grid) {
            QList<int> members;
            for (int c = 0; c < clients; ++c) {
                const auto first = firstActive(c);
                if (first && first->year() == cohort.month.year() &&
                    first->month() == cohort.month.month())
                    members.append(c);
            }
            QCOMPARE(cohort.size, int(members.size()));
            for (qsizetype k = 0; k < cohort.retained.size(); ++k) {
                if (members.isEmpty()) {
                    QVERIFY(!cohort.retained[k]);
                    continue;
                }
                const QDate end = std::min(cohort.month.addMonths(int(k) + 1).addDays(-1), m_today);
                const auto kept = std::count_if(members.cbegin(), members.cend(),
                                                [&](int c) { return active(c, end); });
                QCOMPARE(cohort.retained[k].value(), double(kept) / members.size());
            }
        }
    }

    void edgesAreHandled()
    {
        const BusinessMetrics metrics(AnalyticsLoader(m_db->context()).load().value());
        // A period with no data: nothing, and no rates made up.
        const auto empty =
            metrics.figures(midnight(QDate(2024, 1, 1)), midnight(QDate(2024, 2, 1)));
        QCOMPARE(empty.activeAtEnd, 0);
        QCOMPARE(empty.newClients, 0);
        QVERIFY(!empty.churnRate);
        QVERIFY(!empty.renewalRate);
        QVERIFY(empty.revenue.isEmpty());
        QVERIFY(empty.ltv.isEmpty());
        // Lifetime sales are revenue, never MRR; the two currencies are never added.
        bool lifetimeSold = false;
        for (const Paid &p : m_paid)
            lifetimeSold = lifetimeSold || p.pair == 2;
        QVERIFY(lifetimeSold);
        const auto whole = metrics.figures(midnight(firstDay), midnight(m_today.addDays(1)));
        QVERIFY(whole.revenue.contains(u"USD"_s) && whole.revenue.contains(u"EUR"_s));
        qint64 usd = 0;
        for (const Paid &p : m_paid)
            usd += p.currency == u"USD"_s ? p.net : 0;
        QCOMPARE(whole.revenue.value(u"USD"_s), double(usd));
        // ARPU is MRR per paying client; LTV only with churn.
        for (auto it = whole.arpu.cbegin(); it != whole.arpu.cend(); ++it)
            QCOMPARE(it.value(),
                     whole.mrr.value(it.key()) / whole.payingByCurrency.value(it.key()));
        QVERIFY(whole.monthlyChurn && *whole.monthlyChurn > 0);
        QCOMPARE(whole.ltv.value(u"USD"_s), whole.arpu.value(u"USD"_s) / *whole.monthlyChurn);
        // Revenue at risk: paying clients whose paid access ends in the next 30 days.
        const auto risk = metrics.atRisk(30);
        for (qint64 id : risk.clientIds) {
            const int c = int(m_clientIds.indexOf(id));
            QVERIFY(active(c, m_today, true));
            QVERIFY(!active(c, m_today.addDays(31), true));
        }
    }

    // The report says the same figures, as JSON for scripts and as a CSV table for a
    // spreadsheet, from the library and from `pinedesk report business`.
    void theReportCarriesTheFigures()
    {
        const BusinessMetrics metrics(AnalyticsLoader(m_db->context()).load().value());
        const QDate first(2025, 7, 1);
        const QDate last(2026, 6, 1);
        const BusinessReport report(metrics, first, last);
        const QJsonObject json = report.toJson();
        const auto figures = metrics.figures(BusinessMetrics::monthStart(first),
                                             BusinessMetrics::monthStart(last).addMonths(1));
        const QJsonObject f = json.value(u"figures"_s).toObject();
        QCOMPARE(f.value(u"active_at_end"_s).toInt(), figures.activeAtEnd);
        QCOMPARE(f.value(u"churned"_s).toInt(), figures.churned);
        QCOMPARE(f.value(u"revenue_minor"_s).toObject().value(u"EUR"_s).toDouble(),
                 figures.revenue.value(u"EUR"_s));
        QCOMPARE(json.value(u"months"_s).toArray().size(), 12);
        QVERIFY(json.value(u"previous"_s)
                    .toObject()
                    .value(u"from"_s)
                    .toString()
                    .startsWith(u"2024-07-01T00:00:00"_s));
        QCOMPARE(json.value(u"revenue_at_risk"_s).toArray().size(), 3);

        QByteArray csv;
        QBuffer buffer(&csv);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(report.writeMonthlyCsv(buffer));
        QVERIFY(csv.startsWith("\xEF\xBB\xBFMonth,Active at start,"));
        const QList<QByteArray> lines = csv.trimmed().split('\n');
        QCOMPARE(lines.size(), 13);
        QVERIFY2(lines.at(1).startsWith("2025-07,"), lines.at(1).constData());

        QVERIFY(!BusinessReport::parseMonth(u"2026-13"_s));
        QVERIFY(!BusinessReport::parseMonth(u"June"_s));
        QCOMPARE(BusinessReport::parseMonth(u"2026-02"_s).value(), QDate(2026, 2, 1));

        QProcess p;
        p.start(QStringLiteral(PINEDESK_EXE),
                {u"--db"_s, m_db->path(), u"report"_s, u"business"_s, u"--from"_s, u"2025-07"_s,
                 u"--to"_s, u"2026-06"_s, u"--format"_s, u"json"_s});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject fromCli = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        // The command runs on today's clock, so only what the past fixes is compared.
        QCOMPARE(fromCli.value(u"months"_s).toArray().at(0).toObject().value(u"new"_s),
                 json.value(u"months"_s).toArray().at(0).toObject().value(u"new"_s));
        QCOMPARE(fromCli.value(u"months"_s).toArray().at(0).toObject().value(u"revenue_minor"_s),
                 json.value(u"months"_s).toArray().at(0).toObject().value(u"revenue_minor"_s));
        p.start(QStringLiteral(PINEDESK_EXE),
                {u"--db"_s, m_db->path(), u"report"_s, u"business"_s, u"--from"_s, u"2026-13"_s});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("2026-13"));
    }

    void aGapWithinTheGraceIsALateRenewalNotChurn()
    {
        BusinessFacts facts;
        facts.now = midnight(QDate(2026, 6, 1));
        facts.graceDays = 7;
        const auto term = [](qint64 client, QDate from, QDate to) {
            BusinessFacts::Term t;
            t.clientId = client;
            t.indicatorId = 1;
            t.start = midnight(from);
            t.end = midnight(to);
            t.paid = true;
            return t;
        };
        facts.terms = {term(1, QDate(2026, 1, 1), QDate(2026, 2, 1)),
                       term(1, QDate(2026, 2, 6), QDate(2026, 3, 6)), // 5 days late
                       term(2, QDate(2026, 1, 1), QDate(2026, 2, 1)),
                       term(2, QDate(2026, 2, 20), QDate(2026, 3, 20))}; // back after 19 days
        const BusinessMetrics metrics(facts);
        const auto feb = metrics.figures(midnight(QDate(2026, 2, 1)), midnight(QDate(2026, 3, 1)));
        QCOMPARE(metrics.churnedIn(midnight(QDate(2026, 2, 1)), midnight(QDate(2026, 3, 1))),
                 QList<qint64>{2});
        QCOMPARE(feb.reactivated, 1);
        QCOMPARE(feb.renewalsDue, 2);
        QCOMPARE(feb.renewed, 1); // client 1 within the grace; client 2 too late
        const auto mar = metrics.figures(midnight(QDate(2026, 3, 1)), midnight(QDate(2026, 4, 1)));
        QCOMPARE(mar.churned, 2); // both ended in March, for good
    }
};

QTEST_GUILESS_MAIN(TestAnalytics)
#include "tst_analytics.moc"
