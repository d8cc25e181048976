#include "EmailOutboxDialog.h"

#include "items/DateText.h"
#include "jobs/JobRunner.h"
#include "services/MailService.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

struct Loaded
{
    QList<OutgoingEmail> emails;
    QString error;
};

} // namespace

EmailOutboxDialog::EmailOutboxDialog(ConsoleContext context, QWidget *parent)
    : QDialog(parent)
    , m_ctx(std::move(context))
    , m_jobs(new JobRunner(m_ctx.database, this))
    , m_table(new QTableWidget(0, 5, this))
    , m_retry(new QPushButton(tr("Send &again"), this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("E-mail outbox"));
    setObjectName(u"emailOutbox"_s);
    resize(900, 480);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The e-mails to clients, newest first. One the server could not "
                                "take is tried again later by itself; one not delivered can be "
                                "sent again."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table->setObjectName(u"outboxTable"_s);
    m_table->setHorizontalHeaderLabels(
        {tr("Queued"), tr("To"), tr("Subject"), tr("State"), tr("Why")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_message->setObjectName(u"outboxMessage"_s);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_retry->setObjectName(u"retryEmail"_s);
    buttons->addButton(m_retry, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_retry, &QPushButton::clicked, this, &EmailOutboxDialog::retrySelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_table->currentRow();
        m_retry->setEnabled(row >= 0 && row < m_emails.size() &&
                            m_emails.at(row).state != OutgoingEmail::State::Sent);
    });
    m_retry->setEnabled(false);
    reload();
}

EmailOutboxDialog::~EmailOutboxDialog()
{
    delete m_jobs; // waits for a read still running
}

QString EmailOutboxDialog::stateText(OutgoingEmail::State state)
{
    switch (state) {
    case OutgoingEmail::State::Pending:
        return tr("Waiting");
    case OutgoingEmail::State::Retry:
        return tr("To be tried again");
    case OutgoingEmail::State::Sent:
        return tr("Sent");
    case OutgoingEmail::State::Dead:
        return tr("Not delivered");
    case OutgoingEmail::State::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

void EmailOutboxDialog::reload()
{
    m_message->setText(tr("Loading…"));
    m_jobs->run<Loaded>(
        [services = m_ctx.services()](JobControl &) {
            Loaded loaded;
            const auto emails = MailService(services).outbox(1000);
            if (emails)
                loaded.emails = *emails;
            else
                loaded.error = emails.error().message();
            return loaded;
        },
        [this](const Loaded &loaded) {
            if (!loaded.error.isEmpty())
                m_message->setText(tr("The outbox could not be read: %1").arg(loaded.error));
            else
                showEmails(loaded.emails);
            Q_EMIT this->loaded();
        });
}

void EmailOutboxDialog::showEmails(const QList<OutgoingEmail> &emails)
{
    m_emails = emails;
    m_table->setRowCount(0);
    for (const OutgoingEmail &e : emails) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(DateText::minutes(e.createdAt)));
        m_table->setItem(row, 1, new QTableWidgetItem(e.to));
        m_table->setItem(row, 2, new QTableWidgetItem(e.subject));
        QString state = stateText(e.state);
        if (e.state == OutgoingEmail::State::Sent && e.sentAt)
            state = tr("Sent %1").arg(DateText::minutes(*e.sentAt));
        else if (e.state == OutgoingEmail::State::Retry)
            state = tr("Again at %1").arg(DateText::minutes(e.nextAttemptAt));
        m_table->setItem(row, 3, new QTableWidgetItem(state));
        m_table->setItem(row, 4, new QTableWidgetItem(e.lastError));
    }
    m_message->setText(emails.isEmpty() ? tr("No e-mails yet. Reminders are e-mailed when you "
                                             "choose to e-mail clients and set the mail server.")
                                        : QString());
}

void EmailOutboxDialog::retrySelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_emails.size())
        return;
    const qint64 id = m_emails.at(row).id;
    if (const Status s = MailService(m_ctx.services()).sendAgain(id); !s) {
        m_message->setText(s.error());
        return;
    }
    m_message->setText(tr("It goes again with the next reminder check (within the hour)."));
    reload();
}

} // namespace pinedesk
