#include "ImportSamples.h"
#include "TestDatabase.h"
#include "csv/CsvWriter.h"
#include "import/ClientCsvColumns.h"
#include "import/ClientImporter.h"
#include "import/ImportSource.h"
#include "import/ImportValues.h"
#include "store/AuditLog.h"
#include "store/ClientBatchWriter.h"
#include "store/ClientStore.h"
#include "store/PaymentStore.h"
#include "store/Statement.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pinedesk;
using pinedesk::test::TestDatabase;

using namespace pinedesk::test::ImportSamples;

namespace {

template<typename T>
QString why(const Expected<T> &e)
{
    return e ? QString() : e.error().message();
}

} // namespace

// The client import as a vendor relies on it: known exports map themselves, bad lines are
// reported while good ones go in, nothing is ever duplicated, and a cancel or dry run leaves
// the database exactly as it was.
class TestClientImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void recognisesKnownLayouts_data();
    void recognisesKnownLayouts();
    void layoutValues();
    void unknownHeaderFallsBackToManual();
    void dateAndTimeInSeparateColumns_data();
    void dateAndTimeInSeparateColumns();
    void badLinesRejectedGoodOnesImported();
    void latin1FileImportsAccents();
    void duplicateUsernameUpdatesIgnoringCase();
    void emailOnlyLinesJoinContacts();
    void reimportDoesNotDuplicatePayments();
    void cancelLeavesDatabaseIdentical();
    void dryRunChangesNothing();
    void ownExportRoundTrips();
    void hundredThousandLines();
    void batchWriterAuditsLikeTheStores();

private:
    QString write(const QByteArray &bytes);
    Expected<ImportResult> import(TestDatabase &db, const QByteArray &bytes, bool dryRun = false,
                                  const std::atomic<bool> *cancel = nullptr,
                                  const ClientImporter::Progress &progress = {});
    QString checksum(TestDatabase &db);
    std::optional<Client> client(TestDatabase &db, const QString &username);

    QTemporaryDir m_dir;
    int m_files = 0;
};

void TestClientImport::init()
{
    QVERIFY(m_dir.isValid());
}

QString TestClientImport::write(const QByteArray &bytes)
{
    const QString path = m_dir.filePath(u"import%1.csv"_s.arg(++m_files));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

Expected<ImportResult> TestClientImport::import(TestDatabase &db, const QByteArray &bytes,
                                                bool dryRun, const std::atomic<bool> *cancel,
                                                const ClientImporter::Progress &progress)
{
    const auto source = ImportSource::open(write(bytes));
    if (!source)
        return Expected<ImportResult>::failure(source.error());
    ClientImporter::Options options = source->options();
    options.dryRun = dryRun;
    ClientImporter importer(db.context(u"import-test"_s));
    importer.setCancelFlag(cancel);
    importer.setProgress(progress);
    return importer.run(source->path, options);
}

// Every row of every table an import may touch, hashed: equal means the same content.
QString TestClientImport::checksum(TestDatabase &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &sql :
         {u"SELECT id, tv_username, email, full_name, status, notes, tags, created_at, updated_at "
          "FROM clients ORDER BY id"_s,
          u"SELECT id, client_id, amount_minor, currency, paid_at, reference, source FROM "
          "payments ORDER BY id"_s,
          u"SELECT id, at, actor, action, entity_type, entity_id, details FROM audit_log "
          "ORDER BY id"_s}) {
        Statement st(db.database().connection(), sql);
        if (!st.exec())
            return {};
        while (st.next()) {
            for (int c = 0; c < 9; ++c)
                hash.addData(QByteArray(st.value(c).toString().toUtf8() + '\x1f'));
            hash.addData("\x1e");
        }
    }
    return QString::fromLatin1(hash.result().toHex());
}

std::optional<Client> TestClientImport::client(TestDatabase &db, const QString &username)
{
    return ClientStore(db.context()).byUsername(username);
}

