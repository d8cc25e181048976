#include "AutomationPage.h"

#include "PageParts.h"
#include "Prompter.h"
#include "automation/ProviderRegistry.h"
#include "automation/WebhookHost.h"
#include "items/WebhookEventModel.h"
#include "services/AutomationService.h"
#include "services/ChangeFeed.h"
#include "settings/AppSettings.h"
#include "store/WebhookEventStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

constexpr int inboxLimit = 1000;

QString addressesText()
{
    QStringList lines;
    const ProviderRegistry registry;
    for (const QString &name : registry.names()) {
        const QString path =
            name == u"gumroad"_s ? u"/webhooks/gumroad/TOKEN"_s : u"/webhooks/"_s + name;
        lines.append(u"<tr><td>%1</td><td><code>https://YOUR-HOST%2</code></td></tr>"_s.arg(
            registry.find(name)->displayName(), path));
    }
    return AutomationPage::tr("<p>Sales turn into access by themselves while <b>pinedesk "
                              "serve</b> runs, or while this window receives them (below; see "
                              "<i>man pinedesk</i>). Paste these addresses into each provider "
                              "and store its secret with <code>pinedesk webhooks secret "
                              "PROVIDER</code>:</p>") +
           u"<table cellspacing=\"4\">"_s + lines.join(QString()) + u"</table>"_s;
}

} // namespace

AutomationPage::AutomationPage(ConsoleContext context, QWidget *parent)
    : QWidget(parent)
    , m_ctx(std::move(context))
    , m_model(new WebhookEventModel(this))
    , m_jobs(new JobRunner(m_ctx.database, this))
    , m_receive(new QCheckBox(tr("&Receive webhooks while PineDesk is open, on"), this))
    , m_listen(new QLineEdit(this))
    , m_receiver(new QLabel(this))
    , m_state(new QComboBox(this))
    , m_addresses(new QLabel(this))
    , m_message(new QLabel(this))
    , m_table(new QTableView(this))
    , m_payload(new QPlainTextEdit(this))
    , m_fix(new QPushButton(tr("Fix &username…"), this))
    , m_again(new QPushButton(tr("&Apply again"), this))
    , m_ignore(new QPushButton(tr("&Ignore"), this))
{
    setObjectName(u"automationPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(PageParts::title(tr("Automation"), this));
    m_addresses->setObjectName(u"webhookAddresses"_s);
    m_addresses->setTextFormat(Qt::RichText);
    m_addresses->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_addresses->setWordWrap(true);
    m_addresses->setText(addressesText());
    layout->addWidget(m_addresses);
    m_receive->setObjectName(u"receiveWebhooks"_s);
    m_receive->setToolTip(tr("Without 'pinedesk serve': this window receives the webhooks "
                             "itself (behind a reverse proxy for the public address)."));
    m_listen->setObjectName(u"webhookListen"_s);
    m_listen->setAccessibleName(tr("Address and port"));
    m_listen->setMaximumWidth(
        m_listen->fontMetrics().horizontalAdvance(u"000.000.000.000:00000"_s));
    m_receiver->setObjectName(u"receiverStatus"_s);
    m_receiver->setWordWrap(true);
    auto *receiving = new QHBoxLayout;
    receiving->addWidget(m_receive);
    receiving->addWidget(m_listen);
    receiving->addWidget(m_receiver, 1);
    layout->addLayout(receiving);
    m_receive->setEnabled(false); // until the window gives its receiver
    m_listen->setEnabled(false);

    m_state->setObjectName(u"inboxState"_s);
    m_state->setAccessibleName(tr("Show events"));
    m_state->addItem(tr("All events"), -1);
    for (WebhookEventState s :
         {WebhookEventState::NeedsAttention, WebhookEventState::Pending, WebhookEventState::Applied,
          WebhookEventState::Ignored, WebhookEventState::Duplicate, WebhookEventState::Refused})
        m_state->addItem(WebhookEventStateNames::displayName(s), int(s));
    auto *stateLabel = new QLabel(tr("&Show:"), this);
    stateLabel->setBuddy(m_state);
    m_fix->setObjectName(u"fixUsername"_s);
    m_fix->setToolTip(tr("Enter the TradingView username the client meant; the event is applied "
                         "again once TradingView knows it."));
    m_again->setObjectName(u"applyAgain"_s);
    m_again->setToolTip(tr("Apply the event again, e.g. after mapping its product to a plan."));
    m_ignore->setObjectName(u"ignoreEvent"_s);
    m_ignore->setToolTip(tr("Nothing to do for this event (a test, an unrelated product)."));
    auto *bar = new QHBoxLayout;
    bar->addWidget(stateLabel);
    bar->addWidget(m_state);
    bar->addStretch(1);
    bar->addWidget(m_fix);
    bar->addWidget(m_again);
    bar->addWidget(m_ignore);
    layout->addLayout(bar);
    m_message->setObjectName(u"automationMessage"_s);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    m_table->setObjectName(u"inboxTable"_s);
    m_table->setModel(m_model);
    PageParts::setUpRecordTable(m_table);
    m_payload->setObjectName(u"eventPayload"_s);
    m_payload->setAccessibleName(tr("Event payload"));
    m_payload->setReadOnly(true);
    m_payload->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_payload->setPlaceholderText(tr("Select an event to read what the provider sent."));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_payload);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    connect(m_state, &QComboBox::currentIndexChanged, this, &AutomationPage::reload);
    connect(m_receive, &QCheckBox::toggled, this, &AutomationPage::setReceiving);
    connect(m_fix, &QPushButton::clicked, this, &AutomationPage::fixUsername);
    connect(m_again, &QPushButton::clicked, this, &AutomationPage::applyAgain);
    connect(m_ignore, &QPushButton::clicked, this, &AutomationPage::ignoreSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AutomationPage::showSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AutomationPage::showSelection);
    if (m_ctx.feed) {
        connect(m_ctx.feed, &ChangeFeed::changed, this, [this](Changes changes) {
            if (changes.testFlag(Change::Payments) && isVisible())
                reload();
        });
    }
    showSelection();
}

