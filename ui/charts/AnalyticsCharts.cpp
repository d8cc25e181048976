#include "AnalyticsCharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPalette>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

QChart *newChart(const QString &title, const QPalette &palette)
{
    auto *chart = new QChart;
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.brush(QPalette::Base));
    chart->setTitleBrush(palette.brush(QPalette::Text));
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

QStringList monthLabels(const AnalyticsSnapshot &s)
{
    QStringList labels;
    const QLocale locale;
    // The month alone, so labels stay whole on a narrow chart; the years are in the page's
    // range line and in each value's tooltip.
    for (const auto &m : s.months)
        labels.append(locale.toString(m.month, u"MMM"_s));
    return labels;
}

QStringList monthNames(const AnalyticsSnapshot &s)
{
    QStringList names;
    const QLocale locale;
    for (const auto &m : s.months)
        names.append(locale.toString(m.month, u"MMMM yyyy"_s));
    return names;
}

// Exact values on hover, in the locale.
void explain(QBarSet *set, const QStringList &categories, int decimals)
{
    QObject::connect(set, &QBarSet::hovered, set, [set, categories, decimals](bool on, int i) {
        if (!on) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(),
                           u"%1 · %2: %3"_s.arg(set->label(), categories.value(i),
                                                QLocale().toString(set->at(i), 'f', decimals)));
    });
}

void axes(QChart *chart, QAbstractSeries *series, const QStringList &categories,
          const QPalette &palette, Qt::Orientation categoriesAlong = Qt::Horizontal)
{
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setTruncateLabels(false);
    x->setLabelsBrush(palette.brush(QPalette::Text));
    auto *y = new QValueAxis;
    y->setLabelFormat(u"%.0f"_s);
    y->setLabelsBrush(palette.brush(QPalette::Text));
    chart->addAxis(x, categoriesAlong == Qt::Horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    chart->addAxis(y, categoriesAlong == Qt::Horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    y->applyNiceNumbers();
    if (y->min() > 0)
        y->setMin(0);
}

} // namespace

QString AnalyticsCharts::mainCurrency(const AnalyticsSnapshot &s)
{
    QString best;
    double most = -1;
    for (auto it = s.current.mrr.cbegin(); it != s.current.mrr.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            best = it.key();
        }
    }
    if (best.isEmpty() && !s.current.revenue.isEmpty())
        best = s.current.revenue.firstKey();
    return best;
}

QChart *AnalyticsCharts::clients(const AnalyticsSnapshot &s, const QPalette &palette)
{
    QChart *chart = newChart(tr("Active and paying clients at each month's end"), palette);
    auto *active = new QLineSeries;
    active->setName(tr("Active"));
    auto *paying = new QLineSeries;
    paying->setName(tr("Paying"));
    for (qsizetype i = 0; i < s.months.size(); ++i) {
        active->append(double(i), s.months[i].figures.activeAtEnd);
        paying->append(double(i), s.months[i].figures.payingAtEnd);
    }
    for (QLineSeries *series : {active, paying}) {
        series->setPointsVisible(true);
        chart->addSeries(series);
        QObject::connect(series, &QLineSeries::hovered, series,
                         [series, labels = monthNames(s)](const QPointF &p, bool on) {
                             if (on)
                                 QToolTip::showText(QCursor::pos(),
                                                    u"%1 · %2: %3"_s.arg(
                                                        series->name(), labels.value(qRound(p.x())),
                                                        QLocale().toString(qRound(p.y()))));
                         });
    }
    axes(chart, active, monthLabels(s), palette);
    paying->attachAxis(chart->axes(Qt::Horizontal).first());
    paying->attachAxis(chart->axes(Qt::Vertical).first());
    return chart;
}

QChart *AnalyticsCharts::movement(const AnalyticsSnapshot &s, const QPalette &palette)
{
    QChart *chart = newChart(tr("New, reactivated and churned clients per month"), palette);
    auto *fresh = new QBarSet(tr("New"));
    auto *back = new QBarSet(tr("Reactivated"));
    auto *gone = new QBarSet(tr("Churned"));
    for (const auto &m : s.months) {
        *fresh << m.figures.newClients;
        *back << m.figures.reactivated;
        *gone << -m.figures.churned; // below the line: clients lost
    }
    auto *series = new QStackedBarSeries;
    series->append({fresh, back, gone});
    const QStringList labels = monthLabels(s);
    for (QBarSet *set : {fresh, back, gone})
        explain(set, monthNames(s), 0);
    chart->addSeries(series);
    axes(chart, series, labels, palette);
    return chart;
}

QChart *AnalyticsCharts::revenue(const AnalyticsSnapshot &s, const QPalette &palette)
{
    QChart *chart = newChart(tr("Revenue per month, net of refunds"), palette);
    QStringList currencies;
    for (const auto &m : s.months) {
        for (const QString &c : m.figures.revenue.keys()) {
            if (!currencies.contains(c))
                currencies.append(c);
        }
    }
    auto *series = new QBarSeries;
    const QStringList labels = monthLabels(s);
    for (const QString &c : std::as_const(currencies)) {
        auto *set = new QBarSet(c);
        for (const auto &m : s.months)
            *set << m.figures.revenue.value(c) / 100.0;
        explain(set, monthNames(s), 2);
        series->append(set);
    }
    chart->addSeries(series);
    axes(chart, series, labels, palette);
    return chart;
}

QChart *AnalyticsCharts::mrrMovement(const AnalyticsSnapshot &s, const QPalette &palette)
{
    const QString currency = mainCurrency(s);
    QChart *chart = newChart(tr("MRR movement (%1)").arg(currency), palette);
    const QStringList names{tr("New"), tr("Reactivation"), tr("Expansion"), tr("Contraction"),
                            tr("Churned")};
    QList<QBarSet *> sets;
    for (const QString &n : names)
        sets.append(new QBarSet(n));
    for (const auto &m : s.months) {
        const auto &mv = m.movement;
        *sets[0] << mv.newMrr.value(currency) / 100.0;
        *sets[1] << mv.reactivation.value(currency) / 100.0;
        *sets[2] << mv.expansion.value(currency) / 100.0;
        *sets[3] << -mv.contraction.value(currency) / 100.0;
        *sets[4] << -mv.churned.value(currency) / 100.0;
    }
    auto *series = new QStackedBarSeries;
    const QStringList labels = monthLabels(s);
    for (QBarSet *set : std::as_const(sets)) {
        explain(set, monthNames(s), 2);
        series->append(set);
    }
    chart->addSeries(series);
    axes(chart, series, labels, palette);
    return chart;
}

QChart *AnalyticsCharts::topIndicators(const AnalyticsSnapshot &s, const QPalette &palette)
{
    QChart *chart = newChart(tr("Top indicators: active accesses at the end"), palette);
    auto *set = new QBarSet(tr("Active accesses"));
    QStringList names;
    // Bottom to top, so the most held is at the top.
    for (auto it = s.topIndicators.crbegin(); it != s.topIndicators.crend(); ++it) {
        names.append(it->name);
        *set << it->value;
    }
    explain(set, names, 0);
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    chart->addSeries(series);
    chart->legend()->hide();
    axes(chart, series, names, palette, Qt::Vertical);
    return chart;
}

} // namespace pinedesk
