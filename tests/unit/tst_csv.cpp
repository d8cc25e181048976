#include "csv/CsvFormat.h"
#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using pinedesk::CsvFormat;
using pinedesk::CsvReader;
using pinedesk::CsvRecord;
using pinedesk::CsvWriter;

// CSV as vendors get it from Stripe, Gumroad, Excel or LibreOffice: delimiters, encodings,
// line endings and quoting are detected, records stream with their line numbers, and what
// PineDesk writes is read back identically and is safe to open in a spreadsheet.
class TestCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectsDelimiter_data();
    void detectsDelimiter();
    void detectsBomAndSkipsIt();
    void detectsLatin1();
    void utf8CutAtTheEndOfASampleIsStillUtf8();
    void detectsCrlfAndStripsIt();
    void quotedNewlinesAndDoubledQuotes();
    void blankLinesAndUnterminatedQuote();
    void lenientAboutStrayQuotes();
    void writerQuotesOnlyWhatNeedsIt();
    void writerGuardsFormulas();
    void writerBytes();
    void roundTripAcrossChunks();

private:
    static QList<CsvRecord> readAll(const QByteArray &bytes, CsvFormat format);
};

QList<CsvRecord> TestCsv::readAll(const QByteArray &bytes, CsvFormat format)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, format);
    QList<CsvRecord> records;
    while (auto r = reader.next())
        records.append(*r);
    return records;
}

void TestCsv::detectsDelimiter_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QChar>("delimiter");
    // Each sample also holds the other candidates inside quotes or values, which must not win.
    QTest::newRow("comma") << QByteArray(
                                  "name,email,notes\n\"Doe; Jane\",j@x.io,a|b\nBo,b@x.io,\"x;y\"\n")
                           << QChar(u',');
    QTest::newRow("semicolon")
        << QByteArray("name;email;amount\n\"Doe, Jane\";j@x.io;12,50\nBo;b@x.io;3,00\n")
        << QChar(u';');
    QTest::newRow("tab") << QByteArray("name\temail\tnote\nJane, D\tj@x.io\ta;b\nBo\tb@x.io\t\n")
                         << QChar(u'\t');
    QTest::newRow("bar") << QByteArray("name|email|note\nJane, D|j@x.io|a;b\nBo|b@x.io|c\n")
                         << QChar(u'|');
}

void TestCsv::detectsDelimiter()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QChar, delimiter);
    const CsvFormat format = CsvFormat::detect(bytes, true);
    QCOMPARE(format.delimiter, delimiter);
    QCOMPARE(format.encoding, CsvFormat::Encoding::Utf8);
    const auto records = readAll(bytes, format);
    QCOMPARE(records.size(), 3);
    for (const CsvRecord &r : records)
        QCOMPARE(r.fields.size(), 3);
}

void TestCsv::detectsBomAndSkipsIt()
{
    const QByteArray bytes = "\xEF\xBB\xBF"
                             "username,name\nalice,Ana Mar\xC3\xAD"
                             "a\n";
    const CsvFormat format = CsvFormat::detect(bytes, true);
    QCOMPARE(format.encoding, CsvFormat::Encoding::Utf8WithBom);
    const auto records = readAll(bytes, format);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records[0].fields.first(), u"username"_s); // no U+FEFF glued to the header
    QCOMPARE(records[1].fields[1], u"Ana María"_s);
}

void TestCsv::detectsLatin1()
{
    // "Müller" and "Köln" as Excel on Windows writes them: one byte each for ü and ö.
    const QByteArray bytes = "name;city\nM\xFCller;K\xF6ln\n";
    const CsvFormat format = CsvFormat::detect(bytes, true);
    QCOMPARE(format.encoding, CsvFormat::Encoding::Latin1);
    QCOMPARE(format.delimiter, QChar(u';'));
    const auto records = readAll(bytes, format);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records[1].fields, (QStringList{u"Müller"_s, u"Köln"_s}));
    // The same text in UTF-8 is UTF-8.
    const QByteArray utf8 = QString(u"name;city\nMüller;Köln\n"_s).toUtf8();
    QCOMPARE(CsvFormat::detect(utf8, true).encoding, CsvFormat::Encoding::Utf8);
}

