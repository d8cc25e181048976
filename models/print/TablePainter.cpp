#include "TablePainter.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPaintDevice>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace pinedesk {

namespace {

const QColor ink(0x20, 0x20, 0x20);
const QColor muted(0x5a, 0x5a, 0x5a);
const QColor rule(0xc8, 0xc8, 0xc8);
const QColor headFill(0xec, 0xef, 0xf3);
const QColor zebra(0xf6, 0xf7, 0xf9);

} // namespace

TablePainter::TablePainter(const PdfTable &table, QPaintDevice &device, const QSizeF &body)
    : m_table(table)
    , m_device(device)
    , m_body(body)
    , m_mm(device.logicalDpiX() / 25.4)
{
    m_rowHeight = QFontMetricsF(font(8), &m_device).height() + 1.8 * m_mm;
    const double afterTitle = m_body.height() - titleBlockHeight() - m_rowHeight;
    m_firstPageRows = std::max(0, int(std::floor(afterTitle / m_rowHeight)));
    m_rowsPerPage = std::max(1, int(std::floor((m_body.height() - m_rowHeight) / m_rowHeight)));
    const qsizetype rest = std::max<qsizetype>(0, m_table.rows.size() - m_firstPageRows);
    m_pages = 1 + int((rest + m_rowsPerPage - 1) / m_rowsPerPage);
}

QFont TablePainter::font(double points, bool bold) const
{
    QFont f = QGuiApplication::font();
    f.setPointSizeF(points);
    f.setBold(bold);
    // No ligatures (Qt turns them off with any letter spacing): a username copied from the PDF
    // must read "fl", not "ﬂ".
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.1);
    return f;
}

double TablePainter::titleBlockHeight() const
{
    double height = QFontMetricsF(font(18, true), &m_device).height() + 1.5 * m_mm;
    if (!m_table.subtitle.isEmpty())
        height += QFontMetricsF(font(10.5), &m_device).height() + 3 * m_mm;
    if (!m_table.summary.isEmpty())
        height += QFontMetricsF(font(9), &m_device).height() + 2 * m_mm;
    return height;
}

void TablePainter::paintRow(QPainter &painter, double top, const QStringList &cells,
                            bool header) const
{
    painter.setFont(font(8, header));
    const QFontMetricsF fm(painter.font(), &m_device);
    const double padding = 0.9 * m_mm;
    double x = 0;
    for (int c = 0; c < m_table.header.size(); ++c) {
        const double w = m_body.width() * m_table.widths.value(c, 10) / 100.0;
        const QRectF cell(x + padding, top, w - 2 * padding, m_rowHeight);
        painter.setPen(ink);
        painter.drawText(cell, int(m_table.align.value(c, Qt::AlignLeft) | Qt::AlignVCenter),
                         fm.elidedText(cells.value(c), Qt::ElideRight, cell.width()));
        x += w;
    }
}

void TablePainter::paint(QPainter &painter, int page) const
{
    double y = 0;
    qsizetype first = 0;
    qsizetype count = m_firstPageRows;
    if (page == 0) {
        const auto line = [&](const QFont &f, const QColor &colour, const QString &text,
                              double after) {
            painter.setFont(f);
            painter.setPen(colour);
            const QFontMetricsF fm(f, &m_device);
            painter.drawText(QPointF(0, y + fm.ascent()), text);
            y += fm.height() + after * m_mm;
        };
        line(font(18, true), ink, m_table.title, 1.5);
        if (!m_table.subtitle.isEmpty())
            line(font(10.5), muted, m_table.subtitle, 3);
        if (!m_table.summary.isEmpty())
            line(font(9), ink, m_table.summary, 2);
    } else {
        first = m_firstPageRows + qsizetype(page - 1) * m_rowsPerPage;
        count = m_rowsPerPage;
    }
    painter.fillRect(QRectF(0, y, m_body.width(), m_rowHeight), headFill);
    paintRow(painter, y, m_table.header, true);
    y += m_rowHeight;
    const qsizetype last = std::min<qsizetype>(m_table.rows.size(), first + count);
    for (qsizetype r = first; r < last; ++r) {
        if ((r - first) % 2 == 1)
            painter.fillRect(QRectF(0, y, m_body.width(), m_rowHeight), zebra);
        paintRow(painter, y, m_table.rows.at(r), false);
        y += m_rowHeight;
    }
    painter.setPen(QPen(rule, 0.2 * m_mm));
    painter.drawLine(QPointF(0, y), QPointF(m_body.width(), y));
}

} // namespace pinedesk
