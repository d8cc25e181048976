#include "ImportClientsDialog.h"
#include "ScriptedPrompter.h"
#include "TestDatabase.h"
#include "domain/Indicator.h"
#include "domain/Plan.h"
#include "items/ImportPreviewModel.h"
#include "store/ClientStore.h"
#include "store/IndicatorStore.h"
#include "store/PaymentStore.h"
#include "store/PlanStore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace pinedesk;
using namespace Qt::Literals::StringLiterals;

namespace {

// A Stripe payments export with two bad lines among good ones.
const QByteArray stripeWithBadLines =
    "id,Created date (UTC),Amount,Currency,Status,Customer ID,Customer Email,"
    "tradingview_username (metadata)\n"
    "py_1,2026-03-01 10:00,49.00,usd,Paid,cus_1,ana@example.com,AnaTrader\n" // 2
    "py_2,2026-03-02 11:30,29.00,usd,Paid,cus_2,bo@example.com,bad name\n"   // 3
    "py_3,2026-03-03 09:00,19.00,usd,Paid,cus_3,carl@example.com,carl_fx\n"  // 4
    "py_4,yesterday,19.00,usd,Paid,cus_4,dee@example.com,dee\n"              // 5
    "py_5,2026-03-05 09:00,99.00,eur,Paid,cus_5,eve@example.com,eve\n";      // 6

} // namespace

// The import dialog as a vendor uses it: it recognises the export, shows the mapping and a
// preview with each line's problem, imports on a worker with progress, and ends with the counts
// and a report of the rejected lines.
class TestImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void recognisedExportImportsGoodLinesAndReportsBadOnes();
    void dryRunAndCancelChangeNothing();
    void unknownFileIsMappedByHand();
    void unreadableFileSaysSo();
    void paymentsGiveAccessWhenAsked();

private:
    QString write(const QByteArray &bytes);
    static ConsoleContext context(test::TestDatabase &db)
    {
        return {db.database(), db.clock(), u"gui:test"_s, nullptr};
    }
    template<typename T>
    static T *child(QWidget *dialog, const QString &name)
    {
        return dialog->findChild<T *>(name);
    }
    static int mappedColumn(QWidget *dialog, const QString &field)
    {
        auto *combo = child<QComboBox>(dialog, u"column_"_s + field);
        return combo ? combo->currentData().toInt() : -2;
    }

    QTemporaryDir m_dir;
    int m_files = 0;
};

void TestImportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

