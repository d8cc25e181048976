#pragma once

#include "AnalyticsSnapshot.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace pinedesk {

// The figures of a range as the vendor reads them, for the Analytics page's cards and the
// business PDF alike: each with its name, its definition from docs/analytics.md, its value in
// the locale, and how it moved against the period before in words (never colour alone).
class KpiSheet
{
    Q_DECLARE_TR_FUNCTIONS(KpiSheet)

public:
    enum class Tone { Neutral, Good, Bad };
    struct Kpi
    {
        QString key; // "active", "churnRate", "mrr"...
        QString name;
        QString definition;
        QString value;    // one line per currency for money
        QString change;   // "▲ up 12.5% on the period before"
        QString previous; // the value before, for a tooltip
        Tone tone = Tone::Neutral;
    };

    static QList<Kpi> of(const AnalyticsSnapshot &snapshot);
    // The keys and names in order, with their definitions (values left empty).
    static QList<Kpi> glossary();
    static QString moneyText(const BusinessMetrics::PerCurrency &values);
    static QString rateText(const std::optional<double> &rate);

private:
    static void describeChange(Kpi &kpi, std::optional<double> current,
                               std::optional<double> previous, bool higherIsBetter,
                               bool asPoints = false);
};

} // namespace pinedesk
