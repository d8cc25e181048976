#pragma once

#include <QFrame>

#include <optional>

class QLabel;

namespace pinedesk {

// One figure of the Analytics page: its name, its value, and how it moved against the period
// before (an arrow, the change in words and colour, never colour alone). The definition is the
// card's tooltip.
class KpiCard final : public QFrame
{
    Q_OBJECT

public:
    KpiCard(const QString &title, const QString &definition, QWidget *parent = nullptr);

    void setValue(const QString &value);
    // `higherIsBetter`: whether a rise is good news (clients) or bad (churn).
    void setChange(std::optional<double> current, std::optional<double> previous,
                   bool higherIsBetter, bool asPoints = false);
    // Which currency the change is about, when the value lists several.
    void setChangePrefix(const QString &prefix);
    QString valueText() const;
    QString changeText() const;

private:
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_change;
};

} // namespace pinedesk
