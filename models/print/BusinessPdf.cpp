#include "BusinessPdf.h"

#include "ReportDocument.h"
#include "analytics/KpiSheet.h"
#include "domain/Money.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

const QColor good(0x2e, 0x7d, 0x32);
const QColor bad(0xc6, 0x28, 0x28);

// Months of the range only (the snapshot's trend may reach further back).
QList<BusinessMetrics::Month> inRange(const AnalyticsSnapshot &s)
{
    QList<BusinessMetrics::Month> out;
    for (const auto &m : s.months) {
        if (m.month >= s.firstMonth && m.month <= s.lastMonth)
            out.append(m);
    }
    return out;
}

QString leadingCurrency(const QList<BusinessMetrics::Month> &months)
{
    QMap<QString, double> total;
    for (const auto &m : months) {
        for (auto it = m.figures.mrr.cbegin(); it != m.figures.mrr.cend(); ++it)
            total[it.key()] += it.value();
    }
    QString best;
    for (auto it = total.cbegin(); it != total.cend(); ++it) {
        if (best.isEmpty() || it.value() > total.value(best))
            best = it.key();
    }
    return best;
}

QString money(double minor, const QString &currency)
{
    return Money(qRound64(minor), currency).toDisplayString(QLocale());
}

double major(double minor, const QString &currency)
{
    double scale = 1;
    for (int i = 0; i < Money::decimalsOf(currency); ++i)
        scale *= 10;
    return minor / scale;
}

} // namespace

QString BusinessPdf::title()
{
    return tr("Business report");
}

QString BusinessPdf::suggestedFileName(const AnalyticsSnapshot &s)
{
    return tr("business-report-%1-to-%2.pdf")
        .arg(s.firstMonth.toString(u"yyyy-MM"_s), s.lastMonth.toString(u"yyyy-MM"_s));
}

Status BusinessPdf::build(ReportDocument &document, const AnalyticsSnapshot &s)
{
    cover(document, s);
    charts(document, s);
    monthTable(document, s);
    cohortTable(document, s);
    rankings(document, s);
    return {};
}

void BusinessPdf::cover(ReportDocument &document, const AnalyticsSnapshot &s)
{
    const QLocale locale;
    const QString from = locale.toString(s.firstMonth, u"MMMM yyyy"_s);
    const QString to = locale.toString(s.lastMonth, u"MMMM yyyy"_s);
    document.title(title(), s.firstMonth == s.lastMonth ? from : tr("%1 to %2").arg(from, to));
    document.paragraph(
        tr("Every figure is compared with the period of the same length just before. Churn "
           "allows %n day(s) of grace. Computed %1 (UTC).",
           nullptr, s.graceDays)
            .arg(locale.toString(s.computedAt.date(), QLocale::LongFormat) + u' ' +
                 s.computedAt.time().toString(u"HH:mm"_s)));
    const QList<KpiSheet::Kpi> kpis = KpiSheet::of(s);
    auto table = document.table(
        {tr("Figure"), tr("This period"), tr("Change"), tr("Before")}, {22, 20, 40, 18},
        {Qt::AlignLeft, Qt::AlignRight, Qt::AlignLeft, Qt::AlignRight}, int(kpis.size()));
    QStringList notes;
    for (int i = 0; i < kpis.size(); ++i) {
        const auto &k = kpis.at(i);
        QString before = k.previous;
        before.remove(0, before.indexOf(u':') + 1);
        const QColor tone = k.tone == KpiSheet::Tone::Good  ? good
                            : k.tone == KpiSheet::Tone::Bad ? bad
                                                            : QColor();
        table.addRow({k.name + ReportDocument::mark(i + 1), k.value, k.change, before.trimmed()},
                     {QColor(), QColor(), tone, QColor()});
        notes.append(tr("%1: %2").arg(k.name, k.definition));
    }
    table.finish();
    document.footnotes(notes);
}