void TestCsv::utf8CutAtTheEndOfASampleIsStillUtf8()
{
    QByteArray bytes = "a,b\n";
    bytes += QString(u"x,é\n"_s).repeated(10).toUtf8();
    bytes += "x,\xC3"; // the sample stops inside "é"
    QCOMPARE(CsvFormat::detect(bytes, false).encoding, CsvFormat::Encoding::Utf8);
    // When that is the whole file, the byte is not UTF-8.
    QCOMPARE(CsvFormat::detect(bytes, true).encoding, CsvFormat::Encoding::Latin1);
}

void TestCsv::detectsCrlfAndStripsIt()
{
    const QByteArray bytes = "a,b\r\n1,\"two\r\nlines\"\r\n3,4\r\n";
    const CsvFormat format = CsvFormat::detect(bytes, true);
    QVERIFY(format.crlf);
    QVERIFY(format.usesQuotes);
    QVERIFY(!CsvFormat::detect("a,b\n1,2\n", true).crlf);
    const auto records = readAll(bytes, format);
    QCOMPARE(records.size(), 3);
    QCOMPARE(records[0].fields, (QStringList{u"a"_s, u"b"_s}));
    QCOMPARE(records[1].fields, (QStringList{u"1"_s, u"two\r\nlines"_s}));
    QCOMPARE(records[2].fields, (QStringList{u"3"_s, u"4"_s}));
    QCOMPARE(records[2].line, 4); // the quoted line break counts as a line
}

void TestCsv::quotedNewlinesAndDoubledQuotes()
{
    const QByteArray bytes = "id,note\n"
                             "1,\"He said \"\"hi\"\"\"\n"
                             "2,\"first\nsecond\nthird\"\n"
                             "3,\"a,b\"\n"
                             "4,\"\"\n";
    const auto records = readAll(bytes, CsvFormat::detect(bytes, true));
    QCOMPARE(records.size(), 5);
    QCOMPARE(records[1].fields[1], u"He said \"hi\""_s);
    QCOMPARE(records[2].fields[1], u"first\nsecond\nthird"_s);
    QCOMPARE(records[3].fields[1], u"a,b"_s);
    QCOMPARE(records[4].fields[1], QString());
    QCOMPARE(records[0].line, 1);
    QCOMPARE(records[1].line, 2);
    QCOMPARE(records[2].line, 3);
    QCOMPARE(records[3].line, 6);
    QCOMPARE(records[4].line, 7);
    QCOMPARE(records[3].raw, u"3,\"a,b\""_s);
}

void TestCsv::blankLinesAndUnterminatedQuote()
{
    const QByteArray bytes = "a,b\n\n1,2\n   \n3,\"never closed\n4,5\n";
    const auto records = readAll(bytes, CsvFormat());
    QCOMPARE(records.size(), 3);
    QCOMPARE(records[1].line, 3);
    QVERIFY(!records[1].unterminatedQuote);
    QCOMPARE(records[2].line, 5);
    QVERIFY(records[2].unterminatedQuote);
}

void TestCsv::lenientAboutStrayQuotes()
{
    const auto records = readAll("name,size\nThe 12\" pizza,big\n  \"quoted\" ,x\n", CsvFormat());
    QCOMPARE(records.size(), 3);
    QCOMPARE(records[1].fields, (QStringList{u"The 12\" pizza"_s, u"big"_s}));
    QCOMPARE(records[2].fields, (QStringList{u"quoted "_s, u"x"_s}));
}

void TestCsv::writerQuotesOnlyWhatNeedsIt()
{
    QCOMPARE(CsvWriter::formatField(u"plain"_s), u"plain"_s);
    QCOMPARE(CsvWriter::formatField(u"a,b"_s), u"\"a,b\""_s);
    QCOMPARE(CsvWriter::formatField(u"say \"hi\""_s), u"\"say \"\"hi\"\"\""_s);
    QCOMPARE(CsvWriter::formatField(u"two\nlines"_s), u"\"two\nlines\""_s);
    QCOMPARE(CsvWriter::formatField(u"a;b"_s), u"a;b"_s);
    CsvWriter::Options semicolon;
    semicolon.delimiter = u';';
    QCOMPARE(CsvWriter::formatField(u"a;b"_s, semicolon), u"\"a;b\""_s);
    QCOMPARE(CsvWriter::formatField(QString()), QString());
}

