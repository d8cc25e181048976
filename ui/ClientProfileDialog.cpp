#include "ClientProfileDialog.h"

#include "AccessChangeDialog.h"
#include "domain/AccessStatus.h"
#include "domain/Clock.h"
#include "domain/SyncState.h"
#include "domain/UsernameValidator.h"
#include "store/AccessStore.h"
#include "store/AuditLog.h"
#include "store/ClientStore.h"
#include "store/IndicatorStore.h"
#include "store/PaymentStore.h"
#include "store/SyncQueueStore.h"
#include "tradingview/TvConnection.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
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
    , m_name(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_tags(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_check(new QPushButton(tr("Check on &TradingView"), this))
    , m_adopt(new QPushButton(this))
    , m_checkResult(new QLabel(this))
    , m_message(new QLabel(this))
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
    form->addRow(tr("&E-mail:"), m_email);
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
    m_history = makeTable({tr("When"), tr("Who"), tr("What")}, u"history"_s, this);
    m_tabs->addTab(m_history, tr("History"));
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveButton"_s);
    layout->addWidget(buttons);
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, [this] {
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
    const auto client = ClientStore(m_ctx.store()).byId(m_client.id);
    if (!client) {
        m_message->setText(tr("This client no longer exists."));
        return;
    }
    m_client = *client;
    setWindowTitle(
        tr("Client %1").arg(m_client.tvUsername.isEmpty() ? m_client.email : m_client.tvUsername));
    m_username->setText(m_client.tvUsername);
    m_email->setText(m_client.email);
    m_name->setText(m_client.fullName);
    m_status->setCurrentIndex(m_status->findData(int(m_client.status)));
    m_tags->setText(m_client.tags.join(u", "_s));
    m_notes->setPlainText(m_client.notes);
    fillAccesses();
    fillPayments();
    fillHistory();
}

void ClientProfileDialog::fillAccesses()
{
    const QList<Access> accesses = AccessStore(m_ctx.store()).forClient(m_client.id);
    IndicatorStore indicators(m_ctx.store());
    SyncQueueStore queue(m_ctx.store());
    const AccessStatusRule rule;
    const QDateTime now = m_ctx.clock.nowUtc();
    m_accesses->setRowCount(int(accesses.size()));
    for (int row = 0; row < accesses.size(); ++row) {
        const Access &a = accesses[row];
        const auto indicator = indicators.byId(a.indicatorId);
        std::optional<QueueState> latest;
        if (indicator) {
            if (const auto q = queue.latestForPair(m_client.tvUsername, indicator->pineId); q && *q)
                latest = q.value()->state;
        }
        const SyncState sync = SyncStateRule::stateOf(latest, a.serverMatchesIntent());
        setRow(m_accesses, row,
               {indicator ? indicator->name : QString(),
                AccessStatusRule::displayName(rule.statusOf(a.intent, a.expiration, now)),
                a.expiration.isLifetime() ? tr("Lifetime") : shortDate(a.expiration.until()),
                SyncStateRule::displayName(sync)});
    }
    m_accesses->resizeColumnsToContents();
}

void ClientProfileDialog::fillPayments()
{
    const QList<Payment> payments = PaymentStore(m_ctx.store()).forClient(m_client.id);
    m_payments->setRowCount(int(payments.size()));
    const QLocale locale;
    for (int row = 0; row < payments.size(); ++row) {
        const Payment &p = payments[row];
        setRow(m_payments, row,
               {shortDate(p.paidAt), p.amount.toDisplayString(locale), p.reference, p.source});
    }
    m_payments->resizeColumnsToContents();
}

void ClientProfileDialog::fillHistory()
{
    const QList<AuditEntry> entries =
        AuditLog(m_ctx.store()).forEntity(u"client"_s, m_client.id, 200);
    m_history->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const AuditEntry &e = entries[row];
        setRow(m_history, row,
               {shortDate(e.at), e.actor,
                e.action + u"  "_s +
                    QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact))});
    }
    m_history->resizeColumnsToContents();
}

bool ClientProfileDialog::save()
{
    Client c = m_client;
    c.tvUsername = m_username->text();
    c.email = m_email->text();
    c.fullName = m_name->text().simplified();
    c.status = ClientStatus(m_status->currentData().toInt());
    c.notes = m_notes->toPlainText();
    c.tags.clear();
    for (const QString &tag : m_tags->text().split(u',', Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty())
            c.tags.append(tag.trimmed());
    }
    ClientStore store(m_ctx.store());
    if (c.id == 0) {
        const auto id = store.create(c);
        if (!id) {
            m_message->setText(id.error());
            return false;
        }
        m_client.id = *id;
    } else if (const Status s = store.update(c); !s) {
        m_message->setText(s.error());
        return false;
    }
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
        fillAccesses();
        fillHistory();
        m_message->setText(summary);
        Q_EMIT changesQueued(summary);
    });
    dialog->open();
}

} // namespace pinedesk
