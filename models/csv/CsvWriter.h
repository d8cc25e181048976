#pragma once

#include "domain/Expected.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>

namespace pinedesk {

// Writes RFC 4180 CSV: fields holding the delimiter, a quote or a line break are quoted, quotes
// doubled, lines end with CR LF. UTF-8, with a BOM by default so that spreadsheets read accents
// right. Cells that a spreadsheet would run as a formula (starting with = + - @ TAB or CR) get
// a leading apostrophe, so an exported name like "=HYPERLINK(...)" stays text.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    struct Options
    {
        QChar delimiter = u',';
        bool bom = true;
        bool crlf = true;
        bool guardFormulas = true;
    };

    explicit CsvWriter(QIODevice &device);
    CsvWriter(QIODevice &device, Options options);

    // Writes one record (the BOM goes before the first one). False once a write failed.
    bool writeRow(const QStringList &fields);
    // The message of the first failed write, empty while all went well.
    Status status() const;

    // One field as it is written (quoted and guarded as needed).
    static QString formatField(const QString &value, const Options &options);
    static QString formatField(const QString &value) { return formatField(value, Options()); }
    // "'=1+1" -> "=1+1": undoes the formula guard on a cell read back from a PineDesk export.
    static QString unguard(const QString &value);

private:
    QIODevice &m_device;
    Options m_options;
    bool m_started = false;
    QString m_error;
};

} // namespace pinedesk
