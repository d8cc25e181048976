#pragma once

#include "ReportChart.h"

#include <QList>
#include <QObject>
#include <QTextObjectInterface>

namespace pinedesk {

// Lets a QTextDocument carry ReportCharts inline, as objects that flow with the text and are
// painted as vectors wherever the document is drawn (a PDF page). The document's layout must
// have its paint device set, so the chart knows how big a millimetre is.
class ChartTextObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int objectType = QTextFormat::UserObject + 1;
    static constexpr int indexProperty = QTextFormat::UserProperty + 1;

    explicit ChartTextObject(QObject *parent = nullptr)
        : QObject(parent)
    {}

    // Keeps the chart and returns the index its character format refers to.
    int add(ReportChart chart);

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                    const QTextFormat &format) override;

private:
    QList<ReportChart> m_charts;
};

} // namespace pinedesk