void TestClientImport::recognisesKnownLayouts_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("layout");
    QTest::addColumn<int>("created");
    QTest::addColumn<int>("payments");
    QTest::newRow("stripe customers") << stripeCustomers << u"stripe_customers"_s << 2 << 0;
    QTest::newRow("stripe payments") << stripePayments << u"stripe_payments"_s << 3 << 2;
    QTest::newRow("gumroad") << gumroad << u"gumroad"_s << 2 << 2;
    QTest::newRow("whop") << whop << u"whop"_s << 2 << 0;
    QTest::newRow("patreon") << patreon << u"patreon"_s << 2 << 0;
}

void TestClientImport::recognisesKnownLayouts()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, layout);
    QFETCH(int, created);
    QFETCH(int, payments);
    const auto source = ImportSource::open(write(bytes));
    QVERIFY2(source, qPrintable(why(source)));
    QCOMPARE(source->layout.id(), layout);
    QVERIFY(source->mapping.identifiesClients());

    TestDatabase db;
    const auto result = import(db, bytes);
    QVERIFY2(result, qPrintable(why(result)));
    QVERIFY2(result->rejected.isEmpty(),
             qPrintable(result->rejected.isEmpty() ? QString() : result->rejected.first().reason));
    QCOMPARE(result->created, created);
    QCOMPARE(result->payments, payments);
    QCOMPARE(ClientStore(db.context()).count(), created);
    QCOMPARE(PaymentStore(db.context()).count(), payments);
}

