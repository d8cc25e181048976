#pragma once

#include "domain/Expected.h"
#include "store/StoreContext.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QString>

namespace pinedesk {

// How a PDF report is laid out on paper: A4 or US Letter (chosen once for the business, with
// the locale's usual paper as the default), and the vendor's name for the page headers.
struct PageSetup
{
    Q_DECLARE_TR_FUNCTIONS(PageSetup)

public:
    enum class Paper { A4, Letter };
    static inline const QString paperKey = QStringLiteral("reports.paper");

    Paper paper = Paper::A4;
    QString vendor; // the business's name, as the e-mails sign; empty: none in the header

    QPageSize pageSize() const;
    static QString paperName(Paper paper);
    static QString paperCode(Paper paper); // "a4", "letter"
    // "a4" / "letter" (any case); a clear sentence otherwise.
    static Expected<Paper> parsePaper(const QString &text);
    // Letter where the locale measures in US units, A4 elsewhere.
    static Paper localePaper();

    // The business's paper and name from the database.
    static PageSetup load(StoreContext context);
    static Status savePaper(StoreContext context, Paper paper);
};

} // namespace pinedesk
