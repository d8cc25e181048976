#pragma once

#include "PageSetup.h"
#include "PdfTable.h"
#include "domain/Expected.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

class QPainter;

namespace pinedesk {

class ReportDocument;

// Writes a report as a PDF: the report fills a ReportDocument laid out for the page, then each
// page is painted (vectors and embedded fonts) under a header with the vendor's name and the
// report's title, over a footer with the date and "Page n of m". The file appears only when
// complete: a cancel or a failure leaves nothing. Meant for a worker thread.
class PdfFile
{
    Q_DECLARE_TR_FUNCTIONS(PdfFile)

public:
    using Progress = std::function<void(qint64 done, qint64 total)>;
    // Fills the document; checks `cancel` itself on long reads. A failure stops the report.
    using Build = std::function<Status(ReportDocument &document)>;

    PdfFile(PageSetup setup, QString title)
        : m_setup(std::move(setup))
        , m_title(std::move(title))
    {}

    // The number of pages written.
    Expected<int> write(const QString &path, const Build &build, const std::atomic<bool> &cancel,
                        const Progress &progress = {}) const;

    // A long list, painted page by page without a text layout (see TablePainter).
    Expected<int> writeTable(const QString &path, const PdfTable &table,
                             const std::atomic<bool> &cancel, const Progress &progress = {}) const;

    static QString cancelledMessage();

private:
    struct Sheet;
    // Paints the body of page `page` (0-based), the origin at the body's top left.
    using PaintBody = std::function<void(QPainter &painter, int page)>;
    Expected<int> paginate(Sheet &sheet, int pages, const PaintBody &body,
                           const std::atomic<bool> &cancel, const Progress &progress) const;

    PageSetup m_setup;
    QString m_title;
};

} // namespace pinedesk
