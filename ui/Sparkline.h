#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

namespace pinedesk {

// A small trend line under a figure of the Overview: the shape of the last months at a glance,
// the last point marked, every value in the tooltip (and for screen readers). Drawn in the
// palette's highlight, so it follows light and dark.
class Sparkline final : public QWidget
{
    Q_OBJECT

public:
    explicit Sparkline(QWidget *parent = nullptr);

    // One label per value ("Jan 2026"); `what` names the line ("Active clients").
    void setValues(const QString &what, const QStringList &labels, const QList<double> &values,
                   int decimals = 0);
    QList<double> values() const { return m_values; }
    static constexpr int lineHeight = 34;
    QSize sizeHint() const override { return {160, lineHeight}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<double> m_values;
};

} // namespace pinedesk