void BusinessPdf::charts(ReportDocument &document, const AnalyticsSnapshot &s)
{
    const QLocale locale;
    QStringList labels;
    for (const auto &m : s.months)
        labels.append(locale.toString(m.month, u"MMM yy"_s));
    document.pageBreak();
    document.heading(tr("Trends"));
    if (s.firstMonth > s.months.value(0).month)
        document.paragraph(tr("The charts show twelve months, so a short range keeps its context."),
                           true);

    ReportChart clients;
    clients.kind = ReportChart::Kind::Lines;
    clients.title = tr("Active and paying clients at each month's end");
    clients.categories = labels;
    ReportChart::Series active{tr("Active"), ReportChart::colour(0), {}};
    ReportChart::Series paying{tr("Paying"), ReportChart::colour(1), {}};
    for (const auto &m : s.months) {
        active.values.append(m.figures.activeAtEnd);
        paying.values.append(m.figures.payingAtEnd);
    }
    clients.series = {active, paying};
    document.chart(clients);

    ReportChart movement;
    movement.kind = ReportChart::Kind::StackedBars;
    movement.title = tr("New, reactivated and churned clients per month");
    movement.categories = labels;
    ReportChart::Series added{tr("New"), ReportChart::colour(2), {}};
    ReportChart::Series back{tr("Reactivated"), ReportChart::colour(0), {}};
    ReportChart::Series lost{tr("Churned (below zero)"), ReportChart::colour(3), {}};
    for (const auto &m : s.months) {
        added.values.append(m.figures.newClients);
        back.values.append(m.figures.reactivated);
        lost.values.append(-m.figures.churned);
    }
    movement.series = {added, back, lost};
    document.chart(movement);

    const QStringList currencies = BusinessMetrics::currenciesOf(s.months);
    ReportChart revenue;
    revenue.kind = ReportChart::Kind::Bars;
    revenue.title = tr("Revenue per month, net of refunds");
    revenue.categories = labels;
    for (int i = 0; i < currencies.size(); ++i) {
        ReportChart::Series series{currencies.at(i), ReportChart::colour(i), {}};
        for (const auto &m : s.months)
            series.values.append(
                major(m.figures.revenue.value(currencies.at(i)), currencies.at(i)));
        revenue.series.append(series);
    }
    if (currencies.size() == 1)
        revenue.unit = currencies.first();
    document.chart(revenue);

    const QString lead = leadingCurrency(s.months);
    if (!lead.isEmpty()) {
        ReportChart mrr;
        mrr.kind = ReportChart::Kind::StackedBars;
        mrr.title = tr("MRR movement per month (%1)").arg(lead);
        mrr.unit = lead;
        mrr.categories = labels;
        const auto part = [&](const QString &name, int colour, auto pick, double sign) {
            ReportChart::Series series{name, ReportChart::colour(colour), {}};
            for (const auto &m : s.months)
                series.values.append(sign * major(pick(m.movement).value(lead), lead));
            mrr.series.append(series);
        };
        using Mv = BusinessMetrics::Movement;
        part(
            tr("New"), 2, [](const Mv &m) { return m.newMrr; }, 1);
        part(
            tr("Reactivation"), 0, [](const Mv &m) { return m.reactivation; }, 1);
        part(
            tr("Expansion"), 4, [](const Mv &m) { return m.expansion; }, 1);
        part(
            tr("Contraction"), 1, [](const Mv &m) { return m.contraction; }, -1);
        part(
            tr("Churned"), 3, [](const Mv &m) { return m.churned; }, -1);
        document.chart(mrr);
    }

    if (!s.topIndicators.isEmpty()) {
        ReportChart top;
        top.kind = ReportChart::Kind::HorizontalBars;
        top.title = tr("Indicators by active clients at the end of the range");
        ReportChart::Series counts{tr("Active clients"), ReportChart::colour(0), {}};
        for (const auto &r : s.topIndicators) {
            top.categories.append(r.name);
            counts.values.append(r.value);
        }
        top.series = {counts};
        document.chart(top);
    }
}

