#include "ReportChart.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace pinedesk {

namespace {

// A step of 1, 2 or 5 times a power of ten that cuts `span` into about `parts` pieces.
double niceStep(double span, int parts)
{
    if (span <= 0)
        return 1;
    const double raw = span / parts;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (raw <= m * power)
            return m * power;
    }
    return 10 * power;
}

QString axisText(double value, double step)
{
    const int decimals = step >= 1 ? 0 : int(std::ceil(-std::log10(step)));
    return QLocale().toString(value, 'f', decimals);
}

void setPointSize(QPainter &painter, double points, bool bold = false)
{
    QFont f = painter.font();
    f.setPointSizeF(points);
    f.setBold(bold);
    painter.setFont(f);
}

} // namespace

QColor ReportChart::colour(int index)
{
    static const QColor colours[] = {QColor(0x1f, 0x5f, 0xa8), QColor(0xe0, 0x8a, 0x1e),
                                     QColor(0x2e, 0x8b, 0x57), QColor(0xc0, 0x39, 0x2b),
                                     QColor(0x7b, 0x4f, 0x9d), QColor(0x5d, 0x6d, 0x7e)};
    return colours[index % 6];
}

bool ReportChart::isEmpty() const
{
    for (const Series &s : series) {
        for (double v : s.values) {
            if (v != 0)
                return false;
        }
    }
    return true;
}

void ReportChart::paintLegend(QPainter &painter, QRectF &area, double mm) const
{
    setPointSize(painter, 7.5);
    const QFontMetricsF fm(painter.font(), painter.device());
    double x = area.left();
    const double y = area.top();
    for (const Series &s : series) {
        const double w = 3 * mm + 1.2 * mm + fm.horizontalAdvance(s.name) + 4 * mm;
        painter.fillRect(QRectF(x, y + (fm.height() - 2.5 * mm) / 2, 3 * mm, 2.5 * mm), s.colour);
        painter.setPen(Qt::black);
        painter.drawText(QPointF(x + 4.2 * mm, y + fm.ascent()), s.name);
        x += w;
    }
    area.setTop(area.top() + fm.height() + 2 * mm);
}

