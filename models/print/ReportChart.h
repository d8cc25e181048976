#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

class QPainter;
class QRectF;

namespace pinedesk {

// A chart for a printed report, painted as vectors (lines, rectangles and text, sharp at any
// zoom): lines over categories, bars side by side or stacked (negative values below the zero
// line), or horizontal bars for a ranking. The title, a legend, value gridlines and category
// labels come with it. Printed on white paper, so the colours are fixed and print in grey too.
struct ReportChart
{
    enum class Kind { Lines, Bars, StackedBars, HorizontalBars };
    struct Series
    {
        QString name;
        QColor colour;
        QList<double> values; // one per category
    };

    Kind kind = Kind::Bars;
    QString title;
    QStringList categories;
    QList<Series> series;
    QString unit; // after the axis values, e.g. "USD"

    bool isEmpty() const;
    double aspect() const { return kind == Kind::HorizontalBars ? 0.45 : 0.42; }
    // Paints into `area` (device units); `mm` is one millimetre in those units.
    void paint(QPainter &painter, const QRectF &area, double mm) const;

    // The report palette: distinct in colour and still apart in greyscale.
    static QColor colour(int index);

private:
    void paintLegend(QPainter &painter, QRectF &area, double mm) const;
    void paintHorizontal(QPainter &painter, const QRectF &area, double mm) const;
};

} // namespace pinedesk
