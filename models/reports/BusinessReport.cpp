#include "BusinessReport.h"

#include "csv/CsvWriter.h"
#include "domain/Money.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

double rounded(double minor)
{
    return std::round(minor * 100.0) / 100.0;
}

QJsonObject perCurrency(const BusinessMetrics::PerCurrency &values)
{
    QJsonObject o;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        o.insert(it.key(), rounded(it.value()));
    return o;
}

QJsonValue optionalRate(const std::optional<double> &rate)
{
    return rate ? QJsonValue(std::round(*rate * 10000.0) / 10000.0) : QJsonValue();
}

QJsonObject figuresJson(const BusinessMetrics::Figures &f)
{
    return {{u"from"_s, f.from.toString(Qt::ISODate)},
            {u"to"_s, f.to.toString(Qt::ISODate)},
            {u"active_at_start"_s, f.activeAtStart},
            {u"active_at_end"_s, f.activeAtEnd},
            {u"paying_at_end"_s, f.payingAtEnd},
            {u"new"_s, f.newClients},
            {u"churned"_s, f.churned},
            {u"reactivated"_s, f.reactivated},
            {u"churn_rate"_s, optionalRate(f.churnRate)},
            {u"monthly_churn_rate"_s, optionalRate(f.monthlyChurn)},
            {u"renewals_due"_s, f.renewalsDue},
            {u"renewed"_s, f.renewed},
            {u"renewal_rate"_s, optionalRate(f.renewalRate)},
            {u"revenue_minor"_s, perCurrency(f.revenue)},
            {u"mrr_minor"_s, perCurrency(f.mrr)},
            {u"arpu_minor"_s, perCurrency(f.arpu)},
            {u"ltv_minor"_s, perCurrency(f.ltv)}};
}

QJsonArray rankedJson(const QList<BusinessMetrics::Ranked> &list)
{
    QJsonArray out;
    for (const auto &r : list) {
        QJsonObject o{{u"id"_s, r.id}, {u"name"_s, r.name}, {u"value"_s, rounded(r.value)}};
        if (!r.currency.isEmpty())
            o.insert(u"currency"_s, r.currency);
        out.append(o);
    }
    return out;
}

QString money(const BusinessMetrics::PerCurrency &values, const QString &currency)
{
    if (!values.contains(currency))
        return QString();
    const int decimals = Money::decimalsOf(currency);
    return QString::number(std::round(values.value(currency)) / std::pow(10.0, decimals), 'f',
                           decimals);
}

QString rate(const std::optional<double> &r)
{
    return r ? QString::number(*r * 100.0, 'f', 1) : QString();
}

} // namespace

BusinessReport::BusinessReport(const BusinessMetrics &metrics, QDate firstMonth, QDate lastMonth)
    : m_metrics(metrics)
    , m_first(firstMonth)
    , m_last(lastMonth)
{}

Expected<QDate> BusinessReport::parseMonth(const QString &text)
{
    static const QRegularExpression shape(u"^(\\d{4})-(\\d{2})$"_s);
    const auto m = shape.match(text.trimmed());
    const QDate day =
        m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1) : QDate();
    if (!day.isValid())
        return Expected<QDate>::failure(
            tr("A month is written like 2026-01; \"%1\" is not one.").arg(text));
    return day;
}

