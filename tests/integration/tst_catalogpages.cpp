#include "ImportScriptsDialog.h"
#include "IndicatorDialog.h"
#include "IndicatorsPage.h"
#include "PlanDialog.h"
#include "PlansPage.h"
#include "SandboxFixture.h"
#include "ScriptedPrompter.h"
#include "TestDatabase.h"
#include "store/IndicatorStore.h"
#include "store/PlanStore.h"
#include "tradingview/TvConnection.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace pinedesk;
using namespace pinedesk::test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString foreignPine = u"PUB;0123456789abcdef0123456789abcdef"_s; // valid, not the sandbox's

template<typename T>
T *child(QObject *parent, const QString &name)
{
    return parent->findChild<T *>(name);
}

QPushButton *saveButton(QDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
}

QString cell(QTableView *table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

} // namespace

// The Indicators and Plans pages as a vendor uses them, offscreen, against the sandbox's account.
class TestCatalogPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void createEditAndRetireAnIndicator();
    void pineIdFormatErrorsAreShown();
    void isItYoursAsksTradingView();
    void withoutSessionTheDialogSaysSo();
    void importAddsOnlyTheMissingScripts();
    void importFailureIsExplained();
    void createAPlanWithTwoIndicatorsAndAPrice();
    void deleteIsRefusedWhileInUse();

private:
    ConsoleContext context(TvConnection *tv)
    {
        return {m_db->database(), m_db->clock(), u"test"_s, tv};
    }
    qint64 indicator(const QString &name, const QString &pine,
                     IndicatorStatus status = IndicatorStatus::Live);
    QString sandboxName(int index)
    {
        return m_sandbox->state().script(m_sandbox->pine(index))->name;
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<TvConnection> m_tv;
    std::unique_ptr<ScriptedPrompter> m_prompter;
};

void TestCatalogPages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
}

void TestCatalogPages::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
    m_sandbox = std::make_unique<SandboxFixture>(SandboxConfig{}, 20, 3);
    QVERIFY(m_sandbox->isListening());
    m_tv = std::make_unique<TvConnection>(m_sandbox->server().baseUrl(), true);
    m_tv->setSession(m_sandbox->client().session());
    m_prompter = std::make_unique<ScriptedPrompter>();
}

void TestCatalogPages::cleanup()
{
    // TvConnection must not go while a request is out (its network manager is destroyed before
    // its client, which then touches the replies): let the answers arrive first.
    QTRY_COMPARE_WITH_TIMEOUT(m_tv->client()->pendingRequests(), 0, 10000);
    m_prompter.reset();
    m_tv.reset();
    m_sandbox.reset();
    m_db.reset();
}

qint64 TestCatalogPages::indicator(const QString &name, const QString &pine, IndicatorStatus status)
{
    Indicator i;
    i.name = name;
    i.pineId = pine;
    i.status = status;
    const auto id = IndicatorStore(m_db->context()).create(i);
    return id ? *id : -1;
}

