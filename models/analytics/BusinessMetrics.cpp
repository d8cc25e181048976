#include "BusinessMetrics.h"

#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace pinedesk {

namespace {

bool before(const std::optional<QDateTime> &end, const QDateTime &at)
{
    return end && *end <= at;
}

qint64 ms(const QDateTime &t)
{
    return t.toMSecsSinceEpoch();
}

// Whole seconds from a to b, as QDateTime::secsTo counts them.
qint64 secondsBetween(qint64 a, qint64 b)
{
    return (b - a) / 1000;
}

} // namespace

QDateTime BusinessMetrics::monthStart(const QDate &day)
{
    return QDateTime(QDate(day.year(), day.month(), 1), QTime(0, 0), QTimeZone::utc());
}

double BusinessMetrics::monthsOf(const Duration &duration)
{
    constexpr double daysPerMonth = 30.44;
    switch (duration.unit()) {
    case Duration::Unit::Days:
        return duration.count() / daysPerMonth;
    case Duration::Unit::Weeks:
        return 7.0 * duration.count() / daysPerMonth;
    case Duration::Unit::Months:
        return duration.count();
    case Duration::Unit::Years:
        return 12.0 * duration.count();
    case Duration::Unit::Lifetime:
        return 0;
    }
    return 0;
}

QList<BusinessMetrics::Span> BusinessMetrics::merged(QList<Span> spans)
{
    std::sort(spans.begin(), spans.end(),
              [](const Span &a, const Span &b) { return a.start < b.start; });
    QList<Span> out;
    for (const Span &s : spans) {
        if (s.end <= s.start)
            continue;
        if (!out.isEmpty() && s.start <= out.last().end) {
            out.last().end = std::max(out.last().end, s.end);
            continue;
        }
        out.append(s);
    }
    return out;
}

bool BusinessMetrics::covers(const QList<Span> &spans, qint64 at)
{
    // The last span starting at or before `at`.
    auto it = std::upper_bound(spans.cbegin(), spans.cend(), at,
                               [](qint64 t, const Span &s) { return t < s.start; });
    if (it == spans.cbegin())
        return false;
    --it;
    return it->end > at;
}

BusinessMetrics::BusinessMetrics(BusinessFacts facts)
    : m_facts(std::move(facts))
{
    QHash<qint64, QList<Span>> active;
    QHash<qint64, QList<Span>> paying;
    for (const BusinessFacts::Term &t : std::as_const(m_facts.terms)) {
        const Span span{ms(t.start), t.end ? ms(*t.end) : forever};
        active[t.clientId].append(span);
        if (t.paid)
            paying[t.clientId].append(span);
    }
    const qint64 grace = qint64(m_facts.graceDays) * 86400;
    const qint64 now = ms(m_facts.now);
    for (auto it = active.begin(); it != active.end(); ++it) {
        ClientLine line;
        line.active = merged(it.value());
        if (line.active.isEmpty())
            continue; // only empty terms: never had access
        line.paying = merged(paying.value(it.key()));
        for (qsizetype i = 0; i < line.active.size(); ++i) {
            const Span &s = line.active[i];
            if (i > 0 && secondsBetween(line.active[i - 1].end, s.start) > grace)
                line.reactivateAt.append(s.start);
            if (s.end == forever)
                continue;
            const bool lastOne = i + 1 == line.active.size();
            if (lastOne || secondsBetween(s.end, line.active[i + 1].start) > grace) {
                const qint64 at = s.end + grace * 1000;
                if (at <= now)
                    line.churnAt.append(at);
            }
        }
        m_lines.insert(it.key(), line);
    }
    std::sort(m_facts.payments.begin(), m_facts.payments.end(),
              [](const BusinessFacts::Money &a, const BusinessFacts::Money &b) {
                  return a.paidAt < b.paidAt;
              });
    for (const BusinessFacts::Money &p : std::as_const(m_facts.payments))
        m_paymentsByClient[p.clientId].append(&p);
    for (const BusinessFacts::Term &t : std::as_const(m_facts.terms))
        m_termsByClient[t.clientId].append(&t);
}

const QList<const BusinessFacts::Term *> &BusinessMetrics::termsOf(qint64 clientId) const
{
    static const QList<const BusinessFacts::Term *> none;
    const auto it = m_termsByClient.constFind(clientId);
    return it != m_termsByClient.cend() ? *it : none;
}

