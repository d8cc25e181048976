#include "ChannelsPanel.h"

#include "channels/ChannelPoster.h"
#include "channels/ChannelSettings.h"
#include "channels/TeamChannelSecret.h"
#include "jobs/JobRunner.h"
#include "services/ChannelService.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

struct OutboxCounts
{
    ChannelService::Summary summary;
    QString error;
};

} // namespace

ChannelsPanel::ChannelsPanel(ConsoleContext context, QWidget *parent)
    : QGroupBox(tr("Team channels"), parent)
    , m_ctx(std::move(context))
    , m_jobs(new JobRunner(m_ctx.database, this))
    , m_outboxJobs(new JobRunner(m_ctx.database, this))
    , m_chatId(new QLineEdit(this))
    , m_outbox(new QLabel(this))
    , m_retry(new QPushButton(tr("Send &failed messages again"), this))
    , m_message(new QLabel(this))
{
    setObjectName(u"channelsPanel"_s);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Tell your team in Discord, Slack or Telegram when something "
                                "happens. Addresses and tokens stay in the system keychain; "
                                "messages wait in an outbox until the channel takes them."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    grid->setColumnStretch(3, 1);
    int column = 1;
    for (TeamChannel::Kind kind : TeamChannel::allKinds)
        buildRow(kind, grid, column++);
    auto *heard = new QLabel(tr("<b>Tell them about</b>"), this);
    grid->addWidget(heard, 3, 0);
    int row = 4;
    // Money first: what a team most wants to hear.
    using N = Notification::Kind;
    for (N event : {N::Sale, N::PaymentFailed, N::DeadRows, N::SessionExpired, N::Expiring,
                    N::WebhookAttention, N::CircuitOpen, N::Drift, N::BackupFailed}) {
        auto *label = new QLabel(Notification::describe(event), this);
        grid->addWidget(label, row, 0);
        column = 1;
        for (TeamChannel::Kind kind : TeamChannel::allKinds) {
            auto *box = new QCheckBox(this);
            box->setObjectName(
                u"event_%1_%2"_s.arg(TeamChannel::toText(kind), Notification::toText(event)));
            //: Accessible name of a checkbox: "New sales in Discord"
            box->setAccessibleName(
                tr("%1 in %2").arg(Notification::describe(event), TeamChannel::displayName(kind)));
            grid->addWidget(box, row, column++, Qt::AlignHCenter);
            m_rows[kind].events.insert(event, box);
            connect(box, &QCheckBox::toggled, this, &ChannelsPanel::save);
        }
        ++row;
    }
    layout->addLayout(grid);

    auto *form = new QFormLayout;
    m_chatId->setObjectName(u"telegramChat"_s);
    m_chatId->setPlaceholderText(tr("-1001234567890 or @channel"));
    m_chatId->setToolTip(tr("The chat the Telegram bot writes to. Add the bot to the group, "
                            "send it a message, then read the chat's id with getUpdates."));
    form->addRow(tr("Telegram &chat:"), m_chatId);
    layout->addLayout(form);

    auto *outboxRow = new QHBoxLayout;
    m_outbox->setObjectName(u"channelOutbox"_s);
    m_outbox->setWordWrap(true);
    m_retry->setObjectName(u"retryChannels"_s);
    m_retry->setEnabled(false);
    outboxRow->addWidget(m_outbox, 1);
    outboxRow->addWidget(m_retry);
    layout->addLayout(outboxRow);
    m_message->setObjectName(u"channelsMessage"_s);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    load();
    connect(m_chatId, &QLineEdit::editingFinished, this, &ChannelsPanel::save);
    connect(m_retry, &QPushButton::clicked, this, &ChannelsPanel::retryFailed);
    for (TeamChannel::Kind kind : TeamChannel::allKinds) {
        auto *secret = new TeamChannelSecret(kind, QStringLiteral("PineDesk"), this);
        m_keychain.insert(kind, secret);
        secret->load([this, kind](const QByteArray &value, const QString &problem) {
            m_secrets.insert(kind, value);
            if (!problem.isEmpty())
                m_message->setText(problem);
            showSecretState(kind);
        });
    }
    refreshOutbox();
}

ChannelsPanel::~ChannelsPanel()
{
    delete m_jobs; // waits for a test message still being sent
    delete m_outboxJobs;
}

