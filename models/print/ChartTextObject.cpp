#include "ChartTextObject.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QPainter>
#include <QTextDocument>

namespace pinedesk {

namespace {

double millimetre(QTextDocument *document)
{
    const QPaintDevice *device = document->documentLayout()->paintDevice();
    return (device ? device->logicalDpiX() : 96) / 25.4;
}

} // namespace

int ChartTextObject::add(ReportChart chart)
{
    m_charts.append(std::move(chart));
    return int(m_charts.size()) - 1;
}

QSizeF ChartTextObject::intrinsicSize(QTextDocument *document, int, const QTextFormat &format)
{
    const int index = format.intProperty(indexProperty);
    const double width = document->pageSize().width() - 2 * document->documentMargin() - 1;
    const double aspect = index >= 0 && index < m_charts.size() ? m_charts.at(index).aspect() : 0.4;
    return {width, width * aspect};
}

void ChartTextObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document,
                                 int, const QTextFormat &format)
{
    const int index = format.intProperty(indexProperty);
    if (index < 0 || index >= m_charts.size())
        return;
    m_charts.at(index).paint(*painter, rect, millimetre(document));
}

} // namespace pinedesk
