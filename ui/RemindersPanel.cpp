#include "RemindersPanel.h"

#include "EmailOutboxDialog.h"
#include "EmailTemplatesDialog.h"
#include "jobs/JobRunner.h"
#include "mail/EmailTemplate.h"
#include "mail/MimeMessage.h"
#include "mail/SmtpClient.h"
#include "mail/SmtpPassword.h"
#include "mail/SmtpSettings.h"
#include "reminders/ReminderSettings.h"
#include "settings/AppSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(u"<b>%1</b>"_s.arg(text.toHtmlEscaped()), parent);
    label->setContentsMargins(0, 8, 0, 0);
    return label;
}

} // namespace

RemindersPanel::RemindersPanel(ConsoleContext context, AppSettings &settings, QWidget *parent)
    : QGroupBox(tr("Reminders and e-mail"), parent)
    , m_ctx(std::move(context))
    , m_settings(settings)
    , m_jobs(new JobRunner(m_ctx.database, this))
    , m_keychain(new SmtpPassword(QStringLiteral("PineDesk"), this))
    , m_days(new QLineEdit(this))
    , m_emailClients(new QCheckBox(tr("&E-mail clients before their access ends"), this))
    , m_language(new QComboBox(this))
    , m_vendor(new QLineEdit(this))
    , m_renewal(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_security(new QComboBox(this))
    , m_user(new QLineEdit(this))
    , m_passwordEdit(new QLineEdit(this))
    , m_from(new QLineEdit(this))
    , m_fromName(new QLineEdit(this))
    , m_perMinute(new QSpinBox(this))
    , m_testTo(new QLineEdit(this))
    , m_test(new QPushButton(tr("Send &test e-mail"), this))
    , m_desktop(new QCheckBox(tr("Show &desktop notifications"), this))
    , m_tray(new QCheckBox(tr("&Keep PineDesk in the tray when the window is closed"), this))
    , m_quiet(new QCheckBox(tr("&Quiet hours, from"), this))
    , m_quietFrom(new QTimeEdit(this))
    , m_quietTo(new QTimeEdit(this))
    , m_message(new QLabel(this))
{
    setObjectName(u"remindersPanel"_s);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_days->setObjectName(u"reminderDays"_s);
    m_days->setToolTip(tr("Days before the last day of an access, separated by commas. Each "
                          "access is announced once for each."));
    form->addRow(tr("&Remind, days before the end:"), m_days);
    m_emailClients->setObjectName(u"emailClients"_s);
    form->addRow(QString(), m_emailClients);
    m_language->setObjectName(u"defaultLanguage"_s);
    m_language->addItem(tr("English"), u"en"_s);
    m_language->addItem(tr("Spanish"), u"es"_s);
    form->addRow(tr("&Language of clients who have none:"), m_language);
    m_vendor->setObjectName(u"vendorName"_s);
    m_vendor->setPlaceholderText(tr("Your business name, which signs the e-mails"));
    form->addRow(tr("&Signature:"), m_vendor);
    m_renewal->setObjectName(u"renewalUrl"_s);
    m_renewal->setPlaceholderText(u"https://"_s);
    form->addRow(tr("Re&newal link:"), m_renewal);
    layout->addLayout(form);
    auto *templates = new QPushButton(tr("Edit e-mail &templates…"), this);
    templates->setObjectName(u"editTemplates"_s);
    auto *outbox = new QPushButton(tr("E-mail &outbox…"), this);
    outbox->setObjectName(u"openOutbox"_s);
    auto *templateRow = new QHBoxLayout;
    templateRow->addWidget(templates);
    templateRow->addWidget(outbox);
    templateRow->addStretch(1);
    layout->addLayout(templateRow);

    layout->addWidget(sectionTitle(tr("Mail server"), this));
    auto *server = new QFormLayout;
    m_host->setObjectName(u"smtpHost"_s);
    m_host->setPlaceholderText(u"smtp.example.com"_s);
    m_port->setObjectName(u"smtpPort"_s);
    m_port->setRange(1, 65535);
    m_security->setObjectName(u"smtpSecurity"_s);
    m_security->setAccessibleName(tr("Connection security"));
    m_security->addItem(tr("STARTTLS"), int(SmtpSettings::Security::StartTls));
    m_security->addItem(tr("TLS"), int(SmtpSettings::Security::Tls));
    m_security->addItem(tr("None (a local relay only)"), int(SmtpSettings::Security::None));
    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    hostRow->addWidget(m_port);
    hostRow->addWidget(m_security);
    auto *hostLabel = new QLabel(tr("Ser&ver:"), this);
    hostLabel->setBuddy(m_host);
    server->addRow(hostLabel, hostRow);
    m_user->setObjectName(u"smtpUser"_s);
    server->addRow(tr("&User:"), m_user);
    m_passwordEdit->setObjectName(u"smtpPassword"_s);
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setPlaceholderText(tr("Kept only in the system keychain"));
    server->addRow(tr("&Password:"), m_passwordEdit);
    m_from->setObjectName(u"smtpFrom"_s);
    m_from->setPlaceholderText(u"you@example.com"_s);
    server->addRow(tr("&From address:"), m_from);
    m_fromName->setObjectName(u"smtpFromName"_s);
    server->addRow(tr("From &name:"), m_fromName);
    m_perMinute->setObjectName(u"smtpPerMinute"_s);
    m_perMinute->setRange(1, 600);
    m_perMinute->setSuffix(tr(" a minute"));
    server->addRow(tr("At &most:"), m_perMinute);
    m_testTo->setObjectName(u"testAddress"_s);
    m_testTo->setPlaceholderText(tr("Address for the test"));
    m_test->setObjectName(u"sendTest"_s);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testTo, 1);
    testRow->addWidget(m_test);
    server->addRow(QString(), testRow);
    layout->addLayout(server);

    layout->addWidget(sectionTitle(tr("Desktop"), this));
    m_desktop->setObjectName(u"desktopNotifications"_s);
    m_tray->setObjectName(u"minimizeToTray"_s);
    m_quiet->setObjectName(u"quietHours"_s);
    m_quietFrom->setObjectName(u"quietFrom"_s);
    m_quietFrom->setAccessibleName(tr("Quiet hours start"));
    m_quietTo->setObjectName(u"quietTo"_s);
    m_quietTo->setAccessibleName(tr("Quiet hours end"));
    m_quietFrom->setDisplayFormat(u"HH:mm"_s);
    m_quietTo->setDisplayFormat(u"HH:mm"_s);
    layout->addWidget(m_desktop);
    auto *quietRow = new QHBoxLayout;
    quietRow->addWidget(m_quiet);
    quietRow->addWidget(m_quietFrom);
    quietRow->addWidget(new QLabel(tr("to"), this));
    quietRow->addWidget(m_quietTo);
    quietRow->addStretch(1);
    layout->addLayout(quietRow);
    layout->addWidget(m_tray);
    m_message->setObjectName(u"remindersMessage"_s);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    load();
    for (QLineEdit *edit : {m_days, m_vendor, m_renewal})
        connect(edit, &QLineEdit::editingFinished, this, &RemindersPanel::saveReminders);
    connect(m_emailClients, &QCheckBox::toggled, this, &RemindersPanel::saveReminders);
    connect(m_language, &QComboBox::currentIndexChanged, this, &RemindersPanel::saveReminders);
    for (QLineEdit *edit : {m_host, m_user, m_from, m_fromName})
        connect(edit, &QLineEdit::editingFinished, this, &RemindersPanel::saveServer);
    connect(m_port, &QSpinBox::editingFinished, this, &RemindersPanel::saveServer);
    connect(m_perMinute, &QSpinBox::editingFinished, this, &RemindersPanel::saveServer);
    connect(m_security, &QComboBox::currentIndexChanged, this, &RemindersPanel::saveServer);
    connect(m_passwordEdit, &QLineEdit::editingFinished, this, &RemindersPanel::savePassword);
    connect(m_test, &QPushButton::clicked, this, &RemindersPanel::sendTest);
    connect(templates, &QPushButton::clicked, this, &RemindersPanel::editTemplates);
    connect(outbox, &QPushButton::clicked, this, [this] {
        EmailOutboxDialog dialog(m_ctx, this);
        dialog.exec();
    });
    for (QCheckBox *box : {m_desktop, m_tray, m_quiet})
        connect(box, &QCheckBox::toggled, this, &RemindersPanel::saveDesktop);
    for (QTimeEdit *edit : {m_quietFrom, m_quietTo})
        connect(edit, &QTimeEdit::timeChanged, this, &RemindersPanel::saveDesktop);
    // Said when it matters: a server that logs in needs the password.
    m_keychain->load([this](const QByteArray &password, const QString &problem) {
        m_password = password;
        m_keychainProblem = problem;
    });
}

