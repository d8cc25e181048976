#include "AccessChangeDialog.h"
#include "ClientProfileDialog.h"
#include "ClientsPage.h"
#include "ImportClientsDialog.h"
#include "SandboxFixture.h"
#include "ScriptedPrompter.h"
#include "TestDatabase.h"
#include "backup/BackupCatalog.h"
#include "items/ClientTableModel.h"
#include "settings/AppSettings.h"
#include "store/ClientStore.h"
#include "store/IndicatorStore.h"
#include "store/PaymentStore.h"
#include "store/StoreError.h"
#include "tradingview/TvConnection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace pinedesk;
using namespace pinedesk::test;
using namespace Qt::Literals::StringLiterals;

// The CRM page as a vendor uses it, offscreen: search, filters, segments, the profile with the
// TradingView username check (against the sandbox), and access changes from a selection.
class TestClientsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void typingInSearchFiltersTheTable();
    void filtersFromThePanelCombine();
    void createEditAndDeleteAClient();
    void invalidInputIsRefusedWithAReason();
    void aProfileThatCannotBeReadIsNeverSaved();
    void deletingSeveralClientsBacksUpFirst();
    void usernameCheckShowsTradingViewsSpelling();
    void segmentIsSavedAndReapplied();
    void selectionIsGrantedThroughTheQueue();
    void exportWritesTheCurrentViewAndImportsBack();

private:
    bool waitLoaded(ClientsPage &page);
    ConsoleContext context(TvConnection *tv = nullptr)
    {
        return {m_db->database(), m_db->clock(), u"gui:test"_s, tv};
    }

    std::unique_ptr<TestDatabase> m_db;
};

void TestClientsPage::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY(m_db->isOpen());
    ClientStore store(m_db->context());
    const QStringList names = {u"Ana Smith"_s, u"Bob Jones"_s, u"Carla Smithers"_s, u"Dan Brown"_s};
    for (int i = 0; i < names.size(); ++i) {
        Client c;
        c.tvUsername = u"trader0000%1"_s.arg(i + 1);
        c.fullName = names[i];
        c.email = u"client%1@example.com"_s.arg(i + 1);
        c.status = i == 3 ? ClientStatus::Inactive : ClientStatus::Active;
        QVERIFY(store.create(c).ok());
    }
    Payment p;
    p.clientId = store.byUsername(u"trader00002"_s)->id;
    p.amount = Money(9900, u"USD"_s);
    p.paidAt = m_db->clock().nowUtc().addDays(-200);
    QVERIFY(PaymentStore(m_db->context()).add(p).ok());
}

void TestClientsPage::cleanup()
{
    StoreError::setFault({});
    m_db.reset();
}

bool TestClientsPage::waitLoaded(ClientsPage &page)
{
    return QTest::qWaitFor([&] { return !page.model()->isLoading(); }, 10000);
}

void TestClientsPage::typingInSearchFiltersTheTable()
{
    ClientsPage page(context());
    page.show();
    QVERIFY(waitLoaded(page));
    QCOMPARE(page.model()->rowCount(), 4);
    auto *search = page.findChild<QLineEdit *>(u"search"_s);
    QTest::keyClicks(search, u"smi"_s);
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 2, 10000);
    QVERIFY(waitLoaded(page));
    QCOMPARE(page.findChild<QLabel *>(u"clientCount"_s)->text(), u"2 matching client(s)"_s);
    QTest::keyClicks(search, u"thers"_s);
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 1, 10000);
    QCOMPARE(page.model()->index(0, ClientTableModel::Name).data().toString(), u"Carla Smithers"_s);
    search->clear();
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 4, 10000);
}

void TestClientsPage::filtersFromThePanelCombine()
{
    ClientsPage page(context());
    page.show();
    QVERIFY(waitLoaded(page));
    page.findChild<QCheckBox *>(u"status_active"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 3, 10000);
    page.findChild<QCheckBox *>(u"noPayment"_s)->click(); // 120 days by default
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 1, 10000);
    QVERIFY(waitLoaded(page));
    QCOMPARE(page.model()->index(0, ClientTableModel::Username).data().toString(),
             u"trader00002"_s);
    page.findChild<QSpinBox *>(u"noPaymentDays"_s)->setValue(300);
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 0, 10000);
}

