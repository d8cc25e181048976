#include "CsvFormat.h"

#include <QList>
#include <QStringDecoder>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

constexpr char16_t candidates[] = {u',', u';', u'\t', u'|'};
constexpr int linesToCompare = 20;

// Bytes at the end of `data` that start a UTF-8 sequence the sample cut short.
qsizetype incompleteTail(const QByteArray &data)
{
    for (qsizetype back = 1; back <= 3 && back <= data.size(); ++back) {
        const auto byte = static_cast<unsigned char>(data.at(data.size() - back));
        if ((byte & 0xC0) == 0x80)
            continue; // a continuation byte: look further back for the lead byte
        int needed = 1;
        if ((byte & 0xE0) == 0xC0)
            needed = 2;
        else if ((byte & 0xF0) == 0xE0)
            needed = 3;
        else if ((byte & 0xF8) == 0xF0)
            needed = 4;
        return needed > back ? back : 0;
    }
    return 0;
}

bool isValidUtf8(const QByteArray &data)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(data);
    Q_UNUSED(decoded) // decoding is what sets hasError()
    return !decoder.hasError();
}

// Field counts of the first records when split with `delimiter`, respecting quotes.
QList<int> fieldCounts(QStringView text, QChar delimiter, bool &sawQuote)
{
    QList<int> counts;
    int fields = 1;
    bool inQuotes = false;
    bool lineHasContent = false;
    for (qsizetype i = 0; i < text.size() && counts.size() < linesToCompare; ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"')
                    ++i;
                else
                    inQuotes = false;
            }
            continue;
        }
        if (c == u'"') {
            inQuotes = true;
            sawQuote = true;
            lineHasContent = true;
        } else if (c == delimiter) {
            ++fields;
            lineHasContent = true;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            if (lineHasContent)
                counts.append(fields);
            fields = 1;
            lineHasContent = false;
        } else if (!c.isSpace()) {
            lineHasContent = true;
        }
    }
    if (lineHasContent && counts.size() < linesToCompare)
        counts.append(fields);
    return counts;
}

// How well a delimiter explains the sample: the number of lines that have the header's field
// count, when that count is above one; zero when it does not split anything.
int score(const QList<int> &counts)
{
    if (counts.isEmpty() || counts.first() < 2)
        return 0;
    int same = 0;
    for (int n : counts)
        same += n == counts.first() ? 1 : 0;
    return same * 1000 + counts.first();
}

} // namespace

CsvFormat CsvFormat::detect(const QByteArray &sampleIn, bool complete)
{
    CsvFormat format;
    QByteArray sample = sampleIn.left(sampleSize);
    complete = complete && sample.size() == sampleIn.size();
    if (sample.startsWith("\xEF\xBB\xBF")) {
        format.encoding = Encoding::Utf8WithBom;
        sample = sample.mid(3);
    } else {
        const QByteArray checked = complete ? sample : sample.chopped(incompleteTail(sample));
        format.encoding = isValidUtf8(checked) ? Encoding::Utf8 : Encoding::Latin1;
    }
    const QString text =
        format.encoding == Encoding::Latin1
            ? QString::fromLatin1(sample)
            : QString::fromUtf8(sample.chopped(complete ? 0 : incompleteTail(sample)));

    int best = 0;
    for (char16_t candidate : candidates) {
        bool sawQuote = false;
        const int s = score(fieldCounts(text, QChar(candidate), sawQuote));
        if (s > best) {
            best = s;
            format.delimiter = QChar(candidate);
        }
        format.usesQuotes = format.usesQuotes || sawQuote;
    }

    // The first line break outside quotes tells the line ending.
    bool inQuotes = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'"')
            inQuotes = !inQuotes;
        else if (!inQuotes && (c == u'\n' || c == u'\r')) {
            format.crlf = c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n';
            break;
        }
    }
    return format;
}

QString CsvFormat::encodingName() const
{
    switch (encoding) {
    case Encoding::Utf8:
        return tr("UTF-8");
    case Encoding::Utf8WithBom:
        return tr("UTF-8 with BOM");
    case Encoding::Latin1:
        return tr("Latin-1 (ISO 8859-1)");
    }
    return {};
}

QString CsvFormat::delimiterName() const
{
    switch (delimiter.unicode()) {
    case u';':
        return tr("semicolon");
    case u'\t':
        return tr("tab");
    case u'|':
        return tr("vertical bar");
    default:
        return tr("comma");
    }
}

} // namespace pinedesk
