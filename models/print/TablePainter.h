#pragma once

#include "PdfTable.h"

#include <QFont>
#include <QSizeF>

class QPaintDevice;
class QPainter;

namespace pinedesk {

// Lays a PdfTable out on pages of a given body size and paints any page of it, straight with
// QPainter: rows have one height, so the pages are known by arithmetic and a hundred thousand
// rows cost what painting them costs (a text document's table grows too slow for that).
class TablePainter
{
public:
    TablePainter(const PdfTable &table, QPaintDevice &device, const QSizeF &body);

    int pageCount() const { return m_pages; }
    // Paints page `page` (0-based) with the body's top left at the origin.
    void paint(QPainter &painter, int page) const;

private:
    QFont font(double points, bool bold = false) const;
    void paintRow(QPainter &painter, double top, const QStringList &cells, bool header) const;
    double titleBlockHeight() const;

    const PdfTable &m_table;
    QPaintDevice &m_device;
    QSizeF m_body;
    double m_mm;
    double m_rowHeight;
    int m_firstPageRows;
    int m_rowsPerPage;
    int m_pages;
};

} // namespace pinedesk
