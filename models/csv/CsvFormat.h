#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace pinedesk {

// How a CSV file is written: its delimiter, text encoding and line ending. detect() reads the
// first bytes of a file the way a person would guess: a BOM or valid UTF-8 is UTF-8, anything
// else is Latin-1; the delimiter is the one of , ; TAB | that splits the first lines into the
// same number of fields (quoted fields, with embedded delimiters or newlines, are respected).
struct CsvFormat
{
    Q_DECLARE_TR_FUNCTIONS(CsvFormat)

public:
    enum class Encoding { Utf8, Utf8WithBom, Latin1 };

    QChar delimiter = u',';
    Encoding encoding = Encoding::Utf8;
    bool crlf = false;       // lines end with CR LF (else LF)
    bool usesQuotes = false; // at least one quoted field was seen in the sample

    // `sample` is the beginning of the file (detection reads at most sampleSize bytes of it);
    // `complete` says whether it is the whole file (a multi-byte character cut at the end of a
    // partial sample does not make it Latin-1).
    static CsvFormat detect(const QByteArray &sample, bool complete);
    static constexpr qsizetype sampleSize = 64 * 1024;

    // "UTF-8", "UTF-8 with BOM", "Latin-1 (ISO 8859-1)".
    QString encodingName() const;
    // "comma", "semicolon", "tab", "vertical bar".
    QString delimiterName() const;

    friend bool operator==(const CsvFormat &, const CsvFormat &) = default;
};

} // namespace pinedesk
