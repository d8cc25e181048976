#pragma once

#include "ReportChart.h"

#include <QColor>
#include <QList>
#include <QStringList>
#include <QTextCursor>
#include <QTextDocument>

class QPaintDevice;

namespace pinedesk {

class ChartTextObject;

// A printed report as it is written: titles, paragraphs, tables whose header row repeats on
// every page, vector charts and numbered footnotes, laid out for one paint device (the PDF) in
// a body of a given size. PdfFile puts it on pages with the header and footer.
class ReportDocument
{
public:
    // Fills the rows of a table in order; made by table().
    class TableWriter
    {
    public:
        // One cell per column; colours (optional, per cell) repeat what the text says.
        void addRow(const QStringList &cells, const QList<QColor> &colours = {}, bool bold = false);
        int rowsLeft() const { return m_rowsLeft; }
        // Drops the rows allocated but not written (a cancelled or shorter read).
        void finish();

    private:
        friend class ReportDocument;
        TableWriter(QTextCursor cursor, QTextTable *table, int rows, QList<Qt::Alignment> align);

        QTextCursor m_cursor;
        QTextTable *m_table;
        int m_rowsLeft;
        QList<Qt::Alignment> m_align;
    };

    ReportDocument(QPaintDevice &device, const QSizeF &body);
    ~ReportDocument();
    ReportDocument(const ReportDocument &) = delete;
    ReportDocument &operator=(const ReportDocument &) = delete;

    // The document laid out on the pages (written first, laid out once).
    QTextDocument &laidOut();
    double millimetre() const { return m_mm; }

    void title(const QString &text, const QString &subtitle = {});
    void heading(const QString &text);
    void paragraph(const QString &text, bool small = false);
    void chart(ReportChart chart);
    // What follows starts on a new page.
    void pageBreak();
    // A table of `rows` rows under a header that repeats on every page. `widths` are shares of
    // the width in per cent, `align` the alignment of each column (numbers to the right).
    TableWriter table(const QStringList &header, const QList<int> &widths,
                      const QList<Qt::Alignment> &align, int rows);
    // Numbered notes, small, in the order of their marks.
    void footnotes(const QStringList &notes);
    // "¹", "²"...: the mark of the n-th footnote (1-based).
    static QString mark(int n);

private:
    void block(const QTextCharFormat &format, double spaceBefore, double spaceAfter,
               bool breakBefore = false);

    QTextDocument m_document;
    QTextCursor m_cursor;
    ChartTextObject *m_charts;
    QPaintDevice *m_device;
    QSizeF m_body;
    double m_mm;
    bool m_laidOut = false;
    bool m_empty = true;
    bool m_breakNext = false;
};

} // namespace pinedesk
