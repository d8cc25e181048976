#include "ReportsPage.h"
#include "ScriptedPrompter.h"
#include "TestDatabase.h"
#include "demo/DemoDataGenerator.h"
#include "reports/CsvReport.h"

#include <QFile>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace pinedesk;
using namespace Qt::Literals::StringLiterals;

namespace {

QStringList lines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text.split(u"\r\n"_s, Qt::SkipEmptyParts);
}

} // namespace

// The Reports page's CSV files: every row of the period and nothing else, amounts as plain
// decimals, and no file at all when cancelled.
class TestCsvReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void accessesHasEveryAccess();
    void paymentsOfAPeriodOnly();
    void auditLogOfAPeriod();
    void badPeriodAndCancelWriteNothing();
    void pageWritesTheChosenReport();

private:
    test::TestDatabase m_db;
    QTemporaryDir m_dir;
};

void TestCsvReport::initTestCase()
{
    QVERIFY(m_db.isOpen());
    QVERIFY(DemoDataGenerator(m_db.database(), m_db.clock()).generate({400, 3}).ok());
}

void TestCsvReport::accessesHasEveryAccess()
{
    const QString path = m_dir.filePath(u"accesses.csv"_s);
    std::atomic<bool> cancel{false};
    qint64 reported = 0;
    const auto written = CsvReport::write(m_db.database(), CsvReport::Kind::Accesses, {}, {}, path,
                                          cancel, [&](qint64 done, qint64) { reported = done; });
    QVERIFY(written.ok());
    const qint64 accesses = m_db.scalar(u"SELECT COUNT(*) FROM accesses"_s).toLongLong();
    QVERIFY(accesses > CsvReport::chunk / 10);
    QCOMPARE(*written, accesses);
    QCOMPARE(reported, accesses);
    const QStringList rows = lines(path);
    QCOMPARE(rows.size(), accesses + 1);
    QVERIFY(rows.first().startsWith(u"tv_username,client_name,email,indicator,pine_id"_s));
    // Lifetime accesses say so instead of an empty date.
    const qint64 lifetime =
        m_db.scalar(u"SELECT COUNT(*) FROM accesses WHERE expires_at IS NULL"_s).toLongLong();
    QCOMPARE(rows.filter(u",lifetime,"_s).size(), lifetime);
}

void TestCsvReport::paymentsOfAPeriodOnly()
{
    const QString path = m_dir.filePath(u"payments.csv"_s);
    const QDate from(2026, 1, 1);
    const QDate to(2026, 1, 31);
    std::atomic<bool> cancel{false};
    const auto written =
        CsvReport::write(m_db.database(), CsvReport::Kind::Payments, from, to, path, cancel);
    QVERIFY(written.ok());
    const qint64 expected =
        m_db.scalar(u"SELECT COUNT(*) FROM payments WHERE paid_at >= '2026-01-01T00:00:00.000Z' "
                    "AND paid_at < '2026-02-01T00:00:00.000Z'"_s)
            .toLongLong();
    QVERIFY(expected > 0);
    QCOMPARE(*written, expected);
    const QStringList rows = lines(path);
    QCOMPARE(rows.size(), expected + 1);
    for (const QString &row : rows.mid(1)) {
        QVERIFY2(row.startsWith(u"2026-01-"_s), qPrintable(row));
        // paid_at, tv_username, name, email, amount: a plain decimal with two digits.
        const QString amount = row.section(u',', 4, 4);
        QVERIFY2(QRegularExpression(u"^\\d+\\.\\d\\d$"_s).match(amount).hasMatch(),
                 qPrintable(row));
    }
}

void TestCsvReport::auditLogOfAPeriod()
{
    const QString path = m_dir.filePath(u"audit.csv"_s);
    std::atomic<bool> cancel{false};
    const QDate today = m_db.clock().nowUtc().date();
    const auto written = CsvReport::write(m_db.database(), CsvReport::Kind::AuditLog,
                                          today.addYears(-5), today, path, cancel);
    QVERIFY(written.ok());
    QCOMPARE(*written, m_db.scalar(u"SELECT COUNT(*) FROM audit_log"_s).toLongLong());
}

void TestCsvReport::badPeriodAndCancelWriteNothing()
{
    const QString path = m_dir.filePath(u"nothing.csv"_s);
    std::atomic<bool> cancel{false};
    QVERIFY(!CsvReport::write(m_db.database(), CsvReport::Kind::Payments, QDate(2026, 2, 1),
                              QDate(2026, 1, 1), path, cancel)
                 .ok());
    QVERIFY(!QFile::exists(path));
    cancel = true;
    const auto cancelled =
        CsvReport::write(m_db.database(), CsvReport::Kind::Accesses, {}, {}, path, cancel);
    QVERIFY(!cancelled.ok());
    QVERIFY(!QFile::exists(path));
}

void TestCsvReport::pageWritesTheChosenReport()
{
    test::ScriptedPrompter prompter;
    ReportsPage page({m_db.database(), m_db.clock(), u"test"_s});
    page.show();
    page.chooseReport(CsvReport::Kind::Payments);
    page.setPeriod(QDate(2025, 1, 1), QDate(2026, 12, 31));
    const QString path = m_dir.filePath(u"from-page.csv"_s);
    prompter.files.enqueue(path);
    page.findChild<QPushButton *>(u"exportButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 10000);
    const qint64 expected =
        m_db.scalar(u"SELECT COUNT(*) FROM payments WHERE paid_at >= '2025-01-01T00:00:00.000Z' "
                    "AND paid_at < '2027-01-01T00:00:00.000Z'"_s)
            .toLongLong();
    QCOMPARE(lines(path).size(), expected + 1);
    QVERIFY2(page.message().contains(QLocale().toString(expected)), qPrintable(page.message()));
}

QTEST_MAIN(TestCsvReport)
#include "tst_csvreport.moc"