void TestCsv::writerGuardsFormulas()
{
    QCOMPARE(CsvWriter::formatField(u"=HYPERLINK(\"http://evil\")"_s),
             u"\"'=HYPERLINK(\"\"http://evil\"\")\""_s);
    QCOMPARE(CsvWriter::formatField(u"+1"_s), u"'+1"_s);
    QCOMPARE(CsvWriter::formatField(u"-2+3"_s), u"'-2+3"_s);
    QCOMPARE(CsvWriter::formatField(u"@SUM(A1)"_s), u"'@SUM(A1)"_s);
    QCOMPARE(CsvWriter::formatField(u"\tx"_s), u"'\tx"_s);
    QCOMPARE(CsvWriter::formatField(u"\rx"_s), u"\"'\rx\""_s);
    QCOMPARE(CsvWriter::formatField(u"a=b"_s), u"a=b"_s);
    CsvWriter::Options off;
    off.guardFormulas = false;
    QCOMPARE(CsvWriter::formatField(u"=1"_s, off), u"=1"_s);
    QCOMPARE(CsvWriter::unguard(u"'=1+1"_s), u"=1+1"_s);
    QCOMPARE(CsvWriter::unguard(u"'quoted'"_s), u"'quoted'"_s);
}

void TestCsv::writerBytes()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer);
    QVERIFY(writer.writeRow({u"a"_s, u"b c"_s}));
    QVERIFY(writer.writeRow({u"ñ"_s, u"x,y"_s}));
    QVERIFY(writer.status());
    QCOMPARE(buffer.data(), QByteArray("\xEF\xBB\xBF"
                                       "a,b c\r\n\xC3\xB1,\"x,y\"\r\n"));

    QBuffer plain;
    plain.open(QIODevice::WriteOnly);
    CsvWriter::Options options;
    options.bom = false;
    options.crlf = false;
    options.delimiter = u'\t';
    CsvWriter tabs(plain, options);
    QVERIFY(tabs.writeRow({u"a"_s, u"b"_s}));
    QCOMPARE(plain.data(), QByteArray("a\tb\n"));

    QBuffer closed; // never opened: the write fails and says so
    CsvWriter failing(closed);
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): device not open");
    QVERIFY(!failing.writeRow({u"a"_s}));
    QVERIFY(!failing.status());
}

void TestCsv::roundTripAcrossChunks()
{
    // Enough data for many 64 KiB reads, with quotes, delimiters, CR LF, accents and emoji
    // landing on every chunk boundary.
    QRandomGenerator random(42);
    const QStringList pieces = {
        u"plain"_s, u"a,b"_s, u"\"q\""_s, u"line\r\nbreak"_s, u"ñandú"_s, u"😀"_s,    u"=1+1"_s,
        u" "_s,     u""_s,    u"x\ny"_s,  u"\"\""_s,          u"tab\t"_s, u"semi;"_s};
    QList<QStringList> rows;
    for (int i = 0; i < 20000; ++i) {
        QStringList row;
        const int n = 4;
        for (int f = 0; f < n; ++f) {
            QString cell;
            const int parts = random.bounded(4);
            for (int p = 0; p < parts; ++p)
                cell += pieces[random.bounded(int(pieces.size()))];
            row.append(cell);
        }
        row[0] = QString::number(i); // no row is blank
        rows.append(row);
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter::Options options;
    options.guardFormulas = false; // the round trip must be exact
    CsvWriter writer(buffer, options);
    for (const QStringList &row : rows)
        QVERIFY(writer.writeRow(row));
    const QByteArray bytes = buffer.data();
    QVERIFY(bytes.size() > 4 * 64 * 1024);

    const CsvFormat format = CsvFormat::detect(bytes.left(CsvFormat::sampleSize), false);
    QCOMPARE(format.delimiter, QChar(u','));
    QCOMPARE(format.encoding, CsvFormat::Encoding::Utf8WithBom);
    QVERIFY(format.crlf);
    const auto records = readAll(bytes, format);
    QCOMPARE(records.size(), rows.size());
    qint64 line = 1;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QCOMPARE(records[i].fields, rows[i]);
        QCOMPARE(records[i].line, line);
        line += 1 + rows[i].join(u' ').count(u'\n');
    }
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
