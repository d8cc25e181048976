#include "PdfFile.h"

#include "ReportDocument.h"
#include "TablePainter.h"

#include <QAbstractTextDocumentLayout>
#include <QDateTime>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

constexpr int resolution = 300;
constexpr double headerMm = 11;
constexpr double footerMm = 9;

} // namespace

QString PdfFile::cancelledMessage()
{
    return tr("Report cancelled; no file was written.");
}

struct PdfFile::Sheet
{
    QSaveFile file;
    QPdfWriter writer;
    double width = 0;
    double bodyHeight = 0;

    Sheet(const QString &path, const PageSetup &setup, const QString &title)
        : file(path)
        , writer(&file)
    {
        writer.setResolution(resolution);
        writer.setPageSize(setup.pageSize());
        writer.setPageMargins(QMarginsF(16, 12, 16, 12), QPageLayout::Millimeter);
        writer.setTitle(title);
        writer.setCreator(u"PineDesk"_s);
        width = writer.width();
        bodyHeight = writer.height() - (headerMm + footerMm) * resolution / 25.4;
    }
};

Expected<int> PdfFile::write(const QString &path, const Build &build,
                             const std::atomic<bool> &cancel, const Progress &progress) const
{
    // The writer starts writing at the first page; until then the file stays closed.
    Sheet sheet(path, m_setup, m_title);
    ReportDocument report(sheet.writer, QSizeF(sheet.width, sheet.bodyHeight));
    if (const Status s = build(report); !s)
        return Expected<int>::failure(s.error());
    if (cancel.load())
        return Expected<int>::failure(cancelledMessage());
    QTextDocument &document = report.laidOut();
    return paginate(
        sheet, document.pageCount(),
        [&](QPainter &painter, int page) {
            painter.translate(0, -page * sheet.bodyHeight);
            document.drawContents(
                &painter, QRectF(0, page * sheet.bodyHeight, sheet.width, sheet.bodyHeight));
        },
        cancel, progress);
}

Expected<int> PdfFile::writeTable(const QString &path, const PdfTable &table,
                                  const std::atomic<bool> &cancel, const Progress &progress) const
{
    Sheet sheet(path, m_setup, m_title);
    const TablePainter painter(table, sheet.writer, QSizeF(sheet.width, sheet.bodyHeight));
    return paginate(
        sheet, painter.pageCount(), [&](QPainter &p, int page) { painter.paint(p, page); }, cancel,
        progress);
}

Expected<int> PdfFile::paginate(Sheet &sheet, int pages, const PaintBody &body,
                                const std::atomic<bool> &cancel, const Progress &progress) const
{
    const QString &path = sheet.file.fileName();
    if (!sheet.file.open(QIODevice::WriteOnly))
        return Expected<int>::failure(
            tr("%1 cannot be written: %2").arg(path, sheet.file.errorString()));
    const double mm = resolution / 25.4;
    const double width = sheet.width;
    const QString vendor = m_setup.vendor.isEmpty() ? u"PineDesk"_s : m_setup.vendor;
    const QString made = tr("Made with PineDesk on %1")
                             .arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat));
    QPainter painter;
    if (!painter.begin(&sheet.writer)) {
        sheet.file.cancelWriting();
        return Expected<int>::failure(
            tr("%1 cannot be written: the PDF could not start.").arg(path));
    }
    QFont small = QGuiApplication::font();
    small.setPointSizeF(7.5);
    small.setLetterSpacing(QFont::AbsoluteSpacing, 0.1);
    const QFontMetricsF fm(small, &sheet.writer);
    for (int page = 0; page < pages; ++page) {
        if (cancel.load()) {
            painter.end();
            sheet.file.cancelWriting();
            return Expected<int>::failure(cancelledMessage());
        }
        if (page > 0)
            sheet.writer.newPage();
        painter.setFont(small);
        painter.setPen(QColor(0x5a, 0x5a, 0x5a));
        painter.drawText(QPointF(0, fm.ascent()), vendor);
        painter.drawText(QPointF(width - fm.horizontalAdvance(m_title), fm.ascent()), m_title);
        painter.setPen(QPen(QColor(0xc8, 0xc8, 0xc8), 0.25 * mm));
        painter.drawLine(QPointF(0, fm.height() + mm), QPointF(width, fm.height() + mm));

        painter.save();
        painter.translate(0, headerMm * mm);
        body(painter, page);
        painter.restore();

        const double footTop = headerMm * mm + sheet.bodyHeight + footerMm * mm - fm.height();
        painter.setFont(small);
        painter.setPen(QPen(QColor(0xc8, 0xc8, 0xc8), 0.25 * mm));
        painter.drawLine(QPointF(0, footTop - mm), QPointF(width, footTop - mm));
        painter.setPen(QColor(0x5a, 0x5a, 0x5a));
        const QString number = tr("Page %1 of %2").arg(page + 1).arg(pages);
        painter.drawText(QPointF(0, footTop + fm.ascent()), made);
        painter.drawText(QPointF(width - fm.horizontalAdvance(number), footTop + fm.ascent()),
                         number);
        if (progress)
            progress(page + 1, pages);
    }
    painter.end();
    if (!sheet.file.commit())
        return Expected<int>::failure(
            tr("%1 cannot be written: %2").arg(path, sheet.file.errorString()));
    return pages;
}

} // namespace pinedesk