void TestClientsPage::createEditAndDeleteAClient()
{
    ScriptedPrompter prompter;
    ClientsPage page(context());
    page.show();
    QVERIFY(waitLoaded(page));
    page.findChild<QPushButton *>(u"newClient"_s)->click();
    auto *profile = page.findChild<ClientProfileDialog *>();
    QVERIFY(profile && profile->isVisible());
    profile->findChild<QLineEdit *>(u"username"_s)->setText(u"@NewTrader"_s);
    profile->findChild<QLineEdit *>(u"email"_s)->setText(u"new@example.com"_s);
    profile->findChild<QLineEdit *>(u"fullName"_s)->setText(u"New Person"_s);
    profile->findChild<QPushButton *>(u"saveButton"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 5, 10000);
    const auto created = ClientStore(m_db->context()).byUsername(u"newtrader"_s);
    QVERIFY(created);
    QCOMPARE(created->tvUsername, u"NewTrader"_s); // '@' removed, spelling kept
    QCOMPARE(created->email, u"new@example.com"_s);
    QTRY_VERIFY(!page.findChild<ClientProfileDialog *>());

    // Edit: select it, open it, change the e-mail.
    page.findChild<QLineEdit *>(u"search"_s)->setText(u"NewTrader"_s);
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 1, 10000);
    QVERIFY(waitLoaded(page));
    page.table()->setCurrentIndex(page.model()->index(0, 0));
    page.findChild<QPushButton *>(u"openClient"_s)->click();
    profile = page.findChild<ClientProfileDialog *>();
    QVERIFY(profile);
    QCOMPARE(profile->findChild<QLineEdit *>(u"email"_s)->text(), u"new@example.com"_s);
    profile->findChild<QLineEdit *>(u"email"_s)->setText(u"changed@example.com"_s);
    QVERIFY(profile->save());
    profile->close();
    QCOMPARE(ClientStore(m_db->context()).byId(created->id)->email, u"changed@example.com"_s);

    // Delete, confirmed.
    QVERIFY(waitLoaded(page));
    page.table()->selectRow(0);
    prompter.confirmations.enqueue(true);
    page.findChild<QPushButton *>(u"deleteClient"_s)->click(); // deleted on a worker
    QTRY_VERIFY_WITH_TIMEOUT(page.message().contains(u"1 client(s) deleted"_s), 10000);
    QVERIFY(!ClientStore(m_db->context()).byId(created->id));
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 0, 10000);
}

void TestClientsPage::invalidInputIsRefusedWithAReason()
{
    ClientProfileDialog profile(context(), 0);
    profile.findChild<QLineEdit *>(u"username"_s)->setText(u"bad name!"_s);
    QVERIFY(!profile.save());
    QVERIFY(!profile.message().isEmpty());
    profile.findChild<QLineEdit *>(u"username"_s)->setText(u"trader00001"_s); // taken
    QVERIFY(!profile.save());
    QVERIFY(profile.message().contains(u"trader00001"_s));
    profile.findChild<QLineEdit *>(u"username"_s)->setText(u"fresh_one"_s);
    profile.findChild<QLineEdit *>(u"email"_s)->setText(u"not-an-email"_s);
    QVERIFY(!profile.save());
    QCOMPARE(ClientStore(m_db->context()).count(), 4);
}

// A profile whose payments (or any part) cannot be read shows why and offers no Save: saving the
// blank form would overwrite the client.
void TestClientsPage::aProfileThatCannotBeReadIsNeverSaved()
{
    const Client before = *ClientStore(m_db->context()).byUsername(u"trader00002"_s);
    StoreError::setFault(u"FROM payments"_s);
    ClientProfileDialog profile(context(), before.id);
    QVERIFY2(profile.message().contains(u"could not be read"_s), qPrintable(profile.message()));
    QVERIFY(!profile.findChild<QPushButton *>(u"saveButton"_s)->isEnabled());
    QVERIFY(!profile.save());
    StoreError::setFault({});
    const Client after = *ClientStore(m_db->context()).byId(before.id);
    QCOMPARE(after.email, before.email);
    QCOMPARE(after.fullName, before.fullName);

    // Readable again: the same dialog reopened fills the form and saves.
    ClientProfileDialog again(context(), before.id);
    QVERIFY(again.findChild<QPushButton *>(u"saveButton"_s)->isEnabled());
    QCOMPARE(again.findChild<QLineEdit *>(u"email"_s)->text(), before.email);
    QVERIFY(again.save());
}