void ChannelsPanel::buildRow(TeamChannel::Kind kind, QGridLayout *grid, int column)
{
    Row &row = m_rows[kind];
    const QString name = TeamChannel::displayName(kind);
    const QString id = TeamChannel::toText(kind);
    row.enabled = new QCheckBox(name, this);
    row.enabled->setObjectName(id + u"Enabled"_s);
    row.secret = new QLineEdit(this);
    row.secret->setObjectName(id + u"Secret"_s);
    row.secret->setEchoMode(QLineEdit::Password);
    row.secret->setAccessibleName(tr("%1 %2").arg(name, TeamChannel::secretName(kind)));
    row.test = new QPushButton(tr("Send a test"), this);
    row.test->setObjectName(id + u"Test"_s);
    row.test->setAccessibleName(tr("Send a test to %1").arg(name));
    grid->addWidget(row.enabled, 0, column);
    grid->addWidget(row.secret, 1, column);
    grid->addWidget(row.test, 2, column, Qt::AlignLeft);
    if (column == 1) {
        grid->addWidget(new QLabel(tr("Address or token:"), this), 1, 0);
    }
    connect(row.enabled, &QCheckBox::toggled, this, &ChannelsPanel::save);
    connect(row.secret, &QLineEdit::editingFinished, this, [this, kind] { saveSecret(kind); });
    connect(row.test, &QPushButton::clicked, this, [this, kind] { sendTest(kind); });
}

QCheckBox *ChannelsPanel::eventBox(TeamChannel::Kind kind, Notification::Kind event) const
{
    return m_rows.value(kind).events.value(event);
}

QString ChannelsPanel::message() const
{
    return m_message->text();
}

bool ChannelsPanel::isBusy() const
{
    return m_jobs->isRunning() || m_outboxJobs->isRunning();
}

void ChannelsPanel::load()
{
    m_loading = true;
    const ChannelSettings s = ChannelService(m_ctx.services()).settings();
    for (TeamChannel::Kind kind : TeamChannel::allKinds) {
        const ChannelSettings::Channel channel = s.channel(kind);
        Row &row = m_rows[kind];
        row.enabled->setChecked(channel.enabled);
        for (auto it = row.events.cbegin(); it != row.events.cend(); ++it)
            it.value()->setChecked(channel.events.contains(it.key()));
        showSecretState(kind);
    }
    m_chatId->setText(s.telegramChatId);
    m_loading = false;
}

void ChannelsPanel::showSecretState(TeamChannel::Kind kind)
{
    QLineEdit *edit = m_rows.value(kind).secret;
    const bool saved = !m_secrets.value(kind).isEmpty();
    edit->setPlaceholderText(saved                                 ? tr("Saved in the keychain")
                             : kind == TeamChannel::Kind::Telegram ? tr("Bot token")
                                                                   : tr("Webhook URL"));
    edit->setToolTip(saved ? tr("Paste a new one to replace it.")
                     : kind == TeamChannel::Kind::Telegram
                         ? tr("The token @BotFather gave your bot.")
                         : tr("The channel's incoming webhook address (https://…)."));
}

void ChannelsPanel::save()
{
    if (m_loading)
        return;
    ChannelService service(m_ctx.services());
    ChannelSettings s = service.settings();
    const QString chat = m_chatId->text().trimmed();
    if (!chat.isEmpty()) {
        if (const auto problem = ChannelSettings::checkChatId(chat)) {
            m_message->setText(*problem);
            return;
        }
    }
    s.telegramChatId = chat;
    for (TeamChannel::Kind kind : TeamChannel::allKinds) {
        const Row &row = m_rows[kind];
        ChannelSettings::Channel channel;
        channel.enabled = row.enabled->isChecked();
        channel.events.clear();
        for (auto it = row.events.cbegin(); it != row.events.cend(); ++it) {
            if (it.value()->isChecked())
                channel.events.append(it.key());
        }
        s.channels.insert(kind, channel);
    }
    if (const Status saved = service.save(s); !saved) {
        m_message->setText(saved.error());
        return;
    }
    QStringList missing;
    for (TeamChannel::Kind kind : TeamChannel::allKinds) {
        if (s.channel(kind).enabled && m_secrets.value(kind).isEmpty())
            missing.append(tr("paste the %1 %2")
                               .arg(TeamChannel::displayName(kind), TeamChannel::secretName(kind)));
    }
    if (s.channel(TeamChannel::Kind::Telegram).enabled && chat.isEmpty())
        missing.append(tr("enter the Telegram chat"));
    m_message->setText(missing.isEmpty()
                           ? tr("Saved.")
                           : tr("Saved. To send, %1.").arg(missing.join(tr(", and "))));
}