void BusinessPdf::monthTable(ReportDocument &document, const AnalyticsSnapshot &s)
{
    const QLocale locale;
    const auto months = inRange(s);
    const QString lead = leadingCurrency(months);
    document.pageBreak();
    document.heading(tr("Month by month"));
    QStringList header{tr("Month"),   tr("Active"),      tr("Paying"),     tr("New"),
                       tr("Churned"), tr("Reactivated"), tr("Churn rate"), tr("Renewal rate"),
                       tr("Revenue"), tr("MRR")};
    const auto r = Qt::AlignRight;
    auto table = document.table(header, {12, 8, 8, 7, 8, 10, 9, 10, 14, 14},
                                {Qt::AlignLeft, r, r, r, r, r, r, r, r, r}, int(months.size()));
    for (const auto &m : months) {
        const auto &f = m.figures;
        table.addRow({locale.toString(m.month, u"MMM yyyy"_s), locale.toString(f.activeAtEnd),
                      locale.toString(f.payingAtEnd), locale.toString(f.newClients),
                      locale.toString(f.churned), locale.toString(f.reactivated),
                      KpiSheet::rateText(f.churnRate), KpiSheet::rateText(f.renewalRate),
                      KpiSheet::moneyText(f.revenue), KpiSheet::moneyText(f.mrr)});
    }
    table.finish();
    if (!lead.isEmpty()) {
        document.paragraph(tr("Active and paying: at the month's end. Money per currency, never "
                              "added across currencies."),
                           true);
    }
}

void BusinessPdf::cohortTable(ReportDocument &document, const AnalyticsSnapshot &s)
{
    const QLocale locale;
    document.heading(tr("Cohort retention"));
    document.paragraph(tr("The share of each month's new clients still active at the end of "
                          "each later month (month 0 is the month they arrived)."),
                       true);
    int columns = 0;
    for (const auto &c : s.cohorts)
        columns = std::max(columns, int(c.retained.size()));
    columns = std::min(columns, 12);
    QStringList header{tr("Cohort"), tr("Clients")};
    QList<int> widths{12, 8};
    QList<Qt::Alignment> align{Qt::AlignLeft, Qt::AlignRight};
    for (int k = 0; k < columns; ++k) {
        header.append(tr("M%1").arg(k));
        widths.append(columns ? 80 / columns : 80);
        align.append(Qt::AlignRight);
    }
    auto table = document.table(header, widths, align, int(s.cohorts.size()));
    for (const auto &c : s.cohorts) {
        QStringList row{locale.toString(c.month, u"MMM yyyy"_s), locale.toString(c.size)};
        for (int k = 0; k < columns; ++k) {
            const auto share = c.retained.value(k);
            row.append(share ? locale.toString(*share * 100.0, 'f', 0) + u'%' : QString());
        }
        table.addRow(row);
    }
    table.finish();
}

void BusinessPdf::rankings(ReportDocument &document, const AnalyticsSnapshot &s)
{
    const QLocale locale;
    document.heading(tr("Indicators and plans"));
    auto indicators = document.table({tr("Indicator"), tr("Active clients at the end")}, {70, 30},
                                     {Qt::AlignLeft, Qt::AlignRight}, int(s.topIndicators.size()));
    for (const auto &r : s.topIndicators)
        indicators.addRow({r.name, locale.toString(r.value, 'f', 0)});
    indicators.finish();
    auto plans = document.table({tr("Plan"), tr("Revenue in the range")}, {70, 30},
                                {Qt::AlignLeft, Qt::AlignRight}, int(s.revenueByPlan.size()));
    for (const auto &r : s.revenueByPlan)
        plans.addRow({r.name, money(r.value, r.currency)});
    plans.finish();

    document.heading(tr("Revenue at risk"));
    document.paragraph(tr("Dated paid accesses ending in the next days, and the revenue their "
                          "last payments represent: what the reminders are there to save."),
                       true);
    auto risk =
        document.table({tr("Ending within"), tr("Clients"), tr("Revenue")}, {30, 20, 50},
                       {Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight}, int(s.atRisk.size()));
    for (const auto &r : s.atRisk)
        risk.addRow({tr("%n day(s)", nullptr, r.days), locale.toString(r.clients),
                     KpiSheet::moneyText(r.revenue)});
    risk.finish();
}

} // namespace pinedesk
