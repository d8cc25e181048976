#pragma once

#include "analytics/BusinessMetrics.h"
#include "domain/Expected.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonObject>

#include <optional>

namespace pinedesk {

// The business report for a range of whole months: the figures with the same-length period
// before for comparison, month by month, the cohorts, the indicators and plans, and the revenue
// at risk. As JSON (every figure of the dashboard, for scripts) or as CSV (the monthly table).
// Money is in minor units per currency, never added across currencies.
class BusinessReport
{
    Q_DECLARE_TR_FUNCTIONS(BusinessReport)

public:
    BusinessReport(const BusinessMetrics &metrics, QDate firstMonth, QDate lastMonth);

    // "2026-01" -> the first day of that month; a clear sentence otherwise.
    static Expected<QDate> parseMonth(const QString &text);

    // The tables behind the charts and the page, each its own CSV.
    enum class Table { Months, MrrMovement, Cohorts, Indicators, Plans, RevenueAtRisk };
    static QList<Table> tables();
    static QString tableName(Table table);
    static QString tableCode(Table table); // "months", "mrr"... for the command line
    static std::optional<Table> tableFromCode(const QString &code);

    QJsonObject toJson() const;
    Status writeMonthlyCsv(QIODevice &device, bool bom = true) const;
    Status writeCsv(Table table, QIODevice &device, bool bom = true) const;

    QDateTime from() const { return BusinessMetrics::monthStart(m_first); }
    QDateTime to() const { return BusinessMetrics::monthStart(m_last).addMonths(1); }

private:
    Status writeMovementCsv(QIODevice &device, bool bom) const;
    Status writeCohortsCsv(QIODevice &device, bool bom) const;
    Status writeRankedCsv(Table table, QIODevice &device, bool bom) const;
    Status writeRiskCsv(QIODevice &device, bool bom) const;

    const BusinessMetrics &m_metrics;
    QDate m_first;
    QDate m_last;
};

} // namespace pinedesk
