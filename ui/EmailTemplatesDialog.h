#pragma once

#include "ConsoleContext.h"
#include "mail/EmailTemplate.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace pinedesk {

// The vendor's wording of the e-mails to clients (the renewal reminder, access live, access
// ended), in English and Spanish: subject and text with placeholders, previewed live with a
// sample client, saved or reset to PineDesk's default.
class EmailTemplatesDialog final : public QDialog
{
    Q_OBJECT

public:
    EmailTemplatesDialog(ConsoleContext context, QWidget *parent = nullptr);

    QString preview() const;

public Q_SLOTS:
    bool save();
    void resetToDefault();

private:
    void showLanguage();
    void updatePreview();

    EmailTemplate::Kind kind() const;

    ConsoleContext m_ctx;
    QComboBox *m_kind;
    QComboBox *m_language;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    QPlainTextEdit *m_preview;
    QLabel *m_message;
    QString m_shown; // the language on screen
    EmailTemplate::Kind m_shownKind = EmailTemplate::Kind::Reminder;
};

} // namespace pinedesk
