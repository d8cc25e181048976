#pragma once

#include "store/DatabaseTarget.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace pinedesk {

class Database;
class JobRunner;
class TeamDatabasePassword;

// Settings › Storage › Connect to a team database: the server, database and user of a team's
// PostgreSQL database, the password (saved in the keychain, never in the settings) and TLS.
// "Test connection" connects on a worker and says what opening it will do; OK saves the
// password and hands back the address, which the window opens after a restart.
class TeamDatabaseDialog final : public QDialog
{
    Q_OBJECT

public:
    // `database` is the one open now: the test runs on the console's shared job runner.
    TeamDatabaseDialog(const DatabaseTarget &current, Database &database,
                       QWidget *parent = nullptr);

    DatabaseTarget target() const;

    void accept() override;

Q_SIGNALS:
    void tested(bool ok, const QString &message);

private:
    Expected<DatabaseTarget> typedTarget() const;
    void test();
    void showResult(bool ok, const QString &message);
    void setBusy(bool busy, const QString &message);

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_ssl;
    QPushButton *m_test;
    QProgressBar *m_busy;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
    JobRunner *m_jobs;
    TeamDatabasePassword *m_keychain = nullptr;
    DatabaseTarget m_accepted;
};

} // namespace pinedesk
