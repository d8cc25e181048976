#include "TeamDatabaseDialog.h"
#include "TestDatabase.h"
#include "settings/TeamDatabasePassword.h"
#include "store/Schema.h"
#include "store/Statement.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace pinedesk;
using namespace Qt::Literals::StringLiterals;

// Settings › Connect to a team database, against the scratch PostgreSQL cluster, with the
// password going to the private keyring of the test session.
class TestTeamDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void testSaysWhatOpeningWillDo();
    void aWrongServerIsToldNotHidden();
    void connectKeepsThePasswordInTheKeychainOnly();

private:
    void fill(TeamDatabaseDialog &dialog, const DatabaseTarget &target);
    std::pair<bool, QString> testConnection(TeamDatabaseDialog &dialog);

    std::unique_ptr<test::TestDatabase> m_db;
    QString m_empty;
};

void TestTeamDatabase::init()
{
    QVERIFY2(test::TestDatabase::postgresqlRequested(),
             "run with PINEDESK_TEST_BACKEND=postgresql (ctest does)");
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
    // A second, empty database next to it: what a team's administrator hands out.
    m_empty = m_db->database().target().database + u"_empty"_s;
    QVERIFY(
        Statement::runFixed(m_db->database().connection(), u"CREATE DATABASE "_s + m_empty).ok());
}

void TestTeamDatabase::cleanup()
{
    if (m_db && !m_empty.isEmpty())
        QVERIFY(Statement::runFixed(m_db->database().connection(),
                                    u"DROP DATABASE IF EXISTS "_s + m_empty + u" WITH (FORCE)"_s)
                    .ok());
    m_db.reset();
}

void TestTeamDatabase::fill(TeamDatabaseDialog &dialog, const DatabaseTarget &target)
{
    dialog.findChild<QLineEdit *>(u"host"_s)->setText(target.host);
    dialog.findChild<QSpinBox *>(u"port"_s)->setValue(target.port);
    dialog.findChild<QLineEdit *>(u"database"_s)->setText(target.database);
    dialog.findChild<QLineEdit *>(u"user"_s)->setText(target.user);
}

std::pair<bool, QString> TestTeamDatabase::testConnection(TeamDatabaseDialog &dialog)
{
    QSignalSpy tested(&dialog, &TeamDatabaseDialog::tested);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"test"_s), Qt::LeftButton);
    // A refusal found without connecting is told at once, before any wait.
    if (tested.isEmpty() && !tested.wait(20000))
        return {false, u"no answer"_s};
    return {tested.first().at(0).toBool(), tested.first().at(1).toString()};
}

void TestTeamDatabase::testSaysWhatOpeningWillDo()
{
    DatabaseTarget team = m_db->database().target();
    TeamDatabaseDialog dialog(DatabaseTarget{}, m_db->database());
    fill(dialog, team);
    auto [ok, message] = testConnection(dialog);
    QVERIFY2(ok, qPrintable(message));
    QVERIFY2(message.contains(u"PineDesk database (schema %1)"_s.arg(Schema::latestVersion())),
             qPrintable(message));

    team.database = m_empty;
    fill(dialog, team);
    std::tie(ok, message) = testConnection(dialog);
    QVERIFY2(ok, qPrintable(message));
    QVERIFY2(message.contains(u"The database is empty"_s), qPrintable(message));
    QVERIFY(dialog.findChild<QLabel *>(u"result"_s)->text().contains(message));

    // A database with tables of something else is not for PineDesk.
    {
        DatabaseTarget other = team;
        Database foreign(other);
        QVERIFY(
            Statement::runFixed(foreign.connection(), u"CREATE TABLE invoices (id int)"_s).ok());
    }
    std::tie(ok, message) = testConnection(dialog);
    QVERIFY(!ok);
    QVERIFY2(message.contains(u"not PineDesk's"_s), qPrintable(message));
}

void TestTeamDatabase::aWrongServerIsToldNotHidden()
{
    DatabaseTarget team = m_db->database().target();
    TeamDatabaseDialog dialog(DatabaseTarget{}, m_db->database());
    team.database = u"no_such_database"_s;
    fill(dialog, team);
    const auto [ok, message] = testConnection(dialog);
    QVERIFY(!ok);
    QVERIFY2(message.contains(u"could not connect"_s) && message.contains(u"no_such_database"_s),
             qPrintable(message));

    dialog.findChild<QLineEdit *>(u"host"_s)->clear();
    const auto [ok2, message2] = testConnection(dialog);
    QVERIFY(!ok2);
    QVERIFY2(message2.contains(u"server"_s), qPrintable(message2));
}

void TestTeamDatabase::connectKeepsThePasswordInTheKeychainOnly()
{
    DatabaseTarget team = m_db->database().target();
    team.database = m_empty;
    TeamDatabaseDialog dialog(DatabaseTarget{}, m_db->database());
    fill(dialog, team);
    auto *ssl = dialog.findChild<QComboBox *>(u"sslMode"_s);
    ssl->setCurrentIndex(ssl->findData(u"disable"_s));
    dialog.findChild<QLineEdit *>(u"password"_s)->setText(u"s3cret-team"_s);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.accept();
    QVERIFY(accepted.count() > 0 || accepted.wait(20000));

    const DatabaseTarget chosen = dialog.target();
    QVERIFY(chosen.isPostgresql());
    QCOMPARE(chosen.database, m_empty);
    QCOMPARE(chosen.sslMode, u"disable"_s);
    QVERIFY2(!chosen.toString().contains(u"s3cret"_s), qPrintable(chosen.toString()));
    QString problem;
    QCOMPARE(TeamDatabasePassword::loadNow(chosen, &problem), u"s3cret-team"_s);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // The keychain entry does not depend on the TLS setting.
    DatabaseTarget again = chosen;
    again.sslMode = u"require"_s;
    QCOMPARE(TeamDatabasePassword::loadNow(again), u"s3cret-team"_s);
}

QTEST_MAIN(TestTeamDatabase)
#include "tst_teamdatabase.moc"