QString TestImportDialog::write(const QByteArray &bytes)
{
    const QString path = m_dir.filePath(u"file%1.csv"_s.arg(++m_files));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestImportDialog::recognisedExportImportsGoodLinesAndReportsBadOnes()
{
    test::TestDatabase db;
    test::ScriptedPrompter prompter;
    Client known;
    known.tvUsername = u"anatrader"_s;
    QVERIFY(ClientStore(db.context()).create(known));

    ImportClientsDialog dialog(context(db), write(stripeWithBadLines));
    dialog.open();
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.isModal());

    // Recognised and prefilled.
    QCOMPARE(child<QComboBox>(&dialog, u"layoutCombo"_s)->currentData().toString(),
             u"stripe_payments"_s);
    QVERIFY(child<QLabel>(&dialog, u"formatLabel"_s)->text().contains(u"UTF-8"_s));
    QCOMPARE(mappedColumn(&dialog, u"username"_s), 7);
    QCOMPARE(mappedColumn(&dialog, u"email"_s), 6);
    QCOMPARE(mappedColumn(&dialog, u"amount"_s), 2);
    QCOMPARE(mappedColumn(&dialog, u"reference"_s), 0);
    QCOMPARE(mappedColumn(&dialog, u"name"_s), -1);
    auto *payments = child<QCheckBox>(&dialog, u"paymentsCheck"_s);
    QVERIFY(payments->isEnabled());
    QVERIFY(payments->isChecked());

    // The preview: what each line becomes, and why lines 3 and 5 would be rejected.
    auto *preview = child<QTableView>(&dialog, u"previewTable"_s);
    QAbstractItemModel *model = preview->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 5);
    const auto cell = [&](int row, int column) {
        return model->index(row, column).data().toString();
    };
    const auto problem = [&](int row) {
        return model->index(row, 0).data(ImportPreviewModel::ProblemRole).toBool();
    };
    QVERIFY(cell(0, ImportPreviewModel::Outcome).contains(u"anatrader"_s)); // an update
    QVERIFY(!problem(0));
    QVERIFY(problem(1));
    QVERIFY(cell(1, ImportPreviewModel::Outcome).contains(u"space"_s));
    QCOMPARE(cell(2, ImportPreviewModel::Outcome), u"New client"_s);
    QVERIFY(problem(3));
    QVERIFY(cell(3, ImportPreviewModel::Outcome).contains(u"yesterday"_s));
    QVERIFY(!cell(4, ImportPreviewModel::Payment).isEmpty());
    QVERIFY(child<QLabel>(&dialog, u"previewNote"_s)->text().contains(u"2 of them"_s));

    // Import: on a worker, then the counts and the rejected lines.
    QSignalSpy imported(&dialog, &ImportClientsDialog::imported);
    QSignalSpy finished(&dialog, &ImportClientsDialog::importFinished);
    QTest::mouseClick(child<QPushButton>(&dialog, u"importButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QCOMPARE(imported.count(), 1);
    QVERIFY2(dialog.summary().contains(u"2 new client"_s), qPrintable(dialog.summary()));
    QVERIFY2(dialog.summary().contains(u"1 updated"_s), qPrintable(dialog.summary()));
    QCOMPARE(ClientStore(db.context()).count(), 3);
    QVERIFY(ClientStore(db.context()).byUsername(u"carl_fx"_s));
    QVERIFY(!ClientStore(db.context()).byUsername(u"dee"_s));
    QCOMPARE(PaymentStore(db.context()).count(), 3);

    auto *rejected = child<QTableWidget>(&dialog, u"rejectedTable"_s);
    QVERIFY(rejected->isVisible());
    QCOMPARE(rejected->rowCount(), 2);
    QCOMPARE(rejected->item(0, 0)->data(Qt::DisplayRole).toLongLong(), 3);
    QCOMPARE(rejected->item(1, 0)->data(Qt::DisplayRole).toLongLong(), 5);
    QVERIFY(rejected->item(1, 1)->text().contains(u"yesterday"_s));
    QVERIFY(rejected->item(1, 2)->text().startsWith(u"py_4,"_s));
    QVERIFY(!child<QPushButton>(&dialog, u"importButton"_s)->isEnabled());

    // The error report is a CSV the vendor can open.
    const QString report = m_dir.filePath(u"report.csv"_s);
    prompter.files.enqueue(report);
    QTest::mouseClick(child<QPushButton>(&dialog, u"saveReportButton"_s), Qt::LeftButton);
    QFile file(report);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(u"yesterday"_s));
    QVERIFY(text.contains(u"\r\n3,"_s));
    QVERIFY(prompter.warnings.isEmpty());
}