AutomationPage::~AutomationPage()
{
    delete m_jobs; // waits for a load still running
}

void AutomationPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload(); // serve writes from another process: fresh whenever the page is opened
}

void AutomationPage::setHost(WebhookHost *host, AppSettings *settings)
{
    m_host = host;
    m_settings = settings;
    m_receive->setEnabled(host && settings);
    m_listen->setEnabled(host && settings);
    if (!host || !settings)
        return;
    m_listen->setText(settings->webhookListen());
    {
        const QSignalBlocker quiet(m_receive);
        m_receive->setChecked(host->isRunning() || settings->receiveWebhooks());
    }
    m_receiver->setText(host->status());
    connect(host, &WebhookHost::statusChanged, m_receiver, &QLabel::setText);
    connect(host, &WebhookHost::statusChanged, this, [this] {
        if (isVisible())
            reload();
    });
}

QString AutomationPage::receiverStatus() const
{
    return m_receiver->text();
}

void AutomationPage::setReceiving(bool on)
{
    if (!m_host || !m_settings)
        return;
    {
        const QSignalBlocker quiet(m_receive);
        m_receive->setChecked(on);
    }
    m_settings->setReceiveWebhooks(on);
    m_settings->setWebhookListen(m_listen->text());
    if (on)
        m_host->start(m_listen->text());
    else
        m_host->stop();
}

QString AutomationPage::message() const
{
    return m_message->text();
}

QString AutomationPage::payloadText() const
{
    return m_payload->toPlainText();
}

void AutomationPage::setStateFilter(std::optional<WebhookEventState> state)
{
    m_state->setCurrentIndex(std::max(0, m_state->findData(state ? int(*state) : -1)));
}

void AutomationPage::reload()
{
    const int wanted = m_state->currentData().toInt();
    const std::optional<WebhookEventState> state =
        wanted < 0 ? std::nullopt : std::optional(WebhookEventState(wanted));
    const ServiceContext services = m_ctx.services();
    m_jobs->run<Events>(
        [services, state](JobControl &) {
            return AutomationService(services).inbox(inboxLimit, state);
        },
        [this](const Events &events) {
            showEvents(events);
            Q_EMIT loaded();
        });
}

void AutomationPage::showEvents(const Events &events)
{
    if (!events) {
        // Nothing to act on: the table empties rather than show what may be stale.
        m_model->setRows({});
        m_message->setText(tr("The inbox could not be read: %1").arg(events.error()));
        return;
    }
    const qint64 keep = selectedId();
    m_model->setRows(*events);
    m_message->setText(events->isEmpty()
                           ? tr("No webhook events yet. Once a provider sends one to "
                                "'pinedesk serve', it is listed here with what it changed.")
                           : QString());
    if (keep != 0)
        select(keep);
}

const WebhookEvent *AutomationPage::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->rowAt(rows.first().row());
}

qint64 AutomationPage::selectedId() const
{
    const WebhookEvent *event = selected();
    return event ? event->id : 0;
}

bool AutomationPage::select(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    return true;
}

void AutomationPage::showSelection()
{
    const WebhookEvent *event = selected();
    m_payload->setPlainText(event ? WebhookEventModel::readablePayload(*event) : QString());
    const bool waiting = event && (event->state == WebhookEventState::NeedsAttention ||
                                   event->state == WebhookEventState::Pending);
    m_fix->setEnabled(waiting);
    m_again->setEnabled(event && (waiting || event->state == WebhookEventState::Ignored));
    m_ignore->setEnabled(waiting);
}

void AutomationPage::done(const Status &status, const QString &success)
{
    if (!status) {
        Prompter::instance().warn(this, tr("Automation"), status.error());
        return;
    }
    m_message->setText(success);
    reload();
}

void AutomationPage::fixUsername()
{
    const WebhookEvent *event = selected();
    if (!event)
        return;
    const qint64 id = event->id;
    const QString was = event->fixedUsername.isEmpty() ? event->tvUsername : event->fixedUsername;
    const std::optional<QString> answer = Prompter::instance().text(
        this, tr("Fix username"),
        was.isEmpty() ? tr("The TradingView username of this client (it is checked on "
                           "TradingView before anything is granted):")
                      : tr("\"%1\" is not right. The TradingView username the client meant (it "
                           "is checked on TradingView before anything is granted):")
                            .arg(was),
        false);
    if (!answer)
        return;
    const QString name = *answer;
    done(AutomationService(m_ctx.services()).fixUsername(id, name),
         tr("Event %1 waits to be applied as %2.").arg(id).arg(name.trimmed()));
}

void AutomationPage::applyAgain()
{
    if (const qint64 id = selectedId())
        done(AutomationService(m_ctx.services()).applyAgain(id),
             tr("Event %1 waits to be applied again.").arg(id));
}

void AutomationPage::ignoreSelected()
{
    if (const qint64 id = selectedId())
        done(AutomationService(m_ctx.services()).ignore(id), tr("Event %1 is ignored.").arg(id));
}

} // namespace pinedesk