QJsonObject BusinessReport::toJson() const
{
    const int months =
        int((m_last.year() - m_first.year()) * 12 + m_last.month() - m_first.month() + 1);
    const QDateTime from = this->from();
    const QDateTime to = this->to();
    const auto current = m_metrics.figures(from, to);
    const auto previous = m_metrics.figures(from.addMonths(-months), from);

    QJsonArray monthRows;
    for (const auto &m : m_metrics.months(m_first, m_last)) {
        QJsonObject row = figuresJson(m.figures);
        row.insert(u"month"_s, m.month.toString(u"yyyy-MM"_s));
        row.insert(u"mrr_movement_minor"_s,
                   QJsonObject{{u"new"_s, perCurrency(m.movement.newMrr)},
                               {u"reactivation"_s, perCurrency(m.movement.reactivation)},
                               {u"expansion"_s, perCurrency(m.movement.expansion)},
                               {u"contraction"_s, perCurrency(m.movement.contraction)},
                               {u"churned"_s, perCurrency(m.movement.churned)}});
        monthRows.append(row);
    }
    QJsonArray cohorts;
    for (const auto &c : m_metrics.cohorts(m_first, m_last)) {
        QJsonArray retained;
        for (const auto &share : c.retained)
            retained.append(optionalRate(share));
        cohorts.append(QJsonObject{{u"month"_s, c.month.toString(u"yyyy-MM"_s)},
                                   {u"size"_s, c.size},
                                   {u"retained"_s, retained}});
    }
    QJsonArray risk;
    for (int days : {7, 30, 90}) {
        const auto r = m_metrics.atRisk(days);
        risk.append(QJsonObject{{u"days"_s, days},
                                {u"clients"_s, r.clients},
                                {u"revenue_minor"_s, perCurrency(r.revenue)}});
    }
    const QDateTime end = std::min(to.addSecs(-1), m_metrics.facts().now);
    return {{u"range"_s, QJsonObject{{u"from"_s, m_first.toString(u"yyyy-MM"_s)},
                                     {u"to"_s, m_last.toString(u"yyyy-MM"_s)}}},
            {u"computed_at"_s, m_metrics.facts().now.toString(Qt::ISODate)},
            {u"grace_days"_s, m_metrics.facts().graceDays},
            {u"figures"_s, figuresJson(current)},
            {u"previous"_s, figuresJson(previous)},
            {u"months"_s, monthRows},
            {u"cohorts"_s, cohorts},
            {u"active_by_indicator"_s, rankedJson(m_metrics.activeByIndicator(end))},
            {u"new_grants_by_indicator"_s, rankedJson(m_metrics.newGrantsByIndicator(from, to))},
            {u"revenue_by_plan"_s, rankedJson(m_metrics.revenueByPlan(from, to))},
            {u"revenue_at_risk"_s, risk}};
}

Status BusinessReport::writeMonthlyCsv(QIODevice &device, bool bom) const
{
    CsvWriter::Options options;
    options.bom = bom;
    CsvWriter csv(device, options);
    const auto rows = m_metrics.months(m_first, m_last);
    const QStringList currencies = BusinessMetrics::currenciesOf(rows);
    QStringList header{tr("Month"),
                       tr("Active at start"),
                       tr("Active at end"),
                       tr("Paying at end"),
                       tr("New"),
                       tr("Churned"),
                       tr("Reactivated"),
                       tr("Churn rate (%)"),
                       tr("Renewal rate (%)")};
    for (const QString &c : currencies)
        header << tr("Revenue %1").arg(c) << tr("MRR %1").arg(c) << tr("ARPU %1").arg(c);
    csv.writeRow(header);
    for (const auto &m : rows) {
        const auto &f = m.figures;
        QStringList row{m.month.toString(u"yyyy-MM"_s),
                        QString::number(f.activeAtStart),
                        QString::number(f.activeAtEnd),
                        QString::number(f.payingAtEnd),
                        QString::number(f.newClients),
                        QString::number(f.churned),
                        QString::number(f.reactivated),
                        rate(f.churnRate),
                        rate(f.renewalRate)};
        for (const QString &c : currencies)
            row << money(f.revenue, c) << money(f.mrr, c) << money(f.arpu, c);
        csv.writeRow(row);
    }
    return csv.status();
}

QList<BusinessReport::Table> BusinessReport::tables()
{
    return {Table::Months,     Table::MrrMovement, Table::Cohorts,
            Table::Indicators, Table::Plans,       Table::RevenueAtRisk};
}

QString BusinessReport::tableName(Table table)
{
    switch (table) {
    case Table::Months:
        return tr("Figures month by month");
    case Table::MrrMovement:
        return tr("MRR movement month by month");
    case Table::Cohorts:
        return tr("Cohort retention");
    case Table::Indicators:
        return tr("Indicators by active clients");
    case Table::Plans:
        return tr("Revenue by plan");
    case Table::RevenueAtRisk:
        return tr("Revenue at risk");
    }
    return {};
}

QString BusinessReport::tableCode(Table table)
{
    switch (table) {
    case Table::Months:
        return u"months"_s;
    case Table::MrrMovement:
        return u"mrr"_s;
    case Table::Cohorts:
        return u"cohorts"_s;
    case Table::Indicators:
        return u"indicators"_s;
    case Table::Plans:
        return u"plans"_s;
    case Table::RevenueAtRisk:
        return u"risk"_s;
    }
    return {};
}

std::optional<BusinessReport::Table> BusinessReport::tableFromCode(const QString &code)
{
    for (Table t : tables()) {
        if (tableCode(t) == code.trimmed().toLower())
            return t;
    }
    return std::nullopt;
}

