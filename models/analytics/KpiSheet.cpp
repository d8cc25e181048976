#include "KpiSheet.h"

#include "domain/Money.h"

#include <QLocale>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

// The currency a money figure compares: the one with the most now.
QString leading(const BusinessMetrics::PerCurrency &values)
{
    QString best;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (best.isEmpty() || it.value() > values.value(best))
            best = it.key();
    }
    return best;
}

} // namespace

QList<KpiSheet::Kpi> KpiSheet::glossary()
{
    const auto kpi = [](const QString &key, const QString &name, const QString &definition) {
        Kpi k;
        k.key = key;
        k.name = name;
        k.definition = definition;
        return k;
    };
    return {
        kpi(u"active"_s, tr("Active clients"),
            tr("Clients with at least one access covering the end of the range (lifetime "
               "included).")),
        kpi(u"paying"_s, tr("Paying clients"),
            tr("Active clients whose access comes from a payment or a priced plan, not a gift "
               "or a campaign.")),
        kpi(u"new"_s, tr("New clients"), tr("Clients whose first access ever began in the range.")),
        kpi(u"churned"_s, tr("Churned"),
            tr("Clients whose access ended and stayed ended for longer than the grace period; "
               "counted when the grace runs out.")),
        kpi(u"reactivated"_s, tr("Reactivated"),
            tr("Clients who had churned and got access again in the range.")),
        kpi(u"churnRate"_s, tr("Churn rate"),
            tr("Churned ÷ (active at the start + new in the range).")),
        kpi(u"renewalRate"_s, tr("Renewal rate"),
            tr("Of the paid, dated periods that ended in the range, the share followed by "
               "another of the same plan or indicator within the grace period.")),
        kpi(u"revenue"_s, tr("Revenue"),
            tr("Payments received in the range, minus refunds, per currency (never added "
               "across currencies).")),
        kpi(u"mrr"_s, tr("MRR"),
            tr("For each paying client, the last payment divided by the months it bought; "
               "lifetime purchases are one-off revenue, not MRR.")),
        kpi(u"arpu"_s, tr("ARPU"), tr("MRR ÷ paying clients with a recurring plan.")),
        kpi(u"ltv"_s, tr("LTV"),
            tr("ARPU ÷ the monthly churn rate; shown only when clients churn.")),
    };
}

QString KpiSheet::moneyText(const BusinessMetrics::PerCurrency &values)
{
    if (values.isEmpty())
        return QStringLiteral("—");
    QStringList parts;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        parts.append(Money(qRound64(it.value()), it.key()).toDisplayString(QLocale()));
    return parts.join(u'\n');
}

QString KpiSheet::rateText(const std::optional<double> &rate)
{
    return rate ? QLocale().toString(*rate * 100.0, 'f', 1) + u'%' : QStringLiteral("—");
}

QList<KpiSheet::Kpi> KpiSheet::of(const AnalyticsSnapshot &s)
{
    const QLocale locale;
    const auto &c = s.current;
    const auto &p = s.previous;
    QList<Kpi> out = glossary();
    for (Kpi &k : out) {
        const auto count = [&](int now, int before, bool higherIsBetter) {
            k.value = locale.toString(now);
            k.previous = tr("Before: %1").arg(locale.toString(before));
            describeChange(k, now, before, higherIsBetter);
        };
        const auto rate = [&](const std::optional<double> &now, const std::optional<double> &before,
                              bool higherIsBetter) {
            k.value = rateText(now);
            k.previous = tr("Before: %1").arg(rateText(before));
            describeChange(k, now, before, higherIsBetter, true);
        };
        const auto money = [&](const BusinessMetrics::PerCurrency &now,
                               const BusinessMetrics::PerCurrency &before) {
            k.value = moneyText(now);
            k.previous = tr("Before: %1").arg(moneyText(before));
            const QString currency = leading(now);
            describeChange(k, now.isEmpty() ? std::nullopt : std::optional(now.value(currency)),
                           before.contains(currency) ? std::optional(before.value(currency))
                                                     : std::nullopt,
                           true);
            if (now.size() > 1)
                k.change = tr("%1: %2").arg(currency, k.change);
        };
        if (k.key == u"active"_s)
            count(c.activeAtEnd, p.activeAtEnd, true);
        else if (k.key == u"paying"_s)
            count(c.payingAtEnd, p.payingAtEnd, true);
        else if (k.key == u"new"_s)
            count(c.newClients, p.newClients, true);
        else if (k.key == u"churned"_s)
            count(c.churned, p.churned, false);
        else if (k.key == u"reactivated"_s)
            count(c.reactivated, p.reactivated, true);
        else if (k.key == u"churnRate"_s)
            rate(c.churnRate, p.churnRate, false);
        else if (k.key == u"renewalRate"_s)
            rate(c.renewalRate, p.renewalRate, true);
        else if (k.key == u"revenue"_s)
            money(c.revenue, p.revenue);
        else if (k.key == u"mrr"_s)
            money(c.mrr, p.mrr);
        else if (k.key == u"arpu"_s)
            money(c.arpu, p.arpu);
        else if (k.key == u"ltv"_s)
            money(c.ltv, p.ltv);
    }
    return out;
}

void KpiSheet::describeChange(Kpi &kpi, std::optional<double> current,
                              std::optional<double> previous, bool higherIsBetter, bool asPoints)
{
    kpi.tone = Tone::Neutral;
    if (!current || !previous) {
        kpi.change = tr("No earlier period to compare");
        return;
    }
    const QLocale locale;
    const double delta = *current - *previous;
    if (std::abs(delta) < 1e-9) {
        kpi.change = tr("= same as the period before");
        return;
    }
    QString amount;
    if (asPoints)
        amount = tr("%1 points").arg(locale.toString(std::abs(delta) * 100.0, 'f', 1));
    else if (std::abs(*previous) > 1e-9)
        amount = locale.toString(std::abs(delta / *previous) * 100.0, 'f', 1) + u'%';
    else
        amount = locale.toString(std::abs(delta), 'f', 0);
    const bool up = delta > 0;
    kpi.change = up ? tr("▲ up %1 on the period before").arg(amount)
                    : tr("▼ down %1 on the period before").arg(amount);
    kpi.tone = up == higherIsBetter ? Tone::Good : Tone::Bad;
}

} // namespace pinedesk
