#include "Sparkline.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

Sparkline::Sparkline(QWidget *parent)
    : QWidget(parent)
{
    setMinimumSize(120, 28);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void Sparkline::setValues(const QString &what, const QStringList &labels,
                          const QList<double> &values, int decimals)
{
    m_values = values;
    QStringList lines{what};
    const QLocale locale;
    for (int i = 0; i < values.size(); ++i)
        lines.append(u"%1: %2"_s.arg(labels.value(i), locale.toString(values[i], 'f', decimals)));
    setToolTip(lines.join(u'\n'));
    setAccessibleName(what);
    setAccessibleDescription(lines.mid(1).join(u"; "_s));
    update();
}

void Sparkline::paintEvent(QPaintEvent *)
{
    if (m_values.size() < 2)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(3, 3, -3, -3);
    const auto [low, high] = std::minmax_element(m_values.cbegin(), m_values.cend());
    const double span = *high - *low > 0 ? *high - *low : 1;
    const auto point = [&](int i) {
        return QPointF(area.left() + area.width() * i / (m_values.size() - 1),
                       area.bottom() - (m_values[i] - *low) / span * area.height());
    };
    QPainterPath line;
    line.moveTo(point(0));
    for (int i = 1; i < m_values.size(); ++i)
        line.lineTo(point(i));
    QPainterPath fill = line;
    fill.lineTo(area.right(), area.bottom());
    fill.lineTo(area.left(), area.bottom());
    fill.closeSubpath();
    QColor shade = palette().color(QPalette::Highlight);
    shade.setAlphaF(0.15);
    painter.fillPath(fill, shade);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 1.6));
    painter.drawPath(line);
    painter.setBrush(palette().color(QPalette::Highlight));
    painter.drawEllipse(point(int(m_values.size()) - 1), 2.5, 2.5);
}

} // namespace pinedesk