RemindersPanel::~RemindersPanel()
{
    delete m_jobs; // waits for a test e-mail still being sent
}

QString RemindersPanel::message() const
{
    return m_message->text();
}

bool RemindersPanel::isSending() const
{
    return m_jobs->isRunning();
}

void RemindersPanel::load()
{
    m_loading = true;
    const ReminderSettings r = ReminderSettings::load(m_ctx.store());
    QStringList days;
    for (int d : r.thresholdDays)
        days.append(QString::number(d));
    m_days->setText(days.join(u", "_s));
    m_emailClients->setChecked(r.emailClients);
    m_language->setCurrentIndex(m_language->findData(r.defaultLanguage));
    m_vendor->setText(r.vendorName);
    m_renewal->setText(r.defaultRenewalUrl);
    const SmtpSettings s = SmtpSettings::load(m_ctx.store());
    m_host->setText(s.host);
    m_port->setValue(s.port);
    m_security->setCurrentIndex(m_security->findData(int(s.security)));
    m_user->setText(s.username);
    m_from->setText(s.fromAddress);
    m_fromName->setText(s.fromName);
    m_perMinute->setValue(s.perMinute);
    m_desktop->setChecked(m_settings.desktopNotifications());
    m_tray->setChecked(m_settings.minimizeToTray());
    m_quiet->setChecked(m_settings.quietHours());
    m_quietFrom->setTime(m_settings.quietFrom());
    m_quietTo->setTime(m_settings.quietTo());
    m_loading = false;
}

