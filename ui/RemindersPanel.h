#pragma once

#include "ConsoleContext.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace pinedesk {

class AppSettings;
class JobRunner;
class SmtpPassword;

// The Settings page's "Reminders and e-mail": when the vendor and the clients hear that access
// ends (reminder days, e-mails to clients, their default language, the signature and renewal
// link), the mail server (its password only in the keychain) with a test e-mail sent on a
// worker, the e-mail templates, and the desktop notifications (tray, quiet hours). Saved as
// they are changed; the mail server once its fields make a valid whole.
class RemindersPanel final : public QGroupBox
{
    Q_OBJECT

public:
    RemindersPanel(ConsoleContext context, AppSettings &settings, QWidget *parent = nullptr);
    ~RemindersPanel() override;

    QString message() const;
    bool isSending() const;

public Q_SLOTS:
    void sendTest();
    void editTemplates();

Q_SIGNALS:
    void testFinished();
    // The mail password changed: the reminder scheduler sends with it from now on.
    void mailPasswordChanged(const QByteArray &password);

private:
    void load();
    void saveReminders();
    void saveServer();
    void savePassword();
    void saveDesktop();

    ConsoleContext m_ctx;
    AppSettings &m_settings;
    JobRunner *m_jobs;
    SmtpPassword *m_keychain;
    QByteArray m_password;
    QString m_keychainProblem; // why the password could not be read, if it could not
    QLineEdit *m_days;
    QCheckBox *m_emailClients;
    QComboBox *m_language;
    QLineEdit *m_vendor;
    QLineEdit *m_renewal;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QComboBox *m_security;
    QLineEdit *m_user;
    QLineEdit *m_passwordEdit;
    QLineEdit *m_from;
    QLineEdit *m_fromName;
    QSpinBox *m_perMinute;
    QLineEdit *m_testTo;
    QPushButton *m_test;
    QCheckBox *m_desktop;
    QCheckBox *m_tray;
    QCheckBox *m_quiet;
    QTimeEdit *m_quietFrom;
    QTimeEdit *m_quietTo;
    QLabel *m_message;
    bool m_loading = false;
};

} // namespace pinedesk
