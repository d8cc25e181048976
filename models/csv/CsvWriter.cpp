#include "CsvWriter.h"

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

bool startsLikeFormula(const QString &value)
{
    if (value.isEmpty())
        return false;
    const char16_t c = value.front().unicode();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

} // namespace

CsvWriter::CsvWriter(QIODevice &device)
    : CsvWriter(device, Options())
{}

CsvWriter::CsvWriter(QIODevice &device, Options options)
    : m_device(device)
    , m_options(options)
{}

QString CsvWriter::formatField(const QString &value, const Options &options)
{
    QString text = value;
    if (options.guardFormulas && startsLikeFormula(text))
        text.prepend(u'\'');
    const bool needsQuotes = text.contains(options.delimiter) || text.contains(u'"') ||
                             text.contains(u'\n') || text.contains(u'\r');
    if (!needsQuotes)
        return text;
    text.replace(u"\""_s, u"\"\""_s);
    return u'"' + text + u'"';
}

QString CsvWriter::unguard(const QString &value)
{
    if (value.size() >= 2 && value.front() == u'\'' && startsLikeFormula(value.mid(1)))
        return value.mid(1);
    return value;
}

bool CsvWriter::writeRow(const QStringList &fields)
{
    if (!m_error.isEmpty())
        return false;
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += m_options.delimiter;
        line += formatField(fields[i], m_options);
    }
    line += m_options.crlf ? u"\r\n"_s : u"\n"_s;
    QByteArray bytes = line.toUtf8();
    if (!m_started) {
        m_started = true;
        if (m_options.bom)
            bytes.prepend("\xEF\xBB\xBF");
    }
    if (m_device.write(bytes) != bytes.size()) {
        m_error = tr("The file could not be written: %1").arg(m_device.errorString());
        return false;
    }
    return true;
}

Status CsvWriter::status() const
{
    return m_error.isEmpty() ? Status() : Status::failure(m_error);
}

} // namespace pinedesk