void TestClientImport::layoutValues()
{
    {
        TestDatabase db; // Stripe customers: metadata username, dates, contacts
        QVERIFY(import(db, stripeCustomers));
        const auto ana = client(db, u"anatrader"_s);
        QVERIFY(ana);
        QCOMPARE(ana->email, u"ana@example.com"_s);
        QCOMPARE(ana->fullName, u"Ana Ruiz"_s);
        QCOMPARE(ana->notes, u"Met on Discord"_s);
        QCOMPARE(ana->createdAt, TestDatabase::at(u"2024-05-02T13:45:00.000"_s));
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM clients WHERE tv_username IS NULL AND "
                           "email = 'bo@example.com'"_s)
                     .toInt(),
                 1);
    }
    {
        TestDatabase db; // Stripe payments: amounts, currencies, references, failed charges
        const auto r = import(db, stripePayments);
        QVERIFY(r);
        QCOMPARE(r->paymentsRefused, 1);
        const auto carl = client(db, u"carl_fx"_s);
        QVERIFY(carl);
        const auto paid = PaymentStore(db.context()).forClient(carl->id);
        QCOMPARE(paid.size(), 1);
        QCOMPARE(paid.first().amount, Money(129900, u"EUR"_s));
        QCOMPARE(paid.first().reference, u"py_2"_s);
        QCOMPARE(paid.first().source, u"stripe_payments"_s);
        QCOMPARE(paid.first().paidAt, TestDatabase::at(u"2026-03-02T11:30:00.000"_s));
        QVERIFY(client(db, u"dee"_s)); // the client of a failed charge is still a client
        QVERIFY(PaymentStore(db.context()).forClient(client(db, u"dee"_s)->id).isEmpty());
    }
    {
        TestDatabase db; // Gumroad: custom field, profile link, USD, Totals row skipped
        const auto r = import(db, gumroad);
        QVERIFY(r);
        QCOMPARE(r->lines, 2);
        const auto bo = client(db, u"BoLee"_s);
        QVERIFY(bo);
        const auto paid = PaymentStore(db.context()).forClient(bo->id);
        QCOMPARE(paid.size(), 1);
        QCOMPARE(paid.first().amount, Money(9900, u"USD"_s));
        QCOMPARE(paid.first().paidAt, TestDatabase::at(u"2026-02-02T11:00:00.000"_s));
        QCOMPARE(paid.first().reference, u"def456=="_s);
    }
    {
        TestDatabase db; // refunds and disputes are kept with their status, not left out
        const QByteArray statuses =
            "id,Created date (UTC),Amount,Amount Refunded,Currency,Captured,Status,Customer ID,"
            "Customer Email,tv_username (metadata)\n"
            "py_7,2026-03-01 10:00,49.00,49.00,usd,true,Refunded,cus_7,e@example.com,eve_fx\n"
            "py_8,2026-03-02 10:00,49.00,0.00,usd,true,Disputed,cus_8,f@example.com,fay_fx\n"
            "py_9,2026-03-03 10:00,49.00,0.00,usd,true,Paid,cus_9,g@example.com,gus_fx\n";
        const auto r = import(db, statuses);
        QVERIFY(r);
        QCOMPARE(r->paymentsRefused, 0);
        Statement kept(db.database().connection(),
                       u"SELECT reference || ':' || status || ':' || refunded_minor FROM payments "
                       "ORDER BY reference"_s);
        const auto rows =
            kept.readAll([](const Statement &row) { return row.value(0).toString(); });
        QVERIFY(rows.ok());
        QCOMPARE(rows->join(u' '), u"py_7:refunded:4900 py_8:disputed:0 py_9:paid:0"_s);
        // Only what was kept counts as spent.
        QCOMPARE(
            PaymentStore(db.context()).totalsForClient(client(db, u"eve_fx"_s)->id).value(u"USD"_s),
            0);
        TestDatabase other; // Gumroad's "Fully Refunded?" column
        QByteArray refunded = gumroad;
        refunded.replace("99.0,10.4,88.6,0,{}", "99.0,10.4,88.6,1,{}");
        QVERIFY(import(other, refunded));
        QCOMPARE(
            other.scalar(u"SELECT status FROM payments WHERE reference = 'def456=='"_s).toString(),
            u"refunded"_s);
    }
    {
        TestDatabase db; // Whop: the question, never Whop's own username; statuses
        QVERIFY(import(db, whop));
        QVERIFY(client(db, u"AnaTrader"_s));
        QVERIFY(!client(db, u"ana_whop"_s));
        QCOMPARE(client(db, u"AnaTrader"_s)->status, ClientStatus::Active);
        QCOMPARE(
            db.scalar(u"SELECT status FROM clients WHERE email = 'cy@example.com'"_s).toString(),
            u"inactive"_s);
    }
    {
        TestDatabase db; // Patreon: contacts with tier tags and statuses
        QVERIFY(import(db, patreon));
        QCOMPARE(
            db.scalar(u"SELECT tags FROM clients WHERE email = 'ana@example.com'"_s).toString(),
            u"[\"Gold\"]"_s);
        QCOMPARE(
            db.scalar(u"SELECT status FROM clients WHERE email = 'bo@example.com'"_s).toString(),
            u"inactive"_s);
        QCOMPARE(db.scalar(u"SELECT created_at FROM clients WHERE email = 'ana@example.com'"_s)
                     .toString(),
                 u"2025-12-01T10:00:00.123Z"_s);
    }
}

// Gumroad keeps the date and the time of day in two columns; both are read, in UTC.
void TestClientImport::dateAndTimeInSeparateColumns_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("time");
    QTest::addColumn<QString>("expected"); // ISO UTC, or empty: refused
    QTest::newRow("24h") << u"2026-02-02"_s << u"11:00:00"_s << u"2026-02-02T11:00:00.000"_s;
    QTest::newRow("minutes") << u"2026-02-02"_s << u"09:05"_s << u"2026-02-02T09:05:00.000"_s;
    QTest::newRow("pm") << u"2026-02-02"_s << u"2:30 PM"_s << u"2026-02-02T14:30:00.000"_s;
    QTest::newRow("midnight am") << u"2026-02-02"_s << u"12:10 AM"_s
                                 << u"2026-02-02T00:10:00.000"_s;
    QTest::newRow("utc suffix") << u"2026-02-02"_s << u"23:59:59 UTC"_s
                                << u"2026-02-02T23:59:59.000"_s;
    QTest::newRow("no time") << u"2026-02-02"_s << QString() << u"2026-02-02T00:00:00.000"_s;
    QTest::newRow("whole date in the time column")
        << u"2026-02-01"_s << u"2026-02-01 10:00:00 UTC"_s << u"2026-02-01T10:00:00.000"_s;
    QTest::newRow("bad hour") << u"2026-02-02"_s << u"25:00"_s << QString();
    QTest::newRow("bad date") << u"yesterday"_s << u"10:00"_s << QString();
}

