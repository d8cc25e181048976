#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace pinedesk {

// A long list for paper (every client of a hundred thousand): a title block, then one line per
// row under a header row repeated on every page. Cells too long for their column end in "…".
struct PdfTable
{
    QString title;
    QString subtitle;
    QString summary;
    QStringList header;
    QList<int> widths; // shares of the width, per cent
    QList<Qt::Alignment> align;
    QList<QStringList> rows;
};

} // namespace pinedesk