void TestCatalogPages::createEditAndRetireAnIndicator()
{
    IndicatorsPage page(context(m_tv.get()));
    QSignalSpy loaded(&page, &IndicatorsPage::loaded);
    page.show();
    QVERIFY(loaded.wait(10000));
    QVERIFY(page.message().contains(u"No indicators yet"_s));
    auto *table = child<QTableView>(&page, u"indicatorsTable"_s);

    // Ctrl+N opens the same dialog as New…; Escape leaves it without saving.
    QVERIFY(QTest::qWaitForWindowActive(&page));
    QTest::keyClick(&page, Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(page.findChild<IndicatorDialog *>());
    page.findChild<IndicatorDialog *>()->reject();
    QTRY_VERIFY(!page.findChild<IndicatorDialog *>());

    // New: name, id, status, a version; saved together.
    child<QPushButton>(&page, u"newIndicator"_s)->click();
    auto *dialog = page.findChild<IndicatorDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    child<QLineEdit>(dialog, u"indicatorName"_s)->setText(u"Order Flow Pro"_s);
    child<QLineEdit>(dialog, u"indicatorPineId"_s)->setText(foreignPine);
    auto *status = child<QComboBox>(dialog, u"indicatorStatus"_s);
    status->setCurrentIndex(status->findData(int(IndicatorStatus::Live)));
    child<QLineEdit>(dialog, u"versionName"_s)->setText(u"1.0"_s);
    child<QLineEdit>(dialog, u"versionNotes"_s)->setText(u"First release"_s);
    child<QPushButton>(dialog, u"addVersion"_s)->click();
    QCOMPARE(child<QTableWidget>(dialog, u"versionsTable"_s)->rowCount(), 1);
    child<QLineEdit>(dialog, u"versionName"_s)->setText(u"1.0"_s); // the same again: refused
    child<QPushButton>(dialog, u"addVersion"_s)->click();
    QVERIFY(dialog->errorMessage().contains(u"already"_s));
    QCOMPARE(child<QTableWidget>(dialog, u"versionsTable"_s)->rowCount(), 1);
    saveButton(dialog)->click();
    QVERIFY(loaded.wait(10000));
    QTRY_VERIFY(!page.findChild<IndicatorDialog *>());
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(cell(table, 0, IndicatorTableModel::Name), u"Order Flow Pro"_s);
    QCOMPARE(cell(table, 0, IndicatorTableModel::PineId), foreignPine);
    QCOMPARE(cell(table, 0, IndicatorTableModel::Status),
             IndicatorStatusNames::displayName(IndicatorStatus::Live));
    QCOMPARE(cell(table, 0, IndicatorTableModel::LatestVersion), u"1.0"_s);
    QVERIFY(page.message().contains(u"Order Flow Pro"_s));
    const qint64 id = page.selectedId();
    QVERIFY(id > 0);
    QCOMPARE(IndicatorStore(m_db->context()).versions(id).value(0).notes, u"First release"_s);

    // Edit: rename, add a version, and retire it from the dialog.
    child<QPushButton>(&page, u"editIndicator"_s)->click();
    dialog = page.findChild<IndicatorDialog *>();
    QVERIFY(dialog);
    QCOMPARE(child<QLineEdit>(dialog, u"indicatorName"_s)->text(), u"Order Flow Pro"_s);
    QCOMPARE(child<QTableWidget>(dialog, u"versionsTable"_s)->rowCount(), 1);
    child<QLineEdit>(dialog, u"indicatorName"_s)->setText(u"Order Flow Pro 2"_s);
    child<QLineEdit>(dialog, u"versionName"_s)->setText(u"2.0"_s);
    child<QPushButton>(dialog, u"addVersion"_s)->click();
    status = child<QComboBox>(dialog, u"indicatorStatus"_s);
    status->setCurrentIndex(status->findData(int(IndicatorStatus::Retired)));
    saveButton(dialog)->click();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(cell(table, 0, IndicatorTableModel::Name), u"Order Flow Pro 2"_s);
    QCOMPARE(cell(table, 0, IndicatorTableModel::LatestVersion), u"2.0"_s);
    QCOMPARE(IndicatorStore(m_db->context()).byId(id)->status, IndicatorStatus::Retired);

    // The page's button reactivates (after a confirmation) and retires again.
    auto *retire = child<QPushButton>(&page, u"retireIndicator"_s);
    QVERIFY(retire->text().contains(u"Reac"_s));
    m_prompter->confirmations.enqueue(false); // changed their mind: nothing happens
    retire->click();
    QCOMPARE(IndicatorStore(m_db->context()).byId(id)->status, IndicatorStatus::Retired);
    m_prompter->confirmations.enqueue(true);
    retire->click();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(IndicatorStore(m_db->context()).byId(id)->status, IndicatorStatus::Live);
    QVERIFY(retire->text().contains(u"Retire"_s));
    m_prompter->confirmations.enqueue(true);
    retire->click();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(IndicatorStore(m_db->context()).byId(id)->status, IndicatorStatus::Retired);
    QCOMPARE(m_prompter->asked.size(), 3);

    // The status filter and the search box narrow the table.
    QVERIFY(indicator(u"Volume Lens"_s, u"PUB;ffffffffffffffffffffffffffffffff"_s) > 0);
    page.reload();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(table->model()->rowCount(), 2);
    auto *filter = child<QComboBox>(&page, u"statusFilter"_s);
    filter->setCurrentIndex(filter->findData(int(IndicatorStatus::Retired)));
    QCOMPARE(table->model()->rowCount(), 1);
    filter->setCurrentIndex(0);
    child<QLineEdit>(&page, u"indicatorSearch"_s)->setText(u"ffffff"_s);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(cell(table, 0, IndicatorTableModel::Name), u"Volume Lens"_s);

    // Every change was audited by the store.
    QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'indicator.updated'"_s)
                 .toInt(),
             3);
    QCOMPARE(
        m_db->scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'indicator.version_added'"_s)
            .toInt(),
        2);
}