void ChannelsPanel::saveSecret(TeamChannel::Kind kind)
{
    QLineEdit *edit = m_rows.value(kind).secret;
    const QString typed = edit->text().trimmed();
    if (typed.isEmpty())
        return;
    if (const auto problem = TeamChannel::checkSecret(kind, typed)) {
        m_message->setText(*problem);
        return; // kept in the field, so the vendor can correct it
    }
    edit->clear();
    const QByteArray secret = typed.toUtf8();
    m_keychain.value(kind)->store(secret, [this, kind, secret](const Status &s) {
        if (!s) {
            m_message->setText(s.error());
            return;
        }
        m_secrets.insert(kind, secret);
        showSecretState(kind);
        m_message->setText(tr("The %1 %2 is in the system keychain.")
                               .arg(TeamChannel::displayName(kind), TeamChannel::secretName(kind)));
        Q_EMIT secretChanged(kind, secret);
        save();
    });
}

void ChannelsPanel::sendTest(TeamChannel::Kind kind)
{
    const QString name = TeamChannel::displayName(kind);
    const QString typed = m_rows.value(kind).secret->text().trimmed();
    if (!typed.isEmpty()) {
        saveSecret(kind); // the test uses what was just pasted
        if (const auto problem = TeamChannel::checkSecret(kind, typed))
            return;
    }
    ChannelPoster::Target target;
    target.kind = kind;
    target.secret = typed.isEmpty() ? m_secrets.value(kind) : typed.toUtf8();
    if (target.secret.isEmpty()) {
        m_message->setText(tr("Paste the %1 %2 first.").arg(name, TeamChannel::secretName(kind)));
        m_rows.value(kind).secret->setFocus();
        return;
    }
    const ChannelSettings s = ChannelService(m_ctx.services()).settings();
    target.telegramChatId = m_chatId->text().trimmed();
    target.telegramApi = s.telegramApi;
    if (kind == TeamChannel::Kind::Telegram) {
        if (const auto problem = ChannelSettings::checkChatId(target.telegramChatId)) {
            m_message->setText(*problem);
            m_chatId->setFocus();
            return;
        }
    }
    for (const Row &row : std::as_const(m_rows))
        row.test->setEnabled(false);
    m_message->setText(tr("Sending a test message to %1…").arg(name));
    const QString title = tr("PineDesk test message");
    const QString body = tr("If your team reads this, PineDesk can tell them about sales and "
                            "problems here.");
    m_jobs->run<QString>(
        [target, title, body](JobControl &) {
            const auto failure = ChannelPoster(target).post(title, body);
            return failure ? failure->message : QString();
        },
        [this, name](const QString &error) {
            for (const Row &row : std::as_const(m_rows))
                row.test->setEnabled(true);
            m_message->setText(error.isEmpty() ? tr("%1 took the test message.").arg(name) : error);
            Q_EMIT testFinished();
        });
}

void ChannelsPanel::refreshOutbox()
{
    if (m_outboxJobs->isRunning())
        return;
    m_outboxJobs->run<OutboxCounts>(
        [services = m_ctx.services()](JobControl &) {
            OutboxCounts loaded;
            if (auto summary = ChannelService(services).summary(20))
                loaded.summary = std::move(summary).value();
            else
                loaded.error = summary.error().message();
            return loaded;
        },
        [this](const OutboxCounts &loaded) {
            const auto &counts = loaded.summary.counts;
            const int waiting = counts.value(ChannelMessage::State::Pending) +
                                counts.value(ChannelMessage::State::Retry);
            const int dead = counts.value(ChannelMessage::State::Dead);
            if (!loaded.error.isEmpty()) {
                m_outbox->setText(tr("The outbox cannot be read: %1").arg(loaded.error));
            } else {
                QString text =
                    tr("Outbox: %n sent", nullptr, counts.value(ChannelMessage::State::Sent)) +
                    u", "_s + tr("%n waiting", nullptr, waiting) + u", "_s +
                    tr("%n failed", nullptr, dead) + u'.';
                if (!loaded.summary.lastProblem.isEmpty())
                    text += u' ' + tr("Last problem: %1").arg(loaded.summary.lastProblem);
                m_outbox->setText(text);
            }
            m_retry->setEnabled(dead > 0 || waiting > 0);
            Q_EMIT outboxShown();
        });
}

void ChannelsPanel::retryFailed()
{
    const auto again = ChannelService(m_ctx.services()).retryAll();
    if (!again) {
        m_message->setText(again.error().message());
        return;
    }
    m_message->setText(tr("%n message(s) go again now.", nullptr, *again));
    Q_EMIT sendRequested();
    refreshOutbox();
}

} // namespace pinedesk
