#include "CsvReader.h"

namespace pinedesk {

namespace {

constexpr qint64 chunkSize = 64 * 1024;

} // namespace

CsvReader::CsvReader(QIODevice &device, const CsvFormat &format)
    : m_device(device)
    , m_format(format)
    , m_decoder(format.encoding == CsvFormat::Encoding::Latin1 ? QStringDecoder::Latin1
                                                               : QStringDecoder::Utf8)
{}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    // Drop what was consumed, so the buffer holds at most one record plus one chunk.
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const QByteArray bytes = m_device.read(chunkSize);
    if (bytes.isEmpty()) {
        if (!m_device.atEnd())
            m_error = tr("The file could not be read to the end: %1").arg(m_device.errorString());
        m_eof = true;
        return false;
    }
    m_bytesRead += bytes.size();
    QString text = m_decoder.decode(bytes);
    if (m_first) {
        m_first = false;
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
    }
    m_buffer += text;
    return true;
}

qsizetype CsvReader::parse(CsvRecord &record, qint64 &extraLines)
{
    const QChar delimiter = m_format.delimiter;
    const qsizetype size = m_buffer.size();
    const QChar *data = m_buffer.constData();
    QString field;
    bool inQuotes = false;
    bool quoted = false; // the current field started with a quote
    extraLines = 0;
    record.fields.clear();
    record.unterminatedQuote = false;

    qsizetype i = m_pos;
    while (true) {
        if (i >= size) {
            if (!m_eof)
                return -1;
            record.unterminatedQuote = inQuotes;
            record.fields.append(field);
            record.raw = m_buffer.mid(m_pos, i - m_pos);
            return i;
        }
        const QChar c = data[i];
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 >= size && !m_eof)
                    return -1; // is it "" or the end of the field? the next chunk tells
                if (i + 1 < size && data[i + 1] == u'"') {
                    field += u'"';
                    i += 2;
                } else {
                    inQuotes = false;
                    ++i;
                }
                continue;
            }
            if (c == u'\n' || (c == u'\r' && !(i + 1 < size && data[i + 1] == u'\n')))
                ++extraLines;
            field += c;
            ++i;
            continue;
        }
        if (c == delimiter) {
            record.fields.append(field);
            field.clear();
            quoted = false;
            ++i;
        } else if (c == u'"' && !quoted && field.trimmed().isEmpty()) {
            field.clear(); // blanks before an opening quote do not count
            inQuotes = true;
            quoted = true;
            ++i;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 >= size && !m_eof)
                return -1; // CR LF split across chunks
            record.fields.append(field);
            record.raw = m_buffer.mid(m_pos, i - m_pos);
            const bool crlf = c == u'\r' && i + 1 < size && data[i + 1] == u'\n';
            return i + (crlf ? 2 : 1);
        } else {
            field += c;
            ++i;
        }
    }
}

std::optional<CsvRecord> CsvReader::next()
{
    while (true) {
        if (m_pos >= m_buffer.size() && !fill())
            return std::nullopt;
        CsvRecord record;
        qint64 extraLines = 0;
        qsizetype end = parse(record, extraLines);
        while (end < 0) {
            if (!fill())
                m_eof = true; // parse again, now knowing that nothing follows
            end = parse(record, extraLines);
        }
        record.line = m_line;
        m_line += 1 + extraLines;
        m_pos = end;
        const bool blank = record.fields.size() == 1 && record.fields.first().trimmed().isEmpty() &&
                           !record.unterminatedQuote;
        if (!blank)
            return record;
    }
}

} // namespace pinedesk