void TestCatalogPages::pineIdFormatErrorsAreShown()
{
    IndicatorDialog dialog(context(m_tv.get()), 0);
    dialog.show();
    auto *pine = child<QLineEdit>(&dialog, u"indicatorPineId"_s);
    auto *check = child<QPushButton>(&dialog, u"checkOnTradingView"_s);
    child<QLineEdit>(&dialog, u"indicatorName"_s)->setText(u"Anything"_s);
    QVERIFY(dialog.pineIdMessage().contains(u"empty"_s));
    pine->setText(u"PUB;12345"_s);
    QVERIFY2(dialog.pineIdMessage().contains(u"characters after PUB;"_s),
             qPrintable(dialog.pineIdMessage()));
    QVERIFY(!saveButton(&dialog)->isEnabled());
    QVERIFY(!check->isEnabled());
    pine->setText(u"USER;0123456789abcdef0123456789abcdef"_s);
    QVERIFY(dialog.pineIdMessage().contains(u"unpublished"_s));
    pine->setText(u"my script"_s);
    QVERIFY(dialog.pineIdMessage().contains(u"is not a script id"_s));
    QVERIFY(!saveButton(&dialog)->isEnabled());
    pine->setText(u" pub;0123456789abcdef0123456789abcdef "_s);
    QVERIFY(dialog.pineIdMessage().contains(u"well formed"_s));
    QVERIFY(saveButton(&dialog)->isEnabled());
    QVERIFY(check->isEnabled());
    // A duplicate id is refused by the store and the dialog stays open saying so.
    QVERIFY(indicator(u"Already here"_s, foreignPine) > 0);
    saveButton(&dialog)->click();
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.errorMessage().contains(u"Already here"_s));
}

void TestCatalogPages::isItYoursAsksTradingView()
{
    IndicatorDialog dialog(context(m_tv.get()), 0);
    dialog.show();
    QSignalSpy answered(&dialog, &IndicatorDialog::checkFinished);
    auto *check = child<QPushButton>(&dialog, u"checkOnTradingView"_s);
    child<QLineEdit>(&dialog, u"indicatorPineId"_s)->setText(m_sandbox->pine(1));
    check->click();
    QVERIFY(dialog.isChecking());
    QVERIFY(!check->isEnabled()); // one question at a time; the dialog stays usable meanwhile
    QVERIFY(dialog.checkMessage().contains(u"Checking"_s));
    QVERIFY(answered.wait(10000));
    QCOMPARE(dialog.checkMessage(), u"Yours: %1"_s.arg(sandboxName(1)));
    // The empty name is filled from TradingView.
    QCOMPARE(child<QLineEdit>(&dialog, u"indicatorName"_s)->text(), sandboxName(1));

    child<QLineEdit>(&dialog, u"indicatorPineId"_s)->setText(foreignPine);
    QVERIFY(dialog.checkMessage().isEmpty()); // the old answer is about the old id
    check->click();
    QVERIFY(answered.wait(10000));
    QVERIFY2(dialog.checkMessage().startsWith(u"Not among your scripts"_s),
             qPrintable(dialog.checkMessage()));

    // Changing the id while a check runs drops the stale answer.
    check->click();
    child<QLineEdit>(&dialog, u"indicatorPineId"_s)->setText(m_sandbox->pine(0));
    QTRY_COMPARE_WITH_TIMEOUT(m_tv->client()->pendingRequests(), 0, 10000);
    QCOMPARE(answered.count(), 2); // the stale answer arrived and was dropped
    QVERIFY(dialog.checkMessage().isEmpty());
}