// Deleting several clients is a bulk change: a backup is taken first, and when it cannot be,
// nothing is deleted.
void TestClientsPage::deletingSeveralClientsBacksUpFirst()
{
    ScriptedPrompter prompter;
    AppSettings settings;
    const QString previous = settings.backupFolder();
    QFile blocker(m_db->dir() + u"/not-a-folder"_s);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    settings.setBackupFolder(blocker.fileName() + u"/backups"_s); // cannot be created
    ClientsPage page(context());
    page.show();
    QVERIFY(waitLoaded(page));
    page.table()->selectAll();
    QCOMPARE(page.selectedIds().size(), 4);
    prompter.confirmations.enqueue(true);
    page.findChild<QPushButton *>(u"deleteClient"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(page.message().contains(u"Nothing was deleted"_s), 10000);
    QCOMPARE(ClientStore(m_db->context()).count(), 4);

    const QString folder = m_db->dir() + u"/backups"_s;
    settings.setBackupFolder(folder);
    QVERIFY(waitLoaded(page));
    page.table()->selectAll();
    prompter.confirmations.enqueue(true);
    page.findChild<QPushButton *>(u"deleteClient"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(page.message().contains(u"4 client(s) deleted"_s), 10000);
    QCOMPARE(ClientStore(m_db->context()).count(), 0);
    const auto backups = BackupCatalog::list(folder);
    QVERIFY(backups && backups->size() == 1);
    QCOMPARE(backups->first().reason, u"pre-delete"_s);
    settings.setBackupFolder(previous);
}

void TestClientsPage::usernameCheckShowsTradingViewsSpelling()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.isListening());
    sandbox.state().addUser(u"ChartWizard"_s);
    TvConnection tv(sandbox.client().baseUrl(), true);
    tv.setSession(sandbox.client().session());
    ClientProfileDialog profile(context(&tv), 0);
    profile.show();
    auto *username = profile.findChild<QLineEdit *>(u"username"_s);
    QTest::keyClicks(username, u"chartwizard"_s);
    profile.findChild<QPushButton *>(u"checkUsername"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(profile.usernameCheckText().contains(u"ChartWizard"_s), 10000);
    auto *adopt = profile.findChild<QPushButton *>(u"adoptSpelling"_s);
    QVERIFY(adopt->isVisible());
    adopt->click();
    QCOMPARE(username->text(), u"ChartWizard"_s);

    username->clear();
    QTest::keyClicks(username, u"nobody_like_this"_s);
    profile.findChild<QPushButton *>(u"checkUsername"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(profile.usernameCheckText().contains(u"no user named"_s), 10000);
    QVERIFY(!adopt->isVisible());

    // Closed before the answer comes: the answer is dropped, nothing breaks.
    auto *early = new ClientProfileDialog(context(&tv), 0);
    early->findChild<QLineEdit *>(u"username"_s)->setText(u"ChartWizard"_s);
    early->checkUsername();
    QVERIFY(tv.client()->pendingRequests() > 0);
    delete early;
    QTRY_COMPARE_WITH_TIMEOUT(tv.client()->pendingRequests(), 0, 10000);
}

void TestClientsPage::segmentIsSavedAndReapplied()
{
    ScriptedPrompter prompter;
    ClientsPage page(context());
    page.show();
    QVERIFY(waitLoaded(page));
    page.findChild<QCheckBox *>(u"noPayment"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 1, 10000);
    prompter.texts.enqueue(u"Inactive 120 days"_s);
    page.saveSegment();
    auto *segments = page.findChild<QComboBox *>(u"segments"_s);
    QCOMPARE(segments->currentText(), u"Inactive 120 days"_s);

    ClientsPage again(context()); // a new session of the page finds it
    again.show();
    QVERIFY(waitLoaded(again));
    QCOMPARE(again.model()->rowCount(), 4);
    auto *saved = again.findChild<QComboBox *>(u"segments"_s);
    const int index = saved->findText(u"Inactive 120 days"_s);
    QVERIFY(index > 0);
    saved->setCurrentIndex(index);
    Q_EMIT saved->activated(index);
    QTRY_COMPARE_WITH_TIMEOUT(again.model()->rowCount(), 1, 10000);
    QVERIFY(again.findChild<QCheckBox *>(u"noPayment"_s)->isChecked());
}

void TestClientsPage::selectionIsGrantedThroughTheQueue()
{
    Indicator indicator;
    indicator.name = u"Trend Rider"_s;
    indicator.pineId = u"PUB;bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"_s;
    indicator.status = IndicatorStatus::Live;
    const auto id = IndicatorStore(m_db->context()).create(indicator);
    QVERIFY(id.ok());
    ClientsPage page(context());
    page.show();
    QVERIFY(waitLoaded(page));
    page.table()->selectRow(0);
    page.table()->selectionModel()->select(page.model()->index(2, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(page.selectedUsernames(), (QStringList{u"trader00001"_s, u"trader00003"_s}));
    page.findChild<QPushButton *>(u"grantSelected"_s)->click();
    auto *dialog = page.findChild<AccessChangeDialog *>();
    QVERIFY(dialog);
    QVERIFY(!dialog->submit()); // no indicator chosen yet
    QVERIFY(dialog->message().contains(u"indicator"_s));
    dialog->selectIndicators({*id});
    dialog->choosePreset(u"30D"_s);
    QVERIFY(dialog->submit());
    QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM sync_queue WHERE state = 'pending'"_s).toInt(), 2);
    QCOMPARE(m_db->scalar(u"SELECT expires_at FROM accesses a JOIN clients c ON c.id = "
                          "a.client_id WHERE c.tv_username = 'trader00003'"_s)
                 .toString(),
             u"2026-04-14T10:00:00.000Z"_s);
}

void TestClientsPage::exportWritesTheCurrentViewAndImportsBack()
{
    ScriptedPrompter prompter;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"smiths.csv"_s);
    ClientsPage page(context());
    page.show();
    QVERIFY(waitLoaded(page));
    page.findChild<QLineEdit *>(u"search"_s)->setText(u"smi"_s);
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 2, 10000);
    QVERIFY(waitLoaded(page));
    prompter.files.enqueue(path);
    page.findChild<QPushButton *>(u"exportClients"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!page.isExporting(), 10000);
    QVERIFY2(page.message().contains(u"2 client(s) exported"_s), qPrintable(page.message()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(file.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines[1].startsWith(u"trader00001,client1@example.com,Ana Smith,active"_s));
    QVERIFY(lines[2].startsWith(u"trader00003,"_s));
    file.close();

    // Edited in a spreadsheet: one new client, one changed, one bad line; imported from the page.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(lines[0].toUtf8() + "\r\n" +
               "trader00001,ana.new@example.com,Ana Smith,active,,,\r\n"
               "brand_new,new@example.com,New Client,lead,,,\r\n"
               "bad name!,x@example.com,Bad,active,,,\r\n");
    file.close();
    prompter.files.enqueue(path);
    page.findChild<QPushButton *>(u"importClients"_s)->click();
    auto *dialog = page.findChild<ImportClientsDialog *>();
    QVERIFY(dialog);
    QSignalSpy finished(dialog, &ImportClientsDialog::importFinished);
    dialog->startImport();
    QVERIFY(finished.wait(10000));
    ClientStore store(m_db->context());
    QCOMPARE(store.byUsername(u"trader00001"_s)->email, u"ana.new@example.com"_s);
    QVERIFY(store.byUsername(u"brand_new"_s));
    QCOMPARE(store.count(), 5);
    QVERIFY(dialog->summary().contains(u"1"_s));
}

QTEST_MAIN(TestClientsPage)
#include "tst_clientspage.moc"
