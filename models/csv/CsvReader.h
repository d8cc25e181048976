#pragma once

#include "CsvFormat.h"
#include "CsvRecord.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringDecoder>

#include <optional>

namespace pinedesk {

// Reads CSV records one at a time from a device, decoding as it goes (64 KiB at a time), so a
// large file never sits in memory as text. Quoted fields may hold delimiters, doubled quotes
// and line breaks; CR LF, LF and lone CR all end a record; blank lines are skipped. Lenient
// like a spreadsheet: a stray quote inside an unquoted field is kept as a character.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    CsvReader(QIODevice &device, const CsvFormat &format);

    // The next record, or nullopt at the end of the data or on a read error (see error()).
    std::optional<CsvRecord> next();
    // Bytes taken from the device so far (for progress against its size).
    qint64 bytesRead() const { return m_bytesRead; }
    QString error() const { return m_error; }

private:
    // Parses the record starting at m_pos. Returns the position after it, or -1 when the
    // buffer ends before the record does and more data may come.
    qsizetype parse(CsvRecord &record, qint64 &extraLines);
    bool fill();

    QIODevice &m_device;
    CsvFormat m_format;
    QStringDecoder m_decoder;
    QString m_buffer;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qint64 m_bytesRead = 0;
    bool m_eof = false;
    bool m_first = true;
    QString m_error;
};

} // namespace pinedesk