void TestCatalogPages::withoutSessionTheDialogSaysSo()
{
    for (TvConnection *tv : {static_cast<TvConnection *>(nullptr), m_tv.get()}) {
        if (tv)
            tv->clearSession();
        IndicatorDialog dialog(context(tv), 0);
        child<QLineEdit>(&dialog, u"indicatorPineId"_s)->setText(m_sandbox->pine(0));
        QVERIFY(!child<QPushButton>(&dialog, u"checkOnTradingView"_s)->isEnabled());
        QVERIFY(dialog.checkMessage().contains(u"No TradingView session"_s));

        ImportScriptsDialog import(context(tv));
        QVERIFY(!import.isFetching());
        QVERIFY(import.message().contains(u"No TradingView session"_s));
        QVERIFY(!child<QPushButton>(&import, u"addSelected"_s)->isEnabled());
    }
    // A session supplied while the dialog is open makes the check available.
    IndicatorDialog dialog(context(m_tv.get()), 0);
    child<QLineEdit>(&dialog, u"indicatorPineId"_s)->setText(m_sandbox->pine(0));
    m_tv->setSession(m_sandbox->client().session());
    QVERIFY(child<QPushButton>(&dialog, u"checkOnTradingView"_s)->isEnabled());
    QVERIFY(dialog.checkMessage().isEmpty());
}

void TestCatalogPages::importAddsOnlyTheMissingScripts()
{
    const qint64 known = indicator(u"My renamed script"_s, m_sandbox->pine(0));
    QVERIFY(known > 0);
    IndicatorsPage page(context(m_tv.get()));
    QSignalSpy loaded(&page, &IndicatorsPage::loaded);
    page.show();
    QVERIFY(loaded.wait(10000));

    child<QPushButton>(&page, u"importScripts"_s)->click();
    auto *dialog = page.findChild<ImportScriptsDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isFetching());
    QVERIFY(child<QWidget>(dialog, u"importBusy"_s)->isVisible());
    QSignalSpy fetched(dialog, &ImportScriptsDialog::fetched);
    QVERIFY(fetched.wait(10000));
    QVERIFY(!child<QWidget>(dialog, u"importBusy"_s)->isVisible());
    QCOMPARE(dialog->scriptCount(), 3);
    auto *scripts = child<QTableWidget>(dialog, u"scriptsTable"_s);
    QStringList names;
    for (int row = 0; row < 3; ++row) {
        names.append(scripts->item(row, ImportScriptsDialog::Name)->text());
        QCOMPARE(scripts->item(row, ImportScriptsDialog::Version)->text(), u"1.0"_s);
        const bool inCatalog =
            scripts->item(row, ImportScriptsDialog::PineId)->text() == m_sandbox->pine(0);
        QCOMPARE(scripts->item(row, ImportScriptsDialog::InCatalog)->text().startsWith(u"Yes"_s),
                 inCatalog);
    }
    QVERIFY(names.contains(sandboxName(1)) && names.contains(sandboxName(2)));
    // The missing ones are checked; the one already in the catalog cannot be.
    QStringList checked = dialog->checkedPineIds();
    checked.sort();
    QStringList missing{m_sandbox->pine(1), m_sandbox->pine(2)};
    missing.sort();
    QCOMPARE(checked, missing);
    QVERIFY(dialog->message().contains(u"2 script"_s));

    child<QPushButton>(dialog, u"addSelected"_s)->click();
    QVERIFY(loaded.wait(10000));
    QTRY_VERIFY(!page.findChild<ImportScriptsDialog *>());
    QVERIFY2(page.message().contains(u"2 script(s) added"_s), qPrintable(page.message()));
    QCOMPARE(page.model()->rowCount(), 3);
    IndicatorStore store(m_db->context());
    for (int i : {1, 2}) {
        const auto added = store.byPineId(m_sandbox->pine(i));
        QVERIFY(added);
        QCOMPARE(added->name, sandboxName(i));
        QCOMPARE(added->status, IndicatorStatus::Live);
        QCOMPARE(store.versions(added->id).value(0).version, u"1.0"_s);
    }
    QCOMPARE(store.byId(known)->name, u"My renamed script"_s); // left as the vendor named it
    QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'indicator.created'"_s)
                 .toInt(),
             3);

    // Again: nothing is missing, nothing to add.
    ImportScriptsDialog again(context(m_tv.get()));
    QSignalSpy fetchedAgain(&again, &ImportScriptsDialog::fetched);
    QVERIFY(fetchedAgain.wait(10000));
    QVERIFY(again.checkedPineIds().isEmpty());
    QVERIFY(!child<QPushButton>(&again, u"addSelected"_s)->isEnabled());
    QVERIFY(again.message().contains(u"already in the catalog"_s));
}

