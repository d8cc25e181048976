#pragma once

#include "ConsoleContext.h"
#include "mail/OutgoingEmail.h"

#include <QDialog>
#include <QList>

class QLabel;
class QPushButton;
class QTableWidget;

namespace pinedesk {

class JobRunner;

// The e-mail outbox as the vendor reads it: every e-mail queued for clients, newest first, with
// where it stands (waiting, sent, to be tried again, not delivered and why); one not delivered
// can be sent again. Reads on a worker.
class EmailOutboxDialog final : public QDialog
{
    Q_OBJECT

public:
    EmailOutboxDialog(ConsoleContext context, QWidget *parent = nullptr);
    ~EmailOutboxDialog() override;

    QTableWidget *table() const { return m_table; }

public Q_SLOTS:
    void reload();
    void retrySelected();

Q_SIGNALS:
    void loaded();

private:
    void showEmails(const QList<OutgoingEmail> &emails);
    static QString stateText(OutgoingEmail::State state);

    ConsoleContext m_ctx;
    JobRunner *m_jobs;
    QTableWidget *m_table;
    QPushButton *m_retry;
    QLabel *m_message;
    QList<OutgoingEmail> m_emails;
};

} // namespace pinedesk
