#include "ReportDocument.h"

#include "ChartTextObject.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextTable>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

// Block margins, table borders and padding are in 96 dpi pixels, which the layout scales to the
// device itself: one millimetre of them.
constexpr double formatMm = 96 / 25.4;
const QColor ink(0x20, 0x20, 0x20);
const QColor muted(0x5a, 0x5a, 0x5a);

QTextCharFormat textFormat(double points, bool bold = false, const QColor &colour = ink)
{
    QTextCharFormat f;
    f.setFontPointSize(points);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    f.setForeground(colour);
    return f;
}

} // namespace

ReportDocument::ReportDocument(QPaintDevice &device, const QSizeF &body)
    : m_cursor(&m_document)
    , m_charts(new ChartTextObject(&m_document))
    , m_device(&device)
    , m_body(body)
    , m_mm(device.logicalDpiX() / 25.4)
{
    m_document.setDocumentMargin(0);
    QFont font = m_document.defaultFont();
    font.setPointSizeF(9);
    // No ligatures (Qt turns them off with any letter spacing): a username copied from the PDF
    // must read "fl", not "ﬂ".
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.1);
    m_document.setDefaultFont(font);
    m_document.setUndoRedoEnabled(false);
}

QTextDocument &ReportDocument::laidOut()
{
    // The layout comes last: with a layout, every insertion would lay out the pages again.
    if (!m_laidOut) {
        m_laidOut = true;
        m_document.documentLayout()->setPaintDevice(m_device);
        m_document.documentLayout()->registerHandler(ChartTextObject::objectType, m_charts);
        m_document.setPageSize(m_body);
    }
    return m_document;
}

ReportDocument::~ReportDocument() = default;

void ReportDocument::block(const QTextCharFormat &format, double spaceBefore, double spaceAfter,
                           bool breakBefore)
{
    QTextBlockFormat b;
    b.setTopMargin(spaceBefore * formatMm);
    b.setBottomMargin(spaceAfter * formatMm);
    if (breakBefore || m_breakNext)
        b.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    m_breakNext = false;
    if (m_empty) {
        m_cursor.setBlockFormat(b);
        m_cursor.setBlockCharFormat(format);
        m_cursor.setCharFormat(format);
        m_empty = false;
    } else {
        m_cursor.movePosition(QTextCursor::End);
        m_cursor.insertBlock(b, format);
    }
}

void ReportDocument::title(const QString &text, const QString &subtitle)
{
    block(textFormat(18, true), 0, 1.5);
    m_cursor.insertText(text);
    if (!subtitle.isEmpty()) {
        block(textFormat(10.5, false, muted), 0, 4);
        m_cursor.insertText(subtitle);
    }
}

void ReportDocument::heading(const QString &text)
{
    block(textFormat(12.5, true), 5, 2);
    m_cursor.insertText(text);
}

void ReportDocument::paragraph(const QString &text, bool small)
{
    block(textFormat(small ? 7.5 : 9, false, small ? muted : ink), 0, small ? 0.8 : 2);
    m_cursor.insertText(text);
}

void ReportDocument::chart(ReportChart chart)
{
    block(textFormat(9), 2, 4);
    QTextCharFormat object;
    object.setObjectType(ChartTextObject::objectType);
    object.setProperty(ChartTextObject::indexProperty, m_charts->add(std::move(chart)));
    m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
}

void ReportDocument::pageBreak()
{
    if (!m_empty)
        m_breakNext = true;
}

ReportDocument::TableWriter ReportDocument::table(const QStringList &header,
                                                  const QList<int> &widths,
                                                  const QList<Qt::Alignment> &align, int rows)
{
    block(textFormat(4), 0, 0);
    QTextTableFormat format;
    format.setHeaderRowCount(1);
    format.setBorder(0.2 * formatMm);
    format.setBorderBrush(QColor(0xc8, 0xc8, 0xc8));
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderCollapse(true);
    format.setCellPadding(0.9 * formatMm);
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> constraints;
    for (int w : widths)
        constraints.append(QTextLength(QTextLength::PercentageLength, w));
    format.setColumnWidthConstraints(constraints);
    format.setBottomMargin(3 * formatMm);
    QTextTable *table = m_cursor.insertTable(rows + 1, int(header.size()), format);
    QTextTableCellFormat head;
    head.setBackground(QColor(0xec, 0xef, 0xf3));
    head.setFontWeight(QFont::Bold);
    head.setFontPointSize(8);
    for (int c = 0; c < header.size(); ++c) {
        QTextTableCell cell = table->cellAt(0, c);
        cell.setFormat(head);
        QTextCursor at = cell.firstCursorPosition();
        QTextBlockFormat b;
        b.setAlignment(align.value(c, Qt::AlignLeft));
        at.setBlockFormat(b);
        at.insertText(header.at(c), head);
    }
    QTextCursor cursor = table->cellAt(rows > 0 ? 1 : 0, 0).firstCursorPosition();
    return TableWriter(cursor, table, rows, align);
}

ReportDocument::TableWriter::TableWriter(QTextCursor cursor, QTextTable *table, int rows,
                                         QList<Qt::Alignment> align)
    : m_cursor(std::move(cursor))
    , m_table(table)
    , m_rowsLeft(rows)
    , m_align(std::move(align))
{}

void ReportDocument::TableWriter::addRow(const QStringList &cells, const QList<QColor> &colours,
                                         bool bold)
{
    if (m_rowsLeft <= 0)
        return;
    for (int c = 0; c < m_table->columns(); ++c) {
        QTextCharFormat f = textFormat(8, bold, colours.value(c, ink));
        if (!colours.value(c).isValid())
            f.setForeground(ink);
        QTextBlockFormat b;
        b.setAlignment(m_align.value(c, Qt::AlignLeft));
        m_cursor.setBlockFormat(b);
        m_cursor.insertText(cells.value(c), f);
        m_cursor.movePosition(QTextCursor::NextCell);
    }
    --m_rowsLeft;
}

void ReportDocument::TableWriter::finish()
{
    if (m_rowsLeft > 0)
        m_table->removeRows(m_table->rows() - m_rowsLeft, m_rowsLeft);
    m_rowsLeft = 0;
}

void ReportDocument::footnotes(const QStringList &notes)
{
    for (int i = 0; i < notes.size(); ++i) {
        block(textFormat(7.5, false, muted), i == 0 ? 1 : 0, 0.6);
        m_cursor.insertText(mark(i + 1) + u' ' + notes.at(i));
    }
}

QString ReportDocument::mark(int n)
{
    static const QChar digits[] = {u'⁰', u'¹', u'²', u'³', u'⁴', u'⁵', u'⁶', u'⁷', u'⁸', u'⁹'};
    QString out;
    for (const QChar d : QString::number(n))
        out.append(digits[d.digitValue()]);
    return out;
}

} // namespace pinedesk
