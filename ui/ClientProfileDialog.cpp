#include "ClientProfileDialog.h"

#include "AccessChangeDialog.h"
#include "Prompter.h"
#include "domain/AccessStatus.h"
#include "domain/Clock.h"
#include "domain/SyncState.h"
#include "domain/UsernameValidator.h"
#include "jobs/JobRunner.h"
#include "print/ClientHistoryPdf.h"
#include "print/PdfFile.h"
#include "services/ClientService.h"
#include "services/ClientTimeline.h"
#include "tradingview/TvConnection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

QTableWidget *makeTable(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void setRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c)
        table->setItem(row, c, new QTableWidgetItem(cells[c]));
}

QString shortDate(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

ClientProfileDialog::ClientProfileDialog(ConsoleContext context, qint64 clientId, QWidget *parent)
    : QDialog(parent)
    , m_ctx(std::move(context))
    , m_username(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_optOut(new QCheckBox(tr("No e-mails to this client"), this))
    , m_name(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_tags(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_check(new QPushButton(tr("Check on &TradingView"), this))
    , m_adopt(new QPushButton(this))
    , m_checkResult(new QLabel(this))
    , m_message(new QLabel(this))
    , m_jobs(new JobRunner(m_ctx.database, this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(u"clientProfile"_s);
    m_client.id = clientId;
    m_username->setObjectName(u"username"_s);
    m_email->setObjectName(u"email"_s);
    m_name->setObjectName(u"fullName"_s);
    m_status->setObjectName(u"status"_s);
    m_check->setObjectName(u"checkUsername"_s);
    m_adopt->setObjectName(u"adoptSpelling"_s);
    m_checkResult->setObjectName(u"usernameCheck"_s);
    m_message->setObjectName(u"message"_s);
    m_message->setWordWrap(true);
    for (ClientStatus s :
         {ClientStatus::Lead, ClientStatus::Active, ClientStatus::Inactive, ClientStatus::Blocked})
        m_status->addItem(ClientStatusNames::displayName(s), int(s));
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. vip, discord"));
    m_language->setObjectName(u"language"_s);
    m_language->addItem(tr("Default (Settings)"), QString());
    m_language->addItem(tr("English"), u"en"_s);
    m_language->addItem(tr("Spanish"), u"es"_s);
    m_optOut->setObjectName(u"emailOptOut"_s);

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    auto *userRow = new QHBoxLayout;
    userRow->addWidget(m_username, 1);
    userRow->addWidget(m_check);
    form->addRow(tr("TradingView &username:"), userRow);
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_checkResult, 1);
    checkRow->addWidget(m_adopt);
    m_adopt->hide();
    form->addRow(QString(), checkRow);
    auto *emailRow = new QHBoxLayout;
    emailRow->addWidget(m_email, 1);
    emailRow->addWidget(m_optOut);
    form->addRow(tr("&E-mail:"), emailRow);
    form->addRow(tr("E-mail &language:"), m_language);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Tags:"), m_tags);
    m_notes->setMaximumHeight(70);
    form->addRow(tr("N&otes:"), m_notes);
    layout->addLayout(form);

    auto *accessTab = new QWidget(this);
    auto *accessLayout = new QVBoxLayout(accessTab);
    m_accesses = makeTable({tr("Indicator"), tr("Status"), tr("Expires"), tr("TradingView")},
                           u"accesses"_s, accessTab);
    accessLayout->addWidget(m_accesses);
    auto *accessButtons = new QHBoxLayout;
    const QString actions[] = {tr("&Grant…"), tr("E&xtend…"), tr("&Revoke…")};
    for (int mode = 0; mode < 3; ++mode) {
        auto *button = new QPushButton(actions[mode], accessTab);
        button->setObjectName(QStringList{u"grant"_s, u"extend"_s, u"revoke"_s}[mode]);
        connect(button, &QPushButton::clicked, this, [this, mode] { openAccessChange(mode); });
        accessButtons->addWidget(button);
    }
    accessButtons->addStretch();
    accessLayout->addLayout(accessButtons);
    m_tabs->addTab(accessTab, tr("Accesses"));
    m_payments =
        makeTable({tr("Paid"), tr("Amount"), tr("Reference"), tr("Source")}, u"payments"_s, this);
    m_tabs->addTab(m_payments, tr("Payments"));
    auto *timelineTab = new QWidget(this);
    auto *timelineLayout = new QVBoxLayout(timelineTab);
    m_history =
        makeTable({tr("When"), tr("What"), tr("Details"), tr("By")}, u"timeline"_s, timelineTab);
    m_history->setAccessibleName(tr("Timeline"));
    timelineLayout->addWidget(m_history);
    auto *exportTimeline = new QPushButton(tr("Export &timeline…"), timelineTab);
    exportTimeline->setObjectName(u"exportTimeline"_s);
    connect(exportTimeline, &QPushButton::clicked, this, &ClientProfileDialog::exportTimeline);
    auto *timelineButtons = new QHBoxLayout;
    timelineButtons->addStretch();
    timelineButtons->addWidget(exportTimeline);
    timelineLayout->addLayout(timelineButtons);
    m_tabs->addTab(timelineTab, tr("Timeline"));
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(u"saveButton"_s);
    layout->addWidget(buttons);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_check, &QPushButton::clicked, this, &ClientProfileDialog::checkUsername);
    connect(m_adopt, &QPushButton::clicked, this, [this] {
        m_username->setText(m_canonical);
        m_adopt->hide();
    });
    connect(m_username, &QLineEdit::textEdited, this, [this] {
        ++m_checkGeneration; // an answer on its way is about the old text
        m_checkResult->clear();
        m_adopt->hide();
    });
    resize(640, 620);
    load();
}

void ClientProfileDialog::load()
{
    const bool existing = m_client.id != 0;
    setWindowTitle(existing ? tr("Client") : tr("New client"));
    m_tabs->setEnabled(existing);
    m_check->setEnabled(m_ctx.tv && m_ctx.tv->hasSession());
    if (!m_check->isEnabled())
        m_check->setToolTip(tr("Needs a TradingView session (Settings)."));
    if (!existing) {
        m_status->setCurrentIndex(m_status->findData(int(ClientStatus::Active)));
        return;
    }
    showProfile(true);
}

void ClientProfileDialog::showProfile(bool withFields)
{
    const auto profile = ClientService(m_ctx.services()).profile(m_client.id);
    if (!profile || !*profile) {
        // Never offer to save a form that was not filled from the database: it would overwrite
        // the client with blanks.
        m_message->setText(profile ? tr("This client no longer exists.")
                                   : tr("The client could not be read: %1").arg(profile.error()));
        m_save->setEnabled(false);
        m_tabs->setEnabled(false);
        return;
    }
    m_save->setEnabled(true);
    m_tabs->setEnabled(true);
    // Without the fields, the form keeps the vendor's edits, so it keeps the version they
    // edit too: a save still finds out when someone else saved the client meanwhile.
    const qint64 editedVersion = m_client.version;
    m_client = (*profile)->client;
    if (!withFields)
        m_client.version = editedVersion;
    setWindowTitle(
        tr("Client %1").arg(m_client.tvUsername.isEmpty() ? m_client.email : m_client.tvUsername));
    if (withFields) {
        m_username->setText(m_client.tvUsername);
        m_email->setText(m_client.email);
        m_language->setCurrentIndex(std::max(0, m_language->findData(m_client.language)));
        m_optOut->setChecked(m_client.emailOptOut);
        m_name->setText(m_client.fullName);
        m_status->setCurrentIndex(m_status->findData(int(m_client.status)));
        m_tags->setText(m_client.tags.join(u", "_s));
        m_notes->setPlainText(m_client.notes);
    }
    fillAccesses(**profile);
    fillPayments(**profile);
    fillTimeline();
}

void ClientProfileDialog::fillAccesses(const ClientProfile &profile)
{
    const AccessStatusRule rule;
    const QDateTime now = m_ctx.clock.nowUtc();
    m_accesses->setRowCount(int(profile.accesses.size()));
    for (int row = 0; row < profile.accesses.size(); ++row) {
        const ClientProfile::AccessLine &line = profile.accesses[row];
        const Access &a = line.access;
        const SyncState sync = SyncStateRule::stateOf(line.lastSync, a.serverMatchesIntent());
        setRow(m_accesses, row,
               {line.indicatorName,
                AccessStatusRule::displayName(rule.statusOf(a.intent, a.expiration, now)),
                a.expiration.isLifetime() ? tr("Lifetime") : shortDate(a.expiration.until()),
                SyncStateRule::displayName(sync)});
    }
    m_accesses->resizeColumnsToContents();
}

void ClientProfileDialog::fillPayments(const ClientProfile &profile)
{
    m_payments->setRowCount(int(profile.payments.size()));
    const QLocale locale;
    for (int row = 0; row < profile.payments.size(); ++row) {
        const Payment &p = profile.payments[row];
        setRow(m_payments, row,
               {shortDate(p.paidAt), p.amount.toDisplayString(locale), p.reference, p.source});
    }
    m_payments->resizeColumnsToContents();
}

void ClientProfileDialog::fillTimeline()
{
    const auto entries = ClientTimeline(m_ctx.services()).entries(m_client.id);
    if (!entries) {
        m_history->setRowCount(0);
        m_message->setText(tr("The timeline could not be read: %1").arg(entries.error()));
        return;
    }
    m_history->setRowCount(int(entries->size()));
    const QLocale locale;
    for (int row = 0; row < entries->size(); ++row) {
        const ClientTimeline::Entry &e = entries->at(row);
        setRow(m_history, row,
               {locale.toString(e.at.toLocalTime(), QLocale::ShortFormat),
                ClientTimeline::kindName(e.kind) + u": "_s + e.what, e.detail, e.who});
        m_history->item(row, 0)->setToolTip(e.at.toLocalTime().toString(Qt::RFC2822Date));
    }
    m_history->resizeColumnsToContents();
}

void ClientProfileDialog::exportTimeline()
{
    const QString name =
        m_client.tvUsername.isEmpty() ? QString::number(m_client.id) : m_client.tvUsername;
    const QString path = Prompter::instance().saveFile(this, tr("Export the timeline"),
                                                       tr("timeline-%1.csv").arg(name),
                                                       tr("CSV files (*.csv);;PDF files (*.pdf)"));
    if (!path.isEmpty())
        exportTimelineTo(path);
}

void ClientProfileDialog::exportTimelineTo(const QString &path)
{
    if (m_jobs->isRunning())
        return;
    m_message->setText(tr("Writing %1…").arg(path));
    const bool pdf = path.endsWith(u".pdf"_s, Qt::CaseInsensitive);
    // Read and written on a worker: a long history never freezes the window.
    m_jobs->run<Status>(
        [services = m_ctx.services(), client = m_client, path, pdf](JobControl &control) {
            const auto entries = ClientTimeline(services).entries(client.id);
            if (!entries)
                return Status::failure(entries.error());
            if (pdf) {
                const auto pages =
                    PdfFile(PageSetup::load(services.store), ClientHistoryPdf::title(client))
                        .write(
                            path,
                            [&](ReportDocument &document) {
                                return ClientHistoryPdf::build(document, client, *entries);
                            },
                            control.cancelFlag());
                return pages ? Status() : Status::failure(pages.error());
            }
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return Status::failure(
                    tr("%1 cannot be written: %2").arg(path, file.errorString()));
            if (const Status s = ClientTimeline::writeCsv(*entries, file); !s)
                return s;
            if (!file.commit())
                return Status::failure(
                    tr("%1 cannot be written: %2").arg(path, file.errorString()));
            return Status();
        },
        [this, path](const Status &written) {
            m_message->setText(written ? tr("The timeline is in %1.").arg(path)
                                       : written.error().message());
            Q_EMIT timelineExported();
        });
}

bool ClientProfileDialog::save()
{
    if (!m_save->isEnabled())
        return false; // the form was not filled from the database (the reason is shown)
    Client c = m_client;
    c.tvUsername = m_username->text();
    c.email = m_email->text();
    c.language = m_language->currentData().toString();
    c.emailOptOut = m_optOut->isChecked();
    c.fullName = m_name->text().simplified();
    c.status = ClientStatus(m_status->currentData().toInt());
    c.notes = m_notes->toPlainText();
    c.tags.clear();
    for (const QString &tag : m_tags->text().split(u',', Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty())
            c.tags.append(tag.trimmed());
    }
    const auto id = ClientService(m_ctx.services()).saveClient(c);
    if (!id) {
        m_message->setText(id.error());
        if (id.error().kind() == Error::Kind::Conflict && c.id != 0) {
            // Told who saved what meanwhile, and with the form as the vendor left it: a second
            // save replaces that version knowingly.
            const auto saved = ClientService(m_ctx.services()).client(c.id);
            if (saved && saved->has_value())
                m_client.version = saved->value().version;
        }
        return false;
    }
    m_client.id = *id;
    m_message->setText(tr("Saved."));
    Q_EMIT saved(m_client.id);
    load();
    return true;
}

void ClientProfileDialog::checkUsername()
{
    const auto valid = UsernameValidator::validate(m_username->text());
    if (!valid) {
        m_checkResult->setText(valid.error());
        return;
    }
    if (!m_ctx.tv || !m_ctx.tv->hasSession()) {
        m_checkResult->setText(tr("Needs a TradingView session (Settings)."));
        return;
    }
    const QString asked = *valid;
    const quint64 generation = ++m_checkGeneration;
    m_checkResult->setText(tr("Checking %1 on TradingView…").arg(asked));
    m_adopt->hide();
    // The dialog may close before the answer comes: the answer is then dropped.
    QPointer<ClientProfileDialog> self(this);
    m_ctx.tv->client()->validateUsername(
        asked, [this, self, asked, generation](const TvResult<std::optional<QString>> &result) {
            if (!self || generation != m_checkGeneration)
                return;
            if (!result) {
                m_checkResult->setText(result.error().message());
                return;
            }
            if (!result->has_value()) {
                m_checkResult->setText(tr("TradingView has no user named %1.").arg(asked));
                return;
            }
            m_canonical = **result;
            if (m_canonical == asked) {
                m_checkResult->setText(tr("✓ %1 exists on TradingView.").arg(m_canonical));
                return;
            }
            m_checkResult->setText(tr("✓ Exists on TradingView as %1.").arg(m_canonical));
            m_adopt->setText(tr("&Use %1").arg(m_canonical));
            m_adopt->show();
        });
}

QString ClientProfileDialog::message() const
{
    return m_message->text();
}

QString ClientProfileDialog::usernameCheckText() const
{
    return m_checkResult->text();
}

void ClientProfileDialog::openAccessChange(int mode)
{
    if (m_client.tvUsername.isEmpty()) {
        m_message->setText(tr("Give the client a TradingView username first (and save)."));
        return;
    }
    auto *dialog =
        new AccessChangeDialog(m_ctx, {m_client.tvUsername}, AccessChanges::Mode(mode), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AccessChangeDialog::changesQueued, this, [this](const QString &summary) {
        showProfile(false); // the vendor's unsaved edits in the form stay
        m_message->setText(summary);
        Q_EMIT changesQueued(summary);
    });
    dialog->open();
}

} // namespace pinedesk