void TestClientImport::dateAndTimeInSeparateColumns()
{
    QFETCH(QString, date);
    QFETCH(QString, time);
    QFETCH(QString, expected);
    const auto read = ImportValues::dateTime(date, time);
    if (expected.isEmpty()) {
        QVERIFY(!read);
        QVERIFY(!read.error().message().isEmpty());
        return;
    }
    QVERIFY2(read, qPrintable(read ? QString() : read.error().message()));
    QCOMPARE(*read, TestDatabase::at(expected));
}

void TestClientImport::unknownHeaderFallsBackToManual()
{
    const auto source = ImportSource::open(write("Nick;Correo;Cosa\nana;ana@x.io;1\n"));
    QVERIFY(source);
    QVERIFY(source->layout.isManual());
    QCOMPARE(source->format.delimiter, QChar(u';'));
    QCOMPARE(source->mapping.column(ImportField::Email), 1); // "Correo" is a known name
    QVERIFY(!source->mapping.has(ImportField::Username));
    // Nothing identifies clients in a sheet with no usable column: refused before any write.
    const auto none = ImportSource::open(write("a,b\n1,2\n"));
    QVERIFY(none);
    TestDatabase db;
    ClientImporter importer(db.context());
    const auto refused = importer.run(none->path, none->options());
    QVERIFY(!refused);
    QVERIFY(refused.error().message().contains(u"username"_s));
}

void TestClientImport::badLinesRejectedGoodOnesImported()
{
    const QByteArray bytes = "username,email,name,status,created,notes\n"         // 1
                             "good_one,one@example.com,One,active,2026-01-05,\n"  // 2
                             "bad name,two@example.com,Two,active,,\n"            // 3
                             "three,not-an-email,Three,lead,,\n"                  // 4
                             "four,four@example.com,Four,sleeping,,\n"            // 5
                             "five,five@example.com,Five,lead,31/31/2026,\n"      // 6
                             ",,Nobody,lead,,\n"                                  // 7
                             "six,six@example.com,Six,lead,,\"two\nlines\"\n"     // 8-9
                             "seven,seven@example.com,Smith, John,lead,,note\n"   // 10
                             "eight,eight@example.com,Eight,blocked,,\n"          // 11
                             "nine,nine@example.com,Nine,lead,,\"never closed\n"; // 12
    TestDatabase db;
    const auto result = import(db, bytes);
    QVERIFY2(result, qPrintable(why(result)));
    QCOMPARE(result->created, 3); // good_one, six, eight
    QVERIFY(client(db, u"good_one"_s));
    QCOMPARE(client(db, u"six"_s)->notes, u"two\nlines"_s);
    QCOMPARE(client(db, u"eight"_s)->status, ClientStatus::Blocked);
    QList<qint64> lines;
    for (const RejectedLine &r : result->rejected)
        lines.append(r.line);
    QCOMPARE(lines, (QList<qint64>{3, 4, 5, 6, 7, 10, 12}));
    const auto reason = [&](int i) {
        return result->rejected[i].reason;
    };
    QVERIFY2(reason(0).contains(u"space"_s), qPrintable(reason(0)));
    QVERIFY2(reason(1).contains(u"not-an-email"_s), qPrintable(reason(1)));
    QVERIFY2(reason(2).contains(u"sleeping"_s), qPrintable(reason(2)));
    QVERIFY2(reason(3).contains(u"31/31/2026"_s), qPrintable(reason(3)));
    QVERIFY2(reason(4).contains(u"neither"_s), qPrintable(reason(4)));
    QVERIFY2(reason(5).contains(u"7 fields"_s), qPrintable(reason(5)));
    QVERIFY2(reason(6).contains(u"never closed"_s), qPrintable(reason(6)));
    QCOMPARE(result->rejected[0].text, u"bad name,two@example.com,Two,active,,"_s);
    QCOMPARE(ClientStore(db.context()).count(), 3);
}