bool BusinessMetrics::isActive(qint64 clientId, const QDateTime &at) const
{
    const auto it = m_lines.constFind(clientId);
    return it != m_lines.cend() && covers(it->active, ms(at));
}

bool BusinessMetrics::isPaying(qint64 clientId, const QDateTime &at) const
{
    const auto it = m_lines.constFind(clientId);
    return it != m_lines.cend() && covers(it->paying, ms(at));
}

std::optional<std::pair<QString, double>> BusinessMetrics::mrrOf(qint64 clientId,
                                                                 const QDateTime &at) const
{
    if (!isPaying(clientId, at))
        return std::nullopt;
    // The last payment for a plan, by then.
    static const QList<const BusinessFacts::Money *> none;
    const auto found = m_paymentsByClient.constFind(clientId);
    const auto &payments = found != m_paymentsByClient.cend() ? *found : none;
    for (auto it = payments.crbegin(); it != payments.crend(); ++it) {
        const BusinessFacts::Money &p = **it;
        if (p.paidAt > at || !p.planId || !m_facts.plans.contains(*p.planId))
            continue;
        const double months = monthsOf(m_facts.plans.value(*p.planId).duration);
        if (months <= 0 || p.netMinor <= 0)
            return std::nullopt; // lifetime: one-off revenue, not MRR
        return std::pair{p.currency, p.netMinor / months};
    }
    // No payment recorded: the price of the paid plan that covers the instant.
    const BusinessFacts::Term *covering = nullptr;
    for (const BusinessFacts::Term *t : termsOf(clientId)) {
        if (t->paid && t->planId && t->start <= at && !before(t->end, at) &&
            (!covering || t->start > covering->start))
            covering = t;
    }
    if (!covering || !m_facts.plans.contains(*covering->planId))
        return std::nullopt;
    const BusinessFacts::Plan plan = m_facts.plans.value(*covering->planId);
    const double months = monthsOf(plan.duration);
    if (months <= 0 || plan.priceMinor <= 0)
        return std::nullopt;
    return std::pair{plan.currency, plan.priceMinor / months};
}