void ReportChart::paint(QPainter &painter, const QRectF &outer, double mm) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QRectF area = outer;
    setPointSize(painter, 9, true);
    const QFontMetricsF titleMetrics(painter.font(), painter.device());
    painter.setPen(Qt::black);
    painter.drawText(QPointF(area.left(), area.top() + titleMetrics.ascent()), title);
    area.setTop(area.top() + titleMetrics.height() + 1.5 * mm);
    if (kind != Kind::HorizontalBars && series.size() > 1)
        paintLegend(painter, area, mm);
    if (kind == Kind::HorizontalBars) {
        paintHorizontal(painter, area, mm);
        painter.restore();
        return;
    }

    // The value range, zero always in it.
    double low = 0;
    double high = 0;
    for (int c = 0; c < categories.size(); ++c) {
        double up = 0;
        double down = 0;
        for (const Series &s : series) {
            const double v = s.values.value(c);
            if (kind == Kind::StackedBars)
                (v >= 0 ? up : down) += v;
            else
                high = std::max(high, v), low = std::min(low, v);
        }
        high = std::max(high, up);
        low = std::min(low, down);
    }
    if (high == low)
        high = low + 1;
    const double step = niceStep(high - low, 5);
    high = std::ceil(high / step) * step;
    low = std::floor(low / step) * step;

    setPointSize(painter, 7);
    const QFontMetricsF fm(painter.font(), painter.device());
    double labelWidth = 0;
    for (double v = low; v <= high + step / 2; v += step)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(axisText(v, step)));
    if (!unit.isEmpty())
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(unit));
    // The unit sits above the values' column, clear of the top gridline.
    const double unitRoom = unit.isEmpty() ? 0 : fm.height() + mm;
    const QRectF plot(area.left() + labelWidth + 2 * mm, area.top() + unitRoom + fm.height() / 2,
                      area.width() - labelWidth - 2 * mm,
                      area.height() - unitRoom - 2 * fm.height() - mm);
    const auto yOf = [&](double v) {
        return plot.bottom() - (v - low) / (high - low) * plot.height();
    };

    // Gridlines and their values.
    for (double v = low; v <= high + step / 2; v += step) {
        const double y = yOf(v);
        painter.setPen(
            QPen(std::abs(v) < step / 2 ? QColor(0x60, 0x60, 0x60) : QColor(0xd8, 0xd8, 0xd8),
                 0.25 * mm));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(QColor(0x40, 0x40, 0x40));
        const QString text = axisText(v, step);
        painter.drawText(QPointF(plot.left() - 1.5 * mm - fm.horizontalAdvance(text),
                                 y + fm.ascent() / 2 - fm.descent() / 2),
                         text);
    }
    if (!unit.isEmpty())
        painter.drawText(QPointF(area.left(), area.top() + fm.ascent()), unit);

    // Category labels, thinned out when they would collide.
    const int n = int(categories.size());
    if (n == 0) {
        painter.restore();
        return;
    }
    const double slot = plot.width() / n;
    double widest = 0;
    for (const QString &c : categories)
        widest = std::max(widest, fm.horizontalAdvance(c));
    const int every = std::max(1, int(std::ceil((widest + 1.5 * mm) / slot)));
    painter.setPen(QColor(0x40, 0x40, 0x40));
    for (int c = 0; c < n; c += every) {
        const QString &text = categories.at(c);
        painter.drawText(QPointF(plot.left() + slot * (c + 0.5) - fm.horizontalAdvance(text) / 2,
                                 plot.bottom() + mm + fm.ascent()),
                         text);
    }

    if (kind == Kind::Lines) {
        for (const Series &s : series) {
            QPainterPath path;
            for (int c = 0; c < n; ++c) {
                const QPointF p(plot.left() + slot * (c + 0.5), yOf(s.values.value(c)));
                c == 0 ? path.moveTo(p) : path.lineTo(p);
            }
            painter.setPen(QPen(s.colour, 0.6 * mm, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(path);
            painter.setBrush(s.colour);
            painter.setPen(Qt::NoPen);
            for (int c = 0; c < n; ++c) {
                painter.drawEllipse(QPointF(plot.left() + slot * (c + 0.5), yOf(s.values.value(c))),
                                    0.8 * mm, 0.8 * mm);
            }
        }
        painter.restore();
        return;
    }

    const double groupWidth = slot * 0.7;
    const int sideBySide = kind == Kind::Bars ? std::max(1, int(series.size())) : 1;
    const double barWidth = groupWidth / sideBySide;
    painter.setPen(Qt::NoPen);
    for (int c = 0; c < n; ++c) {
        double up = 0;
        double down = 0;
        const double left = plot.left() + slot * c + (slot - groupWidth) / 2;
        for (int i = 0; i < series.size(); ++i) {
            const double v = series.at(i).values.value(c);
            if (v == 0)
                continue;
            double from = 0;
            double x = left;
            if (kind == Kind::StackedBars) {
                from = v >= 0 ? up : down;
                (v >= 0 ? up : down) += v;
            } else {
                x = left + barWidth * i;
            }
            const double y1 = yOf(from);
            const double y2 = yOf(from + v);
            painter.setBrush(series.at(i).colour);
            painter.drawRect(
                QRectF(QPointF(x, std::min(y1, y2)), QSizeF(barWidth * 0.92, std::abs(y2 - y1))));
        }
    }
    painter.restore();
}

void ReportChart::paintHorizontal(QPainter &painter, const QRectF &area, double mm) const
{
    if (series.isEmpty() || categories.isEmpty())
        return;
    const Series &s = series.first();
    setPointSize(painter, 7.5);
    const QFontMetricsF fm(painter.font(), painter.device());
    double nameWidth = 0;
    for (const QString &c : categories)
        nameWidth = std::max(nameWidth, fm.horizontalAdvance(c));
    nameWidth = std::min(nameWidth, area.width() * 0.4);
    double high = 0;
    for (double v : s.values)
        high = std::max(high, v);
    if (high <= 0)
        high = 1;
    const double row = area.height() / categories.size();
    const double barLeft = area.left() + nameWidth + 2 * mm;
    const double valueRoom = fm.horizontalAdvance(QLocale().toString(high, 'f', 0)) + 2 * mm;
    const double barSpan = area.right() - barLeft - valueRoom;
    for (int c = 0; c < categories.size(); ++c) {
        const double top = area.top() + row * c;
        const double v = s.values.value(c);
        const double baseline = top + row / 2 + fm.ascent() / 2 - fm.descent() / 2;
        painter.setPen(Qt::black);
        painter.drawText(QPointF(area.left(), baseline),
                         fm.elidedText(categories.at(c), Qt::ElideRight, nameWidth));
        const double w = barSpan * v / high;
        painter.fillRect(QRectF(barLeft, top + row * 0.2, w, row * 0.6), s.colour);
        painter.drawText(QPointF(barLeft + w + mm, baseline), QLocale().toString(v, 'f', 0));
    }
}

} // namespace pinedesk