void TestClientImport::latin1FileImportsAccents()
{
    TestDatabase db;
    const auto result = import(db, "username;name\nmueller;J\xFCrgen M\xFCller\n");
    QVERIFY2(result && result->created == 1, result ? "" : qPrintable(why(result)));
    QCOMPARE(client(db, u"mueller"_s)->fullName, u"Jürgen Müller"_s);
}

void TestClientImport::duplicateUsernameUpdatesIgnoringCase()
{
    TestDatabase db;
    Client existing;
    existing.tvUsername = u"AnaTrader"_s;
    existing.fullName = u"Ana"_s;
    existing.notes = u"keep me"_s;
    existing.tags = {u"vip"_s};
    QVERIFY(ClientStore(db.context()).create(existing));
    const auto result = import(db, "username,email,name,notes,tags\n"
                                   "anatrader,ana@new.example,Ana Ruiz,replaced?,vip;2026\n"
                                   "bob,bob@example.com,,,\n"
                                   "BOB,,Bob Stone,,\n"
                                   "@Bob,,,,\n");
    QVERIFY2(result, qPrintable(why(result)));
    QCOMPARE(result->created, 1);
    QCOMPARE(result->updated, 2);
    QCOMPARE(result->unchanged, 1);
    QCOMPARE(ClientStore(db.context()).count(), 2);
    const auto ana = client(db, u"ANATRADER"_s);
    QCOMPARE(ana->tvUsername, u"AnaTrader"_s); // the known spelling stays
    QCOMPARE(ana->email, u"ana@new.example"_s);
    QCOMPARE(ana->fullName, u"Ana Ruiz"_s);
    QCOMPARE(ana->notes, u"keep me"_s); // notes are only filled when empty
    QCOMPARE(ana->tags, (QStringList{u"vip"_s, u"2026"_s}));
    const auto bob = client(db, u"bob"_s);
    QCOMPARE(bob->fullName, u"Bob Stone"_s);
    QCOMPARE(bob->email, u"bob@example.com"_s);
    QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'client.updated'"_s).toInt(),
             2);
}

void TestClientImport::emailOnlyLinesJoinContacts()
{
    TestDatabase db;
    QVERIFY(import(db, "email,name\nzoe@example.com,Zoe\n"));
    QCOMPARE(ClientStore(db.context()).count(), 1);
    // The same person later with a username: the contact gets it, no second client.
    const auto r = import(db, "username,email\nZoeFX,ZOE@example.com\n");
    QVERIFY(r);
    QCOMPARE(r->created, 0);
    QCOMPARE(r->updated, 1);
    QCOMPARE(ClientStore(db.context()).count(), 1);
    QCOMPARE(client(db, u"zoefx"_s)->fullName, u"Zoe"_s);
    // And an e-mail-only line now finds that client.
    const auto again = import(db, "email,name\nzoe@example.com,Zoe Fox\n");
    QVERIFY(again);
    QCOMPARE(again->updated, 1);
    QCOMPARE(client(db, u"zoefx"_s)->fullName, u"Zoe Fox"_s);
}