Status BusinessReport::writeCsv(Table table, QIODevice &device, bool bom) const
{
    switch (table) {
    case Table::Months:
        return writeMonthlyCsv(device, bom);
    case Table::MrrMovement:
        return writeMovementCsv(device, bom);
    case Table::Cohorts:
        return writeCohortsCsv(device, bom);
    case Table::Indicators:
    case Table::Plans:
        return writeRankedCsv(table, device, bom);
    case Table::RevenueAtRisk:
        return writeRiskCsv(device, bom);
    }
    return {};
}

Status BusinessReport::writeMovementCsv(QIODevice &device, bool bom) const
{
    CsvWriter::Options options;
    options.bom = bom;
    CsvWriter csv(device, options);
    csv.writeRow({tr("Month"), tr("Currency"), tr("New"), tr("Reactivation"), tr("Expansion"),
                  tr("Contraction"), tr("Churned"), tr("Net")});
    for (const auto &m : m_metrics.months(m_first, m_last)) {
        const auto &mv = m.movement;
        QStringList currencies;
        for (const auto *part :
             {&mv.newMrr, &mv.reactivation, &mv.expansion, &mv.contraction, &mv.churned}) {
            for (const QString &c : part->keys()) {
                if (!currencies.contains(c))
                    currencies.append(c);
            }
        }
        std::sort(currencies.begin(), currencies.end());
        for (const QString &c : std::as_const(currencies)) {
            const double net = mv.newMrr.value(c) + mv.reactivation.value(c) +
                               mv.expansion.value(c) - mv.contraction.value(c) -
                               mv.churned.value(c);
            csv.writeRow({m.month.toString(u"yyyy-MM"_s), c, money(mv.newMrr, c),
                          money(mv.reactivation, c), money(mv.expansion, c),
                          money(mv.contraction, c), money(mv.churned, c), money({{c, net}}, c)});
        }
    }
    return csv.status();
}

Status BusinessReport::writeCohortsCsv(QIODevice &device, bool bom) const
{
    CsvWriter::Options options;
    options.bom = bom;
    CsvWriter csv(device, options);
    const auto cohorts = m_metrics.cohorts(m_first, m_last);
    int columns = 0;
    for (const auto &c : cohorts)
        columns = std::max(columns, int(c.retained.size()));
    QStringList header{tr("Cohort"), tr("Clients")};
    for (int k = 0; k < columns; ++k)
        header.append(tr("Month %1 (%)").arg(k));
    csv.writeRow(header);
    for (const auto &c : cohorts) {
        QStringList row{c.month.toString(u"yyyy-MM"_s), QString::number(c.size)};
        for (int k = 0; k < columns; ++k)
            row.append(rate(c.retained.value(k)));
        csv.writeRow(row);
    }
    return csv.status();
}

Status BusinessReport::writeRankedCsv(Table table, QIODevice &device, bool bom) const
{
    CsvWriter::Options options;
    options.bom = bom;
    CsvWriter csv(device, options);
    const QDateTime end = std::min(to().addSecs(-1), m_metrics.facts().now);
    if (table == Table::Indicators) {
        csv.writeRow({tr("Indicator"), tr("Active clients at the end"), tr("New grants")});
        const auto grants = m_metrics.newGrantsByIndicator(from(), to());
        for (const auto &r : m_metrics.activeByIndicator(end)) {
            double granted = 0;
            for (const auto &g : grants) {
                if (g.id == r.id)
                    granted = g.value;
            }
            csv.writeRow(
                {r.name, QString::number(qRound64(r.value)), QString::number(qRound64(granted))});
        }
    } else {
        csv.writeRow({tr("Plan"), tr("Currency"), tr("Revenue")});
        for (const auto &r : m_metrics.revenueByPlan(from(), to()))
            csv.writeRow({r.name, r.currency, money({{r.currency, r.value}}, r.currency)});
    }
    return csv.status();
}

Status BusinessReport::writeRiskCsv(QIODevice &device, bool bom) const
{
    CsvWriter::Options options;
    options.bom = bom;
    CsvWriter csv(device, options);
    csv.writeRow({tr("Ending within (days)"), tr("Clients"), tr("Currency"), tr("Revenue")});
    for (int days : {7, 30, 90}) {
        const auto r = m_metrics.atRisk(days);
        if (r.revenue.isEmpty())
            csv.writeRow({QString::number(days), QString::number(r.clients), QString(), QString()});
        for (auto it = r.revenue.cbegin(); it != r.revenue.cend(); ++it)
            csv.writeRow({QString::number(days), QString::number(r.clients), it.key(),
                          money(r.revenue, it.key())});
    }
    return csv.status();
}

} // namespace pinedesk
