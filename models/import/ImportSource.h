#pragma once

#include "ClientImporter.h"
#include "csv/CsvRecord.h"

#include <QCoreApplication>

namespace pinedesk {

// A CSV file looked at before importing it: its detected format, header row, the first lines
// (for a preview), the layout recognised from the header and the mapping that layout gives.
// Reads only the beginning of the file, so it is quick on any size.
struct ImportSource
{
    Q_DECLARE_TR_FUNCTIONS(ImportSource)

public:
    QString path;
    qint64 size = 0;
    CsvFormat format;
    QStringList header;
    QList<CsvRecord> firstLines; // data lines after the header
    ImportLayout layout;
    ColumnMapping mapping;

    // Fails with a sentence for the vendor: unreadable, empty, or not text.
    static Expected<ImportSource> open(const QString &path, int previewLines = 20);
    // What to give ClientImporter::run for this file (payments on when an amount is mapped).
    ClientImporter::Options options() const;
};

} // namespace pinedesk