void RemindersPanel::saveReminders()
{
    if (m_loading)
        return;
    ReminderSettings r = ReminderSettings::load(m_ctx.store());
    const auto days = ReminderSettings::parseThresholds(m_days->text());
    if (!days) {
        m_message->setText(days.error());
        return;
    }
    r.thresholdDays = *days;
    r.emailClients = m_emailClients->isChecked();
    r.defaultLanguage = m_language->currentData().toString();
    r.vendorName = m_vendor->text();
    r.defaultRenewalUrl = m_renewal->text();
    if (const Status allowed = m_ctx.services().require(Permission::ChangeSettings); !allowed) {
        m_message->setText(allowed.error());
        return;
    }
    if (const Status s = r.save(m_ctx.store()); !s) {
        m_message->setText(s.error());
        return;
    }
    m_message->setText(r.emailClients && !SmtpSettings::load(m_ctx.store()).isSet()
                           ? tr("Saved. Set the mail server below so the e-mails can go out.")
                           : tr("Saved."));
}

void RemindersPanel::saveServer()
{
    if (m_loading)
        return;
    SmtpSettings s;
    s.host = m_host->text().trimmed();
    s.port = m_port->value();
    s.security = SmtpSettings::Security(m_security->currentData().toInt());
    s.username = m_user->text().trimmed();
    s.fromAddress = m_from->text().trimmed();
    s.fromName = m_fromName->text().trimmed();
    s.perMinute = m_perMinute->value();
    if (s.host.isEmpty() && s.fromAddress.isEmpty())
        return; // nothing entered yet
    if (const Status allowed = m_ctx.services().require(Permission::ChangeSettings); !allowed) {
        m_message->setText(allowed.error());
        return;
    }
    if (const Status saved = s.save(m_ctx.store()); !saved) {
        m_message->setText(saved.error());
        return;
    }
    m_message->setText(tr("Mail server saved."));
}

void RemindersPanel::savePassword()
{
    const QByteArray password = m_passwordEdit->text().toUtf8();
    if (password.isEmpty())
        return;
    m_passwordEdit->clear();
    m_keychain->store(password, [this, password](const Status &s) {
        if (!s) {
            m_message->setText(s.error());
            return;
        }
        m_password = password;
        m_keychainProblem.clear();
        m_message->setText(tr("The password is in the system keychain."));
        Q_EMIT mailPasswordChanged(password);
    });
}

void RemindersPanel::saveDesktop()
{
    if (m_loading)
        return;
    m_settings.setDesktopNotifications(m_desktop->isChecked());
    m_settings.setMinimizeToTray(m_tray->isChecked());
    m_settings.setQuietHours(m_quiet->isChecked());
    m_settings.setQuietRange(m_quietFrom->time(), m_quietTo->time());
}

void RemindersPanel::sendTest()
{
    const QString to = m_testTo->text().trimmed();
    if (!to.contains(u'@') || to.contains(u' ')) {
        m_message->setText(tr("Enter the address to send the test to."));
        m_testTo->setFocus();
        return;
    }
    saveServer();
    const SmtpSettings settings = SmtpSettings::load(m_ctx.store());
    if (const Status valid = settings.validate(); !valid) {
        m_message->setText(valid.error());
        return;
    }
    if (!settings.username.isEmpty() && m_password.isEmpty() && !m_keychainProblem.isEmpty()) {
        m_message->setText(m_keychainProblem);
        return;
    }
    m_test->setEnabled(false);
    m_message->setText(tr("Sending a test e-mail to %1…").arg(to));
    const QByteArray password = m_password;
    const QDateTime now = m_ctx.clock.nowUtc();
    m_jobs->run<QString>(
        [settings, password, to, now](JobControl &) {
            const EmailTemplate t = EmailTemplate::defaultFor(EmailTemplate::Kind::Test, u"en"_s);
            MimeMessage m;
            m.fromAddress = settings.fromAddress;
            m.fromName = settings.fromName;
            m.to = to;
            m.subject = t.subject;
            m.body = t.body;
            m.messageId = u"<%1@%2>"_s.arg(QUuid::createUuid().toString(QUuid::WithoutBraces),
                                           settings.domain());
            m.date = now;
            m.autoGenerated = false;
            const auto failure = SmtpClient(settings, password).send(to, m.toBytes());
            return failure ? failure->message : QString();
        },
        [this, to](const QString &error) {
            m_test->setEnabled(true);
            m_message->setText(
                error.isEmpty() ? tr("The test e-mail was accepted by the server for %1.").arg(to)
                                : error);
            Q_EMIT testFinished();
        });
}

void RemindersPanel::editTemplates()
{
    EmailTemplatesDialog dialog(m_ctx, this);
    dialog.exec();
}

} // namespace pinedesk