void TestCatalogPages::importFailureIsExplained()
{
    TvConnection stale(m_sandbox->server().baseUrl(), true);
    stale.setSession(TvSession(u"expired-cookie"_s, u"v3:nope"_s));
    ImportScriptsDialog dialog(context(&stale));
    QSignalSpy fetched(&dialog, &ImportScriptsDialog::fetched);
    QVERIFY(fetched.wait(10000));
    QVERIFY2(dialog.message().contains(u"did not list"_s), qPrintable(dialog.message()));
    QCOMPARE(dialog.scriptCount(), 0);
    QVERIFY(child<QPushButton>(&dialog, u"refreshScripts"_s)->isEnabled()); // can try again
    QTRY_COMPARE_WITH_TIMEOUT(stale.client()->pendingRequests(), 0, 10000);
}

void TestCatalogPages::createAPlanWithTwoIndicatorsAndAPrice()
{
    const qint64 alpha = indicator(u"Alpha"_s, u"PUB;aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"_s);
    const qint64 beta = indicator(u"Beta"_s, u"PUB;bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"_s,
                                  IndicatorStatus::Development);
    QVERIFY(indicator(u"Old"_s, u"PUB;cccccccccccccccccccccccccccccccc"_s,
                      IndicatorStatus::Retired) > 0);
    PlansPage page(context(m_tv.get()));
    QSignalSpy loaded(&page, &PlansPage::loaded);
    page.show();
    QVERIFY(loaded.wait(10000));
    QVERIFY(page.message().contains(u"No plans yet"_s));

    child<QPushButton>(&page, u"newPlan"_s)->click();
    auto *dialog = page.findChild<PlanDialog *>();
    QVERIFY(dialog);
    auto *list = child<QListWidget>(dialog, u"planIndicators"_s);
    QCOMPARE(list->count(), 2); // the retired one is not offered
    child<QLineEdit>(dialog, u"planName"_s)->setText(u"Pro bundle"_s);
    QVERIFY(!saveButton(dialog)->isEnabled()); // no indicator, no price yet
    for (int row = 0; row < list->count(); ++row)
        list->item(row)->setCheckState(Qt::Checked);
    auto *duration = child<QComboBox>(dialog, u"planDuration"_s);
    duration->setCurrentIndex(duration->findData(u"90D"_s));
    auto *price = child<QLineEdit>(dialog, u"planPrice"_s);
    price->setText(u"forty"_s);
    QVERIFY(dialog->priceMessage().contains(u"not an amount"_s));
    QVERIFY(!saveButton(dialog)->isEnabled());
    price->setText(u"1.234,50"_s);
    child<QComboBox>(dialog, u"planCurrency"_s)->setCurrentText(u"EUR"_s);
    QCOMPARE(dialog->priceMessage(), u"Clients pay 1234.50 EUR."_s); // C locale: no grouping
    child<QComboBox>(dialog, u"planCurrency"_s)->setCurrentText(u"EU"_s);
    QVERIFY(dialog->priceMessage().contains(u"currency code"_s));
    child<QComboBox>(dialog, u"planCurrency"_s)->setCurrentText(u"eur"_s);
    QVERIFY(saveButton(dialog)->isEnabled());
    saveButton(dialog)->click();
    QVERIFY(loaded.wait(10000));
    QTRY_VERIFY(!page.findChild<PlanDialog *>());

    auto *table = child<QTableView>(&page, u"plansTable"_s);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(cell(table, 0, PlanTableModel::Name), u"Pro bundle"_s);
    QCOMPARE(cell(table, 0, PlanTableModel::Indicators), u"Alpha, Beta"_s);
    QCOMPARE(cell(table, 0, PlanTableModel::DefaultDuration), Duration::days(90).displayText());
    QCOMPARE(cell(table, 0, PlanTableModel::Price), u"1234.50 EUR"_s);
    const qint64 id = page.selectedId();
    const auto plan = PlanStore(m_db->context()).byId(id);
    QVERIFY(plan);
    QCOMPARE(plan->price, Money(123450, u"EUR"_s));
    QCOMPARE(plan->indicatorIds, (QList<qint64>{alpha, beta}));

    // Edit: a custom number of days; the dialog shows what was saved.
    child<QPushButton>(&page, u"editPlan"_s)->click();
    dialog = page.findChild<PlanDialog *>();
    QVERIFY(dialog);
    QCOMPARE(child<QLineEdit>(dialog, u"planPrice"_s)->text(), u"1234.50"_s);
    duration = child<QComboBox>(dialog, u"planDuration"_s);
    QCOMPARE(duration->currentData().toString(), u"90D"_s);
    duration->setCurrentIndex(duration->findData(u"custom"_s));
    child<QSpinBox>(dialog, u"planCustomDays"_s)->setValue(45);
    saveButton(dialog)->click();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(PlanStore(m_db->context()).byId(id)->duration, Duration::days(45));

    // Deactivate, then delete after a confirmation.
    auto *activate = child<QPushButton>(&page, u"activatePlan"_s);
    activate->click();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(PlanStore(m_db->context()).byId(id)->active, false);
    QCOMPARE(cell(table, 0, PlanTableModel::Active), u"Inactive"_s);
    QVERIFY(activate->text().contains(u"Ac&tivate"_s));
    m_prompter->confirmations.enqueue(true);
    child<QPushButton>(&page, u"deletePlan"_s)->click();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(table->model()->rowCount(), 0);
    QVERIFY(!PlanStore(m_db->context()).byId(id));
    QCOMPARE(m_prompter->asked.size(), 1);
}