void TestClientImport::reimportDoesNotDuplicatePayments()
{
    TestDatabase db;
    const auto first = import(db, stripePayments);
    QVERIFY(first);
    QCOMPARE(first->payments, 2);
    const auto second = import(db, stripePayments);
    QVERIFY(second);
    QCOMPARE(second->payments, 0);
    QCOMPARE(second->paymentsKnown, 2);
    QCOMPARE(second->created, 0);
    QCOMPARE(second->unchanged, 3);
    QCOMPARE(PaymentStore(db.context()).count(), 2);
    // Without a reference column, who/how much/when identifies a payment just as well.
    const QByteArray manual = "username,amount,currency,paid at\nzed,10.00,USD,2026-01-01\n"
                              "zed,10.00,USD,2026-02-01\n";
    QCOMPARE(import(db, manual)->payments, 2);
    QCOMPARE(import(db, manual)->payments, 0);
    QCOMPARE(PaymentStore(db.context()).count(), 4);
}

void TestClientImport::cancelLeavesDatabaseIdentical()
{
    TestDatabase db;
    QVERIFY(import(db, stripePayments));
    const QString before = checksum(db);
    const qint64 clients = ClientStore(db.context()).count();
    QByteArray bytes = "username,email,amount,currency,paid at,reference\n";
    for (int i = 0; i < 3000; ++i)
        bytes += "user" + QByteArray::number(i) + ",u" + QByteArray::number(i) +
                 "@example.com,5.00,USD,2026-01-01,ref" + QByteArray::number(i) + "\n";
    std::atomic<bool> cancel = false;
    qint64 seen = 0;
    const auto result = import(db, bytes, false, &cancel, [&](qint64 done, qint64 total) {
        seen = done;
        if (done < total)
            cancel = true; // the vendor presses Cancel part-way
    });
    QVERIFY2(result, qPrintable(why(result)));
    QVERIFY(result->cancelled);
    QVERIFY(seen > 0);
    QVERIFY(result->created > 0); // it had written lines before the cancel
    QVERIFY(result->created < 3000);
    QCOMPARE(ClientStore(db.context()).count(), clients);
    QCOMPARE(checksum(db), before);
}

void TestClientImport::dryRunChangesNothing()
{
    TestDatabase db;
    QVERIFY(import(db, stripeCustomers));
    const QString before = checksum(db);
    const auto dry = import(db, stripePayments, true);
    QVERIFY(dry);
    QVERIFY(dry->dryRun);
    QCOMPARE(dry->created, 2); // carl and dee are new; ana exists
    QCOMPARE(dry->updated, 0);
    QCOMPARE(dry->unchanged, 1);
    QCOMPARE(dry->payments, 2);
    QCOMPARE(checksum(db), before);
    // The real run then does what the dry run said.
    const auto real = import(db, stripePayments);
    QCOMPARE(real->created, dry->created);
    QCOMPARE(real->payments, dry->payments);
}

void TestClientImport::ownExportRoundTrips()
{
    TestDatabase source;
    ClientStore store(source.context());
    Client a;
    a.tvUsername = u"alpha"_s;
    a.email = u"alpha@example.com"_s;
    a.fullName = u"Álvaro, \"Al\""_s;
    a.status = ClientStatus::Blocked;
    a.notes = u"=HYPERLINK(\"x\")\nsecond line"_s;
    a.tags = {u"vip"_s, u"2025"_s};
    QVERIFY(store.create(a));
    Client b;
    b.email = u"contact@example.com"_s;
    b.status = ClientStatus::Lead;
    QVERIFY(store.create(b));

    QBuffer out;
    out.open(QIODevice::WriteOnly);
    CsvWriter writer(out);
    writer.writeRow(ClientCsvColumns::header());
    for (const Client &c : store.search(QString(), 10))
        writer.writeRow(ClientCsvColumns::fields(c));
    QVERIFY(out.data().contains("'=HYPERLINK")); // guarded for spreadsheets

    TestDatabase target;
    const auto source2 = ImportSource::open(write(out.data()));
    QVERIFY(source2);
    QCOMPARE(source2->layout.id(), u"pinedesk"_s);
    const auto result = import(target, out.data());
    QVERIFY2(result && result->created == 2, result ? "" : qPrintable(why(result)));
    const auto back = ClientStore(target.context()).byUsername(u"alpha"_s);
    QCOMPARE(back->fullName, a.fullName);
    QCOMPARE(back->notes, a.notes); // the guard is undone on the way back
    QCOMPARE(back->tags, a.tags);
    QCOMPARE(back->status, ClientStatus::Blocked);
    QCOMPARE(back->createdAt, source.clock().nowUtc());
}

