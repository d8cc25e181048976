#include "TestDatabase.h"
#include "bulk/BulkRecipients.h"
#include "crm/SegmentStore.h"
#include "store/ClientStore.h"
#include "store/Transaction.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pinedesk;
using namespace pinedesk::test;
using namespace Qt::Literals::StringLiterals;

// Step 1 of the bulk wizard: usernames from a paste, a CSV column, a saved segment or a
// selection, all cleaned the same way.
class TestBulkRecipients : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pastedListInAnyShape();
    void listFromASelection();
    void csvColumnIsSuggestedAndRead();
    void csvWithoutHeader();
    void csvErrorsAreSentences();
    void segmentIsReadPageByPage();

private:
    QString writeFile(const QByteArray &bytes);
    QTemporaryDir m_dir;
};

QString TestBulkRecipients::writeFile(const QByteArray &bytes)
{
    static int n = 0;
    const QString path = m_dir.filePath(u"list%1.csv"_s.arg(++n));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}

void TestBulkRecipients::pastedListInAnyShape()
{
    const auto r = BulkRecipients::fromText(
        u"@alice, bob;carol\n\n  dave\tEve  @\n@Alice, BOB ,  , frank_01; bad name!, x-y\r\n"_s);
    QCOMPARE(r.usernames, (QStringList{u"alice"_s, u"bob"_s, u"carol"_s, u"dave"_s, u"Eve"_s,
                                       u"frank_01"_s, u"bad"_s, u"x-y"_s}));
    QCOMPARE(r.duplicates, 2);
    QCOMPARE(r.rejected.size(), 1);
    QVERIFY(r.rejected.first().startsWith(u"name!"_s));
    QCOMPARE(r.audience, u"pasted list"_s);
    QCOMPARE(r.summary(),
             u"8 username(s) · 2 duplicate(s) merged · 1 entry(ies) are not usernames"_s);
    QCOMPARE(BulkRecipients::fromText(u"  \n , ; @ "_s).usernames, QStringList());
}

void TestBulkRecipients::listFromASelection()
{
    const auto r = BulkRecipients::fromList({u"@Zed"_s, u"zed"_s, u""_s, u"amy"_s}, u"VIP"_s);
    QCOMPARE(r.usernames, (QStringList{u"Zed"_s, u"amy"_s}));
    QCOMPARE(r.duplicates, 1);
    QCOMPARE(r.audience, u"VIP"_s);
}

void TestBulkRecipients::csvColumnIsSuggestedAndRead()
{
    const QString path = writeFile("Name;TradingView user;E-mail\r\n"
                                   "Ana Lima;@ana_l;ana@example.com\r\n"
                                   "\"Bo; Jr\";bo99;bo@example.com\r\n"
                                   "Cy;;cy@example.com\r\n"
                                   "Ana again;ANA_L;ana2@example.com\r\n"
                                   "Dee;dee-trader;dee@example.com\r\n");
    const auto sample = BulkRecipients::sampleCsv(path);
    QVERIFY(sample.ok());
    QCOMPARE(sample->format.delimiter, QChar(u';'));
    QCOMPARE(sample->columns, 3);
    QCOMPARE(sample->suggestedColumn, 1);
    QVERIFY(sample->looksLikeHeader);
    const auto r = BulkRecipients::fromCsv(path, 1, true);
    QVERIFY(r.ok());
    QCOMPARE(r->usernames, (QStringList{u"ana_l"_s, u"bo99"_s, u"dee-trader"_s}));
    QCOMPARE(r->duplicates, 1);
    QVERIFY(r->rejected.isEmpty()); // an empty cell is not an error
    QVERIFY(r->audience.endsWith(u".csv"_s));
}

void TestBulkRecipients::csvWithoutHeader()
{
    const QString path = writeFile("ana@example.com,ana_l\nbo@example.com,bo99\n");
    const auto sample = BulkRecipients::sampleCsv(path);
    QVERIFY(sample.ok());
    QCOMPARE(sample->suggestedColumn, 1); // e-mails are not usernames
    QVERIFY(!sample->looksLikeHeader);
    QCOMPARE(BulkRecipients::fromCsv(path, 1, false)->usernames,
             (QStringList{u"ana_l"_s, u"bo99"_s}));
    QCOMPARE(BulkRecipients::fromCsv(path, 0, false)->rejected.size(), 2);
}

void TestBulkRecipients::csvErrorsAreSentences()
{
    const auto missing = BulkRecipients::sampleCsv(m_dir.filePath(u"nope.csv"_s));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message().contains(u"could not be read"_s));
    const auto empty = BulkRecipients::sampleCsv(writeFile(""));
    QVERIFY(!empty.ok());
    QVERIFY(empty.error().message().contains(u"is empty"_s));
}

void TestBulkRecipients::segmentIsReadPageByPage()
{
    TestDatabase db;
    QVERIFY(db.isOpen());
    {
        Transaction tx(db.database().connection());
        ClientStore clients(db.context());
        for (int i = 0; i < 1050; ++i) {
            Client c;
            c.tvUsername = u"lead%1"_s.arg(i, 4, 10, QChar(u'0'));
            c.status = ClientStatus::Lead;
            QVERIFY(clients.create(c).ok());
        }
        for (int i = 0; i < 3; ++i) {
            Client c;
            c.email = u"contact%1@example.com"_s.arg(i);
            c.status = ClientStatus::Lead;
            QVERIFY(clients.create(c).ok());
        }
        for (int i = 0; i < 20; ++i)
            QVERIFY(clients.create({0, u"active%1"_s.arg(i)}).ok());
        QVERIFY(tx.commit().ok());
    }
    ClientFilter filter;
    filter.statuses = {ClientStatus::Lead};
    QVERIFY(SegmentStore(db.context()).save(u"Leads"_s, filter).ok());
    const Segment segment = SegmentStore(db.context()).all().first();
    const auto r = BulkRecipients::fromSegment(db.context(), segment);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message()));
    QCOMPARE(r->usernames.size(), 1050);
    QCOMPARE(r->withoutUsername, 3);
    QCOMPARE(r->audience, u"Leads"_s);
    QVERIFY(r->usernames.contains(u"lead1049"_s));
    QVERIFY(!r->usernames.contains(u"active1"_s));

    std::atomic_bool cancel = true;
    QVERIFY(!BulkRecipients::fromSegment(db.context(), segment, &cancel).ok());
}

QTEST_GUILESS_MAIN(TestBulkRecipients)
#include "tst_bulkrecipients.moc"