QList<qint64> BusinessMetrics::activeAt(const QDateTime &at) const
{
    QList<qint64> ids;
    const qint64 instant = ms(at);
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it) {
        if (covers(it->active, instant))
            ids.append(it.key());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<qint64> BusinessMetrics::newIn(const QDateTime &from, const QDateTime &to) const
{
    QList<qint64> ids;
    const qint64 a = ms(from);
    const qint64 b = ms(to);
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it) {
        const qint64 first = it->active.first().start;
        if (first >= a && first < b)
            ids.append(it.key());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<qint64> BusinessMetrics::churnedIn(const QDateTime &from, const QDateTime &to) const
{
    QList<qint64> ids;
    const qint64 a = ms(from);
    const qint64 b = ms(to);
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it) {
        if (std::any_of(it->churnAt.cbegin(), it->churnAt.cend(),
                        [&](qint64 t) { return t >= a && t < b; }))
            ids.append(it.key());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<qint64> BusinessMetrics::reactivatedIn(const QDateTime &from, const QDateTime &to) const
{
    QList<qint64> ids;
    const qint64 a = ms(from);
    const qint64 b = ms(to);
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it) {
        if (std::any_of(it->reactivateAt.cbegin(), it->reactivateAt.cend(),
                        [&](qint64 t) { return t >= a && t < b; }))
            ids.append(it.key());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

BusinessMetrics::Figures BusinessMetrics::figuresWithoutMonths(const QDateTime &from,
                                                               const QDateTime &to) const
{
    Figures f;
    f.from = from;
    f.to = to;
    const QDateTime at = std::max(from, std::min(to.addSecs(-1), m_facts.now));
    const qint64 start = ms(from);
    const qint64 end = ms(at);
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it) {
        f.activeAtStart += covers(it->active, start) ? 1 : 0;
        f.activeAtEnd += covers(it->active, end) ? 1 : 0;
        if (covers(it->paying, end)) {
            ++f.payingAtEnd;
            if (const auto mrr = mrrOf(it.key(), at)) {
                f.mrr[mrr->first] += mrr->second;
                ++f.payingByCurrency[mrr->first];
            }
        }
    }
    f.newClients = int(newIn(from, to).size());
    f.churned = int(churnedIn(from, to).size());
    f.reactivated = int(reactivatedIn(from, to).size());
    if (const int base = f.activeAtStart + f.newClients; base > 0)
        f.churnRate = double(f.churned) / base;

    // Renewals: each paid, dated period that ended here (once per client, plan and end).
    const qint64 grace = qint64(m_facts.graceDays) * 86400;
    QSet<RenewalKey> due;
    QSet<RenewalKey> renewed;
    for (const BusinessFacts::Term &t : m_facts.terms) {
        if (!t.paid || !t.end || *t.end < from || *t.end >= to || *t.end > m_facts.now)
            continue;
        const RenewalKey key{t.clientId, t.planId ? *t.planId : -t.indicatorId,
                             t.end->toSecsSinceEpoch()};
        due.insert(key);
        const QDateTime latest = t.end->addSecs(grace);
        for (const BusinessFacts::Term *next : termsOf(t.clientId)) {
            const bool same =
                t.planId ? next->planId == t.planId : next->indicatorId == t.indicatorId;
            if (same && next->start > t.start && next->start <= latest) {
                renewed.insert(key);
                break;
            }
        }
    }
    f.renewalsDue = int(due.size());
    f.renewed = int(renewed.size());
    if (f.renewalsDue > 0)
        f.renewalRate = double(f.renewed) / f.renewalsDue;

    for (const BusinessFacts::Money &p : m_facts.payments) {
        if (p.paidAt >= from && p.paidAt < to)
            f.revenue[p.currency] += p.netMinor;
    }
    for (auto it = f.mrr.cbegin(); it != f.mrr.cend(); ++it)
        f.arpu.insert(it.key(), it.value() / f.payingByCurrency.value(it.key()));
    return f;
}

BusinessMetrics::Figures BusinessMetrics::figures(const QDateTime &from, const QDateTime &to) const
{
    Figures f = figuresWithoutMonths(from, to);
    // The monthly churn LTV divides by: the months' own rates, averaged.
    double sum = 0;
    int counted = 0;
    for (QDateTime m = monthStart(from.date()); m < to; m = m.addMonths(1)) {
        const QDateTime a = std::max(m, from);
        const QDateTime b = std::min(m.addMonths(1), to);
        if (a > m_facts.now)
            break;
        const int base = int(activeAt(a).size()) + int(newIn(a, b).size());
        if (base == 0)
            continue;
        sum += double(churnedIn(a, b).size()) / base;
        ++counted;
    }
    if (counted > 0)
        f.monthlyChurn = sum / counted;
    if (f.monthlyChurn && *f.monthlyChurn > 0) {
        for (auto it = f.arpu.cbegin(); it != f.arpu.cend(); ++it)
            f.ltv.insert(it.key(), it.value() / *f.monthlyChurn);
    }
    return f;
}

QList<BusinessMetrics::Month> BusinessMetrics::months(const QDate &first, const QDate &last) const
{
    QList<Month> out;
    for (QDateTime m = monthStart(first); m <= monthStart(last); m = m.addMonths(1)) {
        Month row;
        row.month = m.date();
        row.figures = figures(m, m.addMonths(1));
        const QDateTime startAt = m.addSecs(-1);
        const QDateTime endAt = std::max(m, std::min(m.addMonths(1).addSecs(-1), m_facts.now));
        const QList<qint64> reactivated = reactivatedIn(m, m.addMonths(1));
        for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it) {
            const auto x = mrrOf(it.key(), startAt);
            const auto y = mrrOf(it.key(), endAt);
            if (x && y && x->first == y->first) {
                if (y->second > x->second)
                    row.movement.expansion[y->first] += y->second - x->second;
                else if (y->second < x->second)
                    row.movement.contraction[x->first] += x->second - y->second;
                continue;
            }
            if (x)
                row.movement.churned[x->first] += x->second;
            if (y) {
                if (std::binary_search(reactivated.cbegin(), reactivated.cend(), it.key()))
                    row.movement.reactivation[y->first] += y->second;
                else
                    row.movement.newMrr[y->first] += y->second;
            }
        }
        out.append(row);
    }
    return out;
}

QList<BusinessMetrics::Cohort> BusinessMetrics::cohorts(const QDate &first, const QDate &last) const
{
    QMap<QDate, QList<qint64>> members;
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it) {
        const QDate month =
            QDateTime::fromMSecsSinceEpoch(it->active.first().start, Qt::UTC).date();
        if (!month.isValid())
            continue;
        const QDate cohort(month.year(), month.month(), 1);
        if (cohort >= monthStart(first).date() && cohort <= monthStart(last).date())
            members[cohort].append(it.key());
    }
    QList<Cohort> out;
    for (QDateTime m = monthStart(first); m <= monthStart(last); m = m.addMonths(1)) {
        Cohort c;
        c.month = m.date();
        const QList<qint64> ids = members.value(c.month);
        c.size = int(ids.size());
        for (QDateTime k = m; k <= monthStart(last) && k <= m_facts.now; k = k.addMonths(1)) {
            if (ids.isEmpty()) {
                c.retained.append(std::nullopt);
                continue;
            }
            const QDateTime at = std::min(k.addMonths(1).addSecs(-1), m_facts.now);
            const auto kept = std::count_if(ids.cbegin(), ids.cend(),
                                            [&](qint64 id) { return isActive(id, at); });
            c.retained.append(double(kept) / ids.size());
        }
        out.append(c);
    }
    return out;
}

QList<BusinessMetrics::Ranked> BusinessMetrics::activeByIndicator(const QDateTime &at) const
{
    QHash<qint64, QSet<qint64>> holders;
    for (const BusinessFacts::Term &t : m_facts.terms) {
        if (t.start <= at && !before(t.end, at))
            holders[t.indicatorId].insert(t.clientId);
    }
    QList<Ranked> out;
    for (auto it = holders.cbegin(); it != holders.cend(); ++it)
        out.append({m_facts.indicators.value(it.key()), it.key(), double(it->size()), {}});
    std::sort(out.begin(), out.end(),
              [](const Ranked &a, const Ranked &b) { return a.value > b.value; });
    return out;
}

QList<BusinessMetrics::Ranked> BusinessMetrics::newGrantsByIndicator(const QDateTime &from,
                                                                     const QDateTime &to) const
{
    QHash<qint64, int> grants;
    for (const BusinessFacts::Term &t : m_facts.terms) {
        if (t.newGrant && t.start >= from && t.start < to)
            ++grants[t.indicatorId];
    }
    QList<Ranked> out;
    for (auto it = grants.cbegin(); it != grants.cend(); ++it)
        out.append({m_facts.indicators.value(it.key()), it.key(), double(it.value()), {}});
    std::sort(out.begin(), out.end(),
              [](const Ranked &a, const Ranked &b) { return a.value > b.value; });
    return out;
}

QList<BusinessMetrics::Ranked> BusinessMetrics::revenueByPlan(const QDateTime &from,
                                                              const QDateTime &to) const
{
    QMap<std::pair<qint64, QString>, double> sums;
    for (const BusinessFacts::Money &p : m_facts.payments) {
        if (p.planId && p.paidAt >= from && p.paidAt < to)
            sums[{*p.planId, p.currency}] += p.netMinor;
    }
    QList<Ranked> out;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        out.append({m_facts.plans.value(it.key().first).name, it.key().first, it.value(),
                    it.key().second});
    std::sort(out.begin(), out.end(),
              [](const Ranked &a, const Ranked &b) { return a.value > b.value; });
    return out;
}

BusinessMetrics::AtRisk BusinessMetrics::atRisk(int days) const
{
    AtRisk risk;
    risk.days = days;
    const QDateTime now = m_facts.now;
    const qint64 from = ms(now);
    const qint64 until = ms(now.addDays(days));
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it) {
        const QList<Span> &paying = it->paying;
        auto span = std::upper_bound(paying.cbegin(), paying.cend(), from,
                                     [](qint64 t, const Span &s) { return t < s.start; });
        if (span == paying.cbegin())
            continue;
        --span;
        if (span->end == forever || span->end <= from || span->end > until)
            continue;
        ++risk.clients;
        risk.clientIds.append(it.key());
        const auto &payments = m_paymentsByClient.value(it.key());
        if (!payments.isEmpty()) {
            risk.revenue[payments.last()->currency] += payments.last()->netMinor;
        } else if (const auto mrr = mrrOf(it.key(), now)) {
            risk.revenue[mrr->first] += mrr->second;
        }
    }
    std::sort(risk.clientIds.begin(), risk.clientIds.end());
    return risk;
}

QStringList BusinessMetrics::currenciesOf(const QList<Month> &months)
{
    QStringList out;
    for (const auto &m : months) {
        for (const QString &c : m.figures.revenue.keys() + m.figures.mrr.keys()) {
            if (!out.contains(c))
                out.append(c);
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace pinedesk
