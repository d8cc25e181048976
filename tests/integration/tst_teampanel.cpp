#include "TeamPanel.h"
#include "TestDatabase.h"
#include "services/ChangeFeed.h"
#include "services/TeamService.h"
#include "store/DatabaseTarget.h"

#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace pinedesk;
using namespace pinedesk::test;
using namespace Qt::Literals::StringLiterals;

// Settings › Team on a team database: every member sees who is in the team and with which role;
// only admins may change it, and the others are told why the buttons are off.
class TestTeamPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void adminSeesTheTeamAndItsChanges();
    void otherRolesSeeButCannotChange();

private:
    static QStringList column(QTableWidget *table, int column);
};

void TestTeamPanel::initTestCase()
{
    QVERIFY2(TestDatabase::postgresqlRequested(),
             "this test needs the scratch PostgreSQL cluster that packaging/test-session.sh "
             "starts (PINEDESK_TEST_BACKEND=postgresql)");
}

QStringList TestTeamPanel::column(QTableWidget *table, int column)
{
    QStringList values;
    for (int row = 0; row < table->rowCount(); ++row)
        values.append(table->item(row, column) ? table->item(row, column)->text() : QString());
    return values;
}

void TestTeamPanel::adminSeesTheTeamAndItsChanges()
{
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.openError()));
    ChangeFeed feed;
    TeamPanel panel({db.database(), db.clock(), u"gui:admin"_s, nullptr, &feed});
    panel.resize(760, 360);
    panel.show();
    auto *table = panel.findChild<QTableWidget *>(u"teamMembers"_s);
    QVERIFY(table);
    QVERIFY(QTest::qWaitFor([&] { return table->rowCount() == 1 && !panel.isBusy(); }, 10000));
    QCOMPARE(column(table, 0), QStringList{db.database().member().login});
    QCOMPARE(column(table, 2), QStringList{TeamRoleNames::displayName(TeamRole::Admin)});
    QVERIFY(panel.findChild<QLabel *>(u"teamYou"_s)->text().contains(db.database().member().login));

    // Another admin window adds two members: the panel follows the feed.
    const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(8);
    TeamService team(ServiceContext(db.context(u"gui:admin"_s), &feed));
    TeamMember sam;
    sam.login = u"sam_"_s + suffix;
    sam.displayName = u"Sam Ortega"_s;
    sam.role = TeamRole::Support;
    QVERIFY(team.invite(sam, u"pass-1"_s));
    TeamMember rita;
    rita.login = u"rita_"_s + suffix;
    rita.displayName = u"Rita Gómez"_s;
    rita.role = TeamRole::Seller;
    QVERIFY(team.invite(rita, u"pass-2"_s));
    QVERIFY(team.setActive(rita.login, false));
    QVERIFY(QTest::qWaitFor([&] { return table->rowCount() == 3 && !panel.isBusy(); }, 10000));
    const QStringList logins = column(table, 0);
    const int ritaRow = int(logins.indexOf(rita.login));
    QVERIFY(ritaRow >= 0);
    QCOMPARE(table->item(ritaRow, 1)->text(), u"Rita Gómez"_s);
    QCOMPARE(table->item(ritaRow, 3)->text(), TeamPanel::tr("Disabled"));

    // Selecting a disabled member offers to enable it.
    table->selectRow(ritaRow);
    auto *toggle = panel.findChild<QPushButton *>(u"teamActive"_s);
    QVERIFY(toggle->isEnabled());
    QCOMPARE(toggle->text(), TeamPanel::tr("&Enable"));
    panel.toggleActive();
    QVERIFY(QTest::qWaitFor(
        [&] {
            const int row = int(column(table, 0).indexOf(rita.login));
            return !panel.isBusy() && row >= 0 &&
                   table->item(row, 3)->text() == TeamPanel::tr("Active");
        },
        10000));
    QCOMPARE(panel.message(), TeamPanel::tr("Saved."));

    const QString dir = qEnvironmentVariable("PINEDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(panel.grab().save(dir + u"/settings-team.png"_s));
}

void TestTeamPanel::otherRolesSeeButCannotChange()
{
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.openError()));
    const QString login = u"sue_"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
    TeamMember sue;
    sue.login = login;
    sue.role = TeamRole::Support;
    QVERIFY(TeamService(db.context()).invite(sue, u"pass"_s));
    auto target = DatabaseTarget::parse(db.path()).value();
    target.user = login;
    Database asSue(target);
    QVERIFY(asSue.open());

    TeamPanel panel({asSue, db.clock(), u"gui:sue"_s, nullptr, nullptr});
    panel.show();
    auto *table = panel.findChild<QTableWidget *>(u"teamMembers"_s);
    QVERIFY(QTest::qWaitFor([&] { return table->rowCount() == 2 && !panel.isBusy(); }, 10000));
    table->selectRow(0);
    for (const QString &name : {u"teamAdd"_s, u"teamRole"_s, u"teamActive"_s}) {
        auto *button = panel.findChild<QPushButton *>(name);
        QVERIFY2(button && !button->isEnabled(), qPrintable(name));
    }
    QCOMPARE(panel.findChild<QPushButton *>(u"teamAdd"_s)->toolTip(),
             TeamRoleNames::refusal(TeamRole::Support, Permission::ManageTeam));
}

QTEST_MAIN(TestTeamPanel)
#include "tst_teampanel.moc"