void TestCatalogPages::deleteIsRefusedWhileInUse()
{
    const qint64 used = indicator(u"In a plan"_s, u"PUB;aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"_s);
    const qint64 unused = indicator(u"Unused"_s, u"PUB;bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"_s);
    Plan plan;
    plan.name = u"Basic"_s;
    plan.indicatorIds = {used};
    plan.price = Money(1000, u"USD"_s);
    QVERIFY(PlanStore(m_db->context()).create(plan).ok());

    IndicatorsPage page(context(m_tv.get()));
    QSignalSpy loaded(&page, &IndicatorsPage::loaded);
    page.show();
    QVERIFY(loaded.wait(10000));
    QVERIFY(page.select(used));
    m_prompter->confirmations.enqueue(true);
    child<QPushButton>(&page, u"deleteIndicator"_s)->click();
    QCOMPARE(m_prompter->warnings.size(), 1);
    QVERIFY2(m_prompter->warnings.first().contains(u"retire it instead"_s),
             qPrintable(m_prompter->warnings.first()));
    QVERIFY(IndicatorStore(m_db->context()).byId(used));

    QVERIFY(page.select(unused));
    m_prompter->confirmations.enqueue(true);
    child<QPushButton>(&page, u"deleteIndicator"_s)->click();
    QVERIFY(loaded.wait(10000));
    QVERIFY(!IndicatorStore(m_db->context()).byId(unused));
    QCOMPARE(page.model()->rowCount(), 1);
    QVERIFY(page.message().contains(u"deleted"_s));
}

QTEST_MAIN(TestCatalogPages)
#include "tst_catalogpages.moc"