void TestImportDialog::dryRunAndCancelChangeNothing()
{
    test::TestDatabase db;
    QByteArray big = "username,email\n";
    for (int i = 0; i < 20000; ++i)
        big += "user" + QByteArray::number(i) + ",u" + QByteArray::number(i) + "@example.com\n";
    ImportClientsDialog dialog(context(db), write(big));
    dialog.open();
    QCOMPARE(child<QComboBox>(&dialog, u"layoutCombo"_s)->currentData().toString(), u"manual"_s);
    QSignalSpy finished(&dialog, &ImportClientsDialog::importFinished);
    QSignalSpy imported(&dialog, &ImportClientsDialog::imported);

    QTest::mouseClick(child<QPushButton>(&dialog, u"dryRunButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QVERIFY2(dialog.summary().contains(u"20000 new client"_s), qPrintable(dialog.summary()));
    QCOMPARE(ClientStore(db.context()).count(), 0);

    // Cancel while it runs: the button says Cancel, and afterwards nothing was written.
    QTest::mouseClick(child<QPushButton>(&dialog, u"importButton"_s), Qt::LeftButton);
    QVERIFY(dialog.isRunning());
    auto *cancel = child<QPushButton>(&dialog, u"cancelButton"_s);
    QCOMPARE(cancel->text(), u"Cancel"_s);
    QVERIFY(child<QProgressBar>(&dialog, u"progressBar"_s)->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(dialog.isVisible()); // cancelling does not close the dialog
    QVERIFY(finished.wait(30000));
    QVERIFY2(dialog.summary().contains(u"Cancelled"_s), qPrintable(dialog.summary()));
    QCOMPARE(ClientStore(db.context()).count(), 0);
    QCOMPARE(imported.count(), 0);
    QCOMPARE(cancel->text(), u"Close"_s);
}

void TestImportDialog::unknownFileIsMappedByHand()
{
    test::TestDatabase db;
    ImportClientsDialog dialog(context(db), write("Alias;Correo electrónico;Cosa\n"
                                                  "ana_fx;ana@example.com;x\n"
                                                  "bad alias;b@example.com;y\n"));
    dialog.open();
    QCOMPARE(child<QComboBox>(&dialog, u"layoutCombo"_s)->currentData().toString(), u"manual"_s);
    auto *import = child<QPushButton>(&dialog, u"importButton"_s);
    QVERIFY(!import->isEnabled()); // nothing says who the clients are yet
    QVERIFY(child<QLabel>(&dialog, u"previewNote"_s)->text().contains(u"username"_s));
    auto *username = child<QComboBox>(&dialog, u"column_username"_s);
    username->setCurrentIndex(username->findData(0)); // "A: Alias"
    QVERIFY(import->isEnabled());
    QVERIFY(!child<QCheckBox>(&dialog, u"paymentsCheck"_s)->isEnabled());
    auto *model = child<QTableView>(&dialog, u"previewTable"_s)->model();
    QCOMPARE(model->index(0, ImportPreviewModel::Username).data().toString(), u"ana_fx"_s);
    QVERIFY(model->index(1, 0).data(ImportPreviewModel::ProblemRole).toBool());

    QSignalSpy finished(&dialog, &ImportClientsDialog::importFinished);
    QTest::mouseClick(import, Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QVERIFY(ClientStore(db.context()).byUsername(u"ana_fx"_s));
    QCOMPARE(ClientStore(db.context()).count(), 1);
    QCOMPARE(child<QTableWidget>(&dialog, u"rejectedTable"_s)->rowCount(), 1);
}

void TestImportDialog::unreadableFileSaysSo()
{
    test::TestDatabase db;
    ImportClientsDialog dialog(context(db), m_dir.filePath(u"missing.csv"_s));
    dialog.open();
    QVERIFY(child<QLabel>(&dialog, u"formatLabel"_s)->text().contains(u"Cannot read"_s));
    QVERIFY(!child<QPushButton>(&dialog, u"importButton"_s)->isEnabled());
    QCOMPARE(child<QPushButton>(&dialog, u"cancelButton"_s)->text(), u"Close"_s);
}

// Asked, not assumed: the option needs a product column, is off until ticked, and then the
// new paid payments give the plan they bought.
void TestImportDialog::paymentsGiveAccessWhenAsked()
{
    test::TestDatabase db;
    db.clock().set(QDateTime(QDate(2026, 12, 7), QTime(10, 0), QTimeZone::utc()));
    Indicator indicator;
    indicator.pineId = u"PUB;5191a1b5e5a04a1cb8b1e4b9f1c2a3d4"_s;
    indicator.name = u"Signals"_s;
    Plan monthly;
    monthly.name = u"Monthly"_s;
    monthly.duration = Duration::months(1);
    monthly.price = Money(4900, u"USD"_s);
    monthly.indicatorIds = {IndicatorStore(db.context()).create(indicator).value()};
    QVERIFY(PlanStore(db.context()).create(monthly));

    ImportClientsDialog dialog(context(db), write("username,amount,currency,paid at,plan\n"
                                                  "ana_fx,49,USD,2026-12-01,Monthly\n"));
    dialog.open();
    auto *giveAccess = child<QCheckBox>(&dialog, u"giveAccessCheck"_s);
    QVERIFY(giveAccess->isEnabled());
    QVERIFY(!giveAccess->isChecked());
    auto *product = child<QComboBox>(&dialog, u"column_product"_s);
    QCOMPARE(product->currentData().toInt(), 4);
    product->setCurrentIndex(product->findData(-1)); // no product column: nothing to give
    QVERIFY(!giveAccess->isEnabled());
    product->setCurrentIndex(product->findData(4));
    QVERIFY(giveAccess->isEnabled());
    giveAccess->setChecked(true);

    QSignalSpy finished(&dialog, &ImportClientsDialog::importFinished);
    QTest::mouseClick(child<QPushButton>(&dialog, u"importButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QVERIFY2(dialog.summary().contains(u"1 access change"_s), qPrintable(dialog.summary()));
    QCOMPARE(db.scalar(u"SELECT expires_at || ' ' || intended_state FROM accesses"_s).toString(),
             u"2027-01-04T23:59:59.999Z granted"_s);
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
