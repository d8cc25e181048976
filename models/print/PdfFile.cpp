#include "PdfFile.h"

#include "ReportDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QDateTime>
#include <QFontMetricsF>
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

Expected<int> PdfFile::write(const QString &path, const Build &build,
                             const std::atomic<bool> &cancel, const Progress &progress) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Expected<int>::failure(tr("%1 cannot be written: %2").arg(path, file.errorString()));
    QPdfWriter writer(&file);
    writer.setResolution(resolution);
    writer.setPageSize(m_setup.pageSize());
    writer.setPageMargins(QMarginsF(16, 12, 16, 12), QPageLayout::Millimeter);
    writer.setTitle(m_title);
    writer.setCreator(u"PineDesk"_s);
    const double mm = resolution / 25.4;
    const double width = writer.width();
    const double bodyHeight = writer.height() - (headerMm + footerMm) * mm;

    ReportDocument report(writer, QSizeF(width, bodyHeight));
    if (const Status s = build(report); !s) {
        file.cancelWriting();
        return Expected<int>::failure(s.error());
    }
    if (cancel.load()) {
        file.cancelWriting();
        return Expected<int>::failure(cancelledMessage());
    }
    QTextDocument &document = report.laidOut();
    const int pages = document.pageCount();
    const QString vendor = m_setup.vendor.isEmpty() ? u"PineDesk"_s : m_setup.vendor;
    const QString made = tr("Made with PineDesk on %1")
                             .arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat));

    QPainter painter;
    if (!painter.begin(&writer)) {
        file.cancelWriting();
        return Expected<int>::failure(
            tr("%1 cannot be written: the PDF could not start.").arg(path));
    }
    QFont small = document.defaultFont();
    small.setPointSizeF(7.5);
    for (int page = 0; page < pages; ++page) {
        if (cancel.load()) {
            painter.end();
            file.cancelWriting();
            return Expected<int>::failure(cancelledMessage());
        }
        if (page > 0)
            writer.newPage();
        painter.setFont(small);
        const QFontMetricsF fm(small, &writer);
        painter.setPen(QColor(0x5a, 0x5a, 0x5a));
        const double headBase = fm.ascent();
        painter.drawText(QPointF(0, headBase), vendor);
        painter.drawText(QPointF(width - fm.horizontalAdvance(m_title), headBase), m_title);
        painter.setPen(QPen(QColor(0xc8, 0xc8, 0xc8), 0.25 * mm));
        painter.drawLine(QPointF(0, fm.height() + mm), QPointF(width, fm.height() + mm));

        painter.save();
        painter.translate(0, headerMm * mm - page * bodyHeight);
        document.drawContents(&painter, QRectF(0, page * bodyHeight, width, bodyHeight));
        painter.restore();

        const double footTop = headerMm * mm + bodyHeight + footerMm * mm - fm.height();
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
    if (!file.commit())
        return Expected<int>::failure(tr("%1 cannot be written: %2").arg(path, file.errorString()));
    return pages;
}

} // namespace pinedesk
