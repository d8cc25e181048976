#pragma once

#include <QString>
#include <QStringList>

namespace pinedesk {

// One record of a CSV file: its fields, the 1-based line it starts on (a quoted field with
// line breaks makes a record span several lines) and its text as written, for error reports.
struct CsvRecord
{
    QStringList fields;
    qint64 line = 0;
    QString raw;
    bool unterminatedQuote = false; // a quoted field ran to the end of the file
};

} // namespace pinedesk