void TestClientImport::hundredThousandLines()
{
    QByteArray bytes = "username,email,name,amount,currency,paid at,reference\n";
    bytes.reserve(100000 * 80);
    for (int i = 0; i < 100000; ++i) {
        const QByteArray n = QByteArray::number(i);
        bytes += "trader" + n + ",t" + n + "@example.com,Trader " + n + ",19.90,USD,2026-01-" +
                 QByteArray::number(1 + i % 28).rightJustified(2, '0') + ",ord" + n + "\n";
    }
    TestDatabase db;
    QElapsedTimer timer;
    timer.start();
    const auto result = import(db, bytes);
    QVERIFY2(result, qPrintable(why(result)));
    qInfo("100,000 lines imported in %lld ms", timer.elapsed());
    QCOMPARE(result->created, 100000);
    QCOMPARE(result->payments, 100000);
    QCOMPARE(ClientStore(db.context()).count(), 100000);
}

void TestClientImport::batchWriterAuditsLikeTheStores()
{
    TestDatabase db;
    Client c;
    c.tvUsername = u"@Writer"_s;
    c.email = u" w@example.com "_s;
    c.tags = {u"a"_s, u"A"_s, u" b "_s};
    const auto viaStore = ClientStore(db.context()).create(c);
    QVERIFY(viaStore);
    c.tvUsername = u"writer2"_s;
    ClientBatchWriter writer(db.context());
    const auto viaWriter = writer.create(c);
    QVERIFY2(viaWriter, qPrintable(why(viaWriter)));
    // Same cleaning and the same audit details as ClientStore::create.
    const auto stored = ClientStore(db.context()).byId(*viaWriter);
    QCOMPARE(stored->email, u"w@example.com"_s);
    QCOMPARE(stored->tags, (QStringList{u"a"_s, u"b"_s}));
    AuditLog audit(db.context());
    QJsonObject a = audit.forEntity(u"client"_s, *viaStore).first().details;
    QJsonObject b = audit.forEntity(u"client"_s, *viaWriter).first().details;
    a.remove(u"tv_username"_s);
    b.remove(u"tv_username"_s);
    QCOMPARE(a, b);
    // A refused client is refused by both.
    Client nobody;
    QVERIFY(!writer.create(nobody));
    // Update writes only a real change, audited with the changed fields.
    Client after = *stored;
    QCOMPARE(*writer.update(*stored, after), false);
    after.fullName = u"Wri Ter"_s;
    QCOMPARE(*writer.update(*stored, after), true);
    const QJsonObject diff = audit.forEntity(u"client"_s, *viaWriter).first().details;
    QCOMPARE(diff.keys(), QStringList{u"full_name"_s});
    // Payments: a second one with the same source and reference is not added.
    Payment p;
    p.clientId = *viaWriter;
    p.amount = Money(500, u"usd"_s);
    p.paidAt = db.clock().nowUtc();
    p.source = u"gumroad"_s;
    p.reference = u"r1"_s;
    QCOMPARE(*writer.addPayment(p), true);
    QCOMPARE(*writer.addPayment(p), false);
    QCOMPARE(PaymentStore(db.context()).forClient(*viaWriter).first().amount.currency(), u"USD"_s);
    QVERIFY(!PaymentStore(db.context()).add(p)); // the store agrees it is a duplicate
}

QTEST_GUILESS_MAIN(TestClientImport)
#include "tst_clientimport.moc"
