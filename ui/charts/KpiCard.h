#pragma once

#include "analytics/KpiSheet.h"

#include <QFrame>

class QLabel;

namespace pinedesk {

// One figure of the Analytics page: its name, its value, and how it moved against the period
// before (an arrow, the change in words and colour, never colour alone). The definition is the
// card's tooltip.
class KpiCard final : public QFrame
{
    Q_OBJECT

public:
    explicit KpiCard(const KpiSheet::Kpi &entry, QWidget *parent = nullptr);

    void setKpi(const KpiSheet::Kpi &kpi);
    QString valueText() const;
    QString changeText() const;

private:
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_change;
};

} // namespace pinedesk
