#include "EmailTemplatesDialog.h"

#include "reminders/ReminderSettings.h"
#include "services/MailService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

EmailTemplatesDialog::EmailTemplatesDialog(ConsoleContext context, QWidget *parent)
    : QDialog(parent)
    , m_ctx(std::move(context))
    , m_kind(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_subject(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_preview(new QPlainTextEdit(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("E-mails to clients"));
    setObjectName(u"emailTemplatesDialog"_s);
    resize(760, 620);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("What clients receive, in their language. These words are "
                                "replaced: %1.")
                                 .arg(u"{name}, {username}, {products}, {expiry}, {days}, "
                                      "{renewal_link}, {vendor}"_s),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_kind->setObjectName(u"templateKind"_s);
    m_kind->addItem(tr("Before access ends (reminder)"), int(EmailTemplate::Kind::Reminder));
    m_kind->addItem(tr("Welcome (a new client's first access is live)"),
                    int(EmailTemplate::Kind::Welcome));
    m_kind->addItem(tr("Access is live on TradingView"), int(EmailTemplate::Kind::Granted));
    m_kind->addItem(tr("Access has ended"), int(EmailTemplate::Kind::Ended));
    form->addRow(tr("&E-mail:"), m_kind);
    m_language->setObjectName(u"templateLanguage"_s);
    m_language->addItem(tr("English"), u"en"_s);
    m_language->addItem(tr("Spanish"), u"es"_s);
    form->addRow(tr("&Language:"), m_language);
    m_subject->setObjectName(u"templateSubject"_s);
    form->addRow(tr("&Subject:"), m_subject);
    m_body->setObjectName(u"templateBody"_s);
    m_body->setTabChangesFocus(true);
    form->addRow(tr("&Text:"), m_body);
    m_preview->setObjectName(u"templatePreview"_s);
    m_preview->setReadOnly(true);
    m_preview->setTabChangesFocus(true);
    m_preview->setAccessibleName(tr("Preview"));
    form->addRow(tr("Preview:"), m_preview);
    layout->addLayout(form, 1);
    m_message->setObjectName(u"templateMessage"_s);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    auto *reset = buttons->addButton(tr("&Reset to default"), QDialogButtonBox::ResetRole);
    reset->setObjectName(u"resetTemplate"_s);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &EmailTemplatesDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(reset, &QPushButton::clicked, this, &EmailTemplatesDialog::resetToDefault);
    connect(m_language, &QComboBox::currentIndexChanged, this, &EmailTemplatesDialog::showLanguage);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &EmailTemplatesDialog::showLanguage);
    connect(m_subject, &QLineEdit::textChanged, this, &EmailTemplatesDialog::updatePreview);
    connect(m_body, &QPlainTextEdit::textChanged, this, &EmailTemplatesDialog::updatePreview);
    showLanguage();
}

EmailTemplate::Kind EmailTemplatesDialog::kind() const
{
    return EmailTemplate::Kind(m_kind->currentData().toInt());
}

QString EmailTemplatesDialog::preview() const
{
    return m_preview->toPlainText();
}

void EmailTemplatesDialog::showLanguage()
{
    m_shown = m_language->currentData().toString();
    m_shownKind = kind();
    const auto t = MailService(m_ctx.services()).wording(m_shownKind, m_shown);
    if (!t) {
        m_message->setText(tr("The template could not be read: %1").arg(t.error()));
        return;
    }
    m_subject->setText(t->subject);
    m_body->setPlainText(t->body);
    m_message->clear();
}

void EmailTemplatesDialog::updatePreview()
{
    const ReminderSettings settings = ReminderSettings::load(m_ctx.store());
    const bool es = m_shown == u"es"_s;
    const QDate day = m_ctx.clock.nowUtc().date().addDays(7);
    EmailTemplate t;
    t.language = m_shown;
    t.subject = m_subject->text();
    t.body = m_body->toPlainText();
    const QMap<QString, QString> sample{
        {u"name"_s, es ? u"Ana Núñez"_s : u"Ana Smith"_s},
        {u"username"_s, u"ana_trader"_s},
        {u"products"_s, tr("Signals monthly")},
        {u"expiry"_s, es ? QLocale(QLocale::Spanish).toString(day, u"d 'de' MMMM 'de' yyyy"_s)
                         : QLocale(QLocale::English).toString(day, u"d MMMM yyyy"_s)},
        {u"days"_s, u"7"_s},
        {u"renewal_link"_s, settings.defaultRenewalUrl.isEmpty() ? u"https://example.com/renew"_s
                                                                 : settings.defaultRenewalUrl},
        {u"vendor"_s, settings.vendorName.isEmpty() ? tr("Your business") : settings.vendorName}};
    m_preview->setPlainText(tr("Subject: %1").arg(t.renderSubject(sample)) + u"\n\n"_s +
                            t.renderBody(sample));
}

bool EmailTemplatesDialog::save()
{
    if (m_subject->text().trimmed().isEmpty() || m_body->toPlainText().trimmed().isEmpty()) {
        m_message->setText(tr("The subject and the text cannot be empty."));
        return false;
    }
    EmailTemplate t;
    t.kind = m_shownKind;
    t.language = m_shown;
    t.subject = m_subject->text().trimmed();
    t.body = m_body->toPlainText();
    if (const Status s = MailService(m_ctx.services()).saveWording(t); !s) {
        m_message->setText(s.error());
        return false;
    }
    m_message->setText(tr("Saved. The next e-mails of this kind use it."));
    return true;
}

void EmailTemplatesDialog::resetToDefault()
{
    if (const Status s = MailService(m_ctx.services()).resetWording(m_shownKind, m_shown); !s) {
        m_message->setText(s.error());
        return;
    }
    showLanguage();
    m_message->setText(tr("Back to PineDesk's wording."));
}

} // namespace pinedesk
