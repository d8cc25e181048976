#include "EventProcessor.h"

#include "logging/LogCategories.h"
#include "payments/PaymentRule.h"
#include "reminders/PaymentAlert.h"
#include "services/ChangeFeed.h"
#include "store/ClientStore.h"
#include "store/WebhookEventStore.h"
#include "tradingview/TradingViewClient.h"

#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

EventProcessor::EventProcessor(StoreContext context, const ProviderRegistry &registry,
                               QMap<QString, ProviderAdapter::Config> configs, QObject *parent)
    : QObject(parent)
    , m_ctx(std::move(context))
    , m_registry(registry)
    , m_configs(std::move(configs))
    , m_retryTimer(this) // children: they follow the processor to its thread
    , m_pollTimer(this)
{
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setInterval(retrySeconds * 1000);
    connect(&m_retryTimer, &QTimer::timeout, this, &EventProcessor::kick);
    m_pollTimer.setInterval(pollSeconds * 1000);
    connect(&m_pollTimer, &QTimer::timeout, this, &EventProcessor::kick);
}

void EventProcessor::useTradingView(const QUrl &baseUrl, const TvSession &session)
{
    m_ownClient.reset();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_ownClient = std::make_unique<TradingViewClient>(m_network.get(), baseUrl);
    m_ownClient->setSession(session);
    m_tv = m_ownClient.get();
}

void EventProcessor::kick()
{
    if (QThread::currentThread() != thread()) {
        QMetaObject::invokeMethod(this, &EventProcessor::kick, Qt::QueuedConnection);
        return;
    }
    if (!m_pollTimer.isActive())
        m_pollTimer.start();
    if (m_scheduled)
        return;
    m_scheduled = true;
    QMetaObject::invokeMethod(this, &EventProcessor::runDue, Qt::QueuedConnection);
}

void EventProcessor::runDue()
{
    m_scheduled = false;
    if (m_busy)
        return; // next() reads again once the current batch is done
    const auto due = WebhookEventStore(m_ctx).due(50);
    if (!due) {
        Q_EMIT failed(due.error().message());
        m_retryTimer.start();
        return;
    }
    if (due->isEmpty()) {
        Q_EMIT idle();
        return;
    }
    m_busy = true;
    m_batch = *due;
    next();
}

void EventProcessor::next()
{
    if (m_batch.isEmpty()) {
        m_busy = false;
        kick(); // more may have arrived, or been reopened by a link
        return;
    }
    // One event per turn of the event loop: deliveries arriving meanwhile are answered between
    // two events, not after a whole batch.
    QTimer::singleShot(0, this, [this] {
        if (!m_batch.isEmpty())
            process(m_batch.takeFirst());
        else
            next();
    });
}

bool EventProcessor::needsCheck(const PaymentEvent &parsed)
{
    if (!m_tv || parsed.tvUsername.isEmpty())
        return false;
    if (parsed.kind != PaymentEvent::Kind::Paid && parsed.kind != PaymentEvent::Kind::Linked)
        return false;
    const auto known = ClientStore(m_ctx).findByUsername(parsed.tvUsername);
    return !known || !*known; // a failed read checks rather than trusts
}

void EventProcessor::process(const WebhookEvent &event)
{
    const ProviderAdapter *adapter = m_registry.find(event.provider);
    WebhookRequest request;
    request.provider = event.provider;
    for (auto it = event.headers.begin(); it != event.headers.end(); ++it)
        request.headers.insert(it.key().toLatin1(), it.value().toString().toLatin1());
    request.body = event.payload;
    const auto parsed = adapter ? adapter->parse(request, m_configs.value(event.provider))
                                : Expected<PaymentEvent>::failure(tr("Unknown provider."));
    if (!parsed) {
        WebhookEventStore::Outcome outcome;
        outcome.state = WebhookEventState::NeedsAttention;
        outcome.reason = tr("The event could not be read: %1").arg(parsed.error().message());
        if (const Status s = WebhookEventStore(m_ctx).finish(event.id, outcome); !s)
            Q_EMIT failed(s.error().message());
        Q_EMIT processed(event.id, outcome.state);
        next();
        return;
    }
    PaymentEvent e = *parsed;
    if (!event.fixedUsername.isEmpty())
        e.tvUsername = event.fixedUsername;
    if (!needsCheck(e)) {
        applyParsed(event, e);
        return;
    }
    QPointer<EventProcessor> self(this);
    m_tv->validateUsername(e.tvUsername, [self, event, e](const auto &result) {
        if (EventProcessor *processor = self.data())
            processor->checked(event, e, result);
    });
}

void EventProcessor::checked(const WebhookEvent &event, PaymentEvent e,
                             const TvResult<std::optional<QString>> &result)
{
    if (!result) {
        const QString why =
            tr("TradingView could not check the username yet: %1").arg(result.error().message());
        if (const Status s = WebhookEventStore(m_ctx).retryAt(
                event.id, m_ctx.clock.nowUtc().addSecs(retrySeconds), why);
            !s)
            Q_EMIT failed(s.error().message());
        m_retryTimer.start();
        next();
        return;
    }
    if (!*result) {
        WebhookEventStore::Outcome outcome;
        outcome.state = WebhookEventState::NeedsAttention;
        outcome.tvUsername = e.tvUsername;
        outcome.customerRef = e.customerRef;
        outcome.reason = tr("TradingView has no user called \"%1\". Fix the username, then apply "
                            "the event again.")
                             .arg(e.tvUsername);
        if (const Status s = WebhookEventStore(m_ctx).finish(event.id, outcome); !s)
            Q_EMIT failed(s.error().message());
        Q_EMIT processed(event.id, outcome.state);
        next();
        return;
    }
    e.tvUsername = **result; // TradingView's own spelling
    applyParsed(event, e);
}

void EventProcessor::applyParsed(const WebhookEvent &event, const PaymentEvent &parsed)
{
    const auto outcome = PaymentRule(m_ctx).apply(parsed, event.id);
    if (!outcome && event.attempts + 1 >= maxAttempts) {
        // Tried often enough: the vendor looks at it (bad data rather than a busy database).
        WebhookEventStore::Outcome attention;
        attention.state = WebhookEventState::NeedsAttention;
        attention.reason =
            tr("PineDesk could not apply the event: %1").arg(outcome.error().message());
        if (const Status s = WebhookEventStore(m_ctx).finish(event.id, attention); s) {
            Q_EMIT processed(event.id, attention.state);
            next();
            return;
        }
    }
    if (!outcome) {
        // A database failure: the event stays pending and is tried again.
        qCWarning(lcServices) << "webhook event" << event.id
                              << "not applied:" << outcome.error().detail();
        if (const Status s = WebhookEventStore(m_ctx).retryAt(
                event.id, m_ctx.clock.nowUtc().addSecs(retrySeconds), outcome.error().message());
            !s) {
            // Nothing recorded the failure: stop here rather than read the same event again.
            qCWarning(lcServices) << "webhook event" << event.id << "not rescheduled";
            Q_EMIT failed(outcome.error().message());
            m_batch.clear();
            m_busy = false;
            m_retryTimer.start();
            return;
        }
        Q_EMIT failed(outcome.error().message());
        m_retryTimer.start();
        next();
        return;
    }
    if (outcome->paymentId && outcome->state == WebhookEventState::Applied &&
        (parsed.kind == PaymentEvent::Kind::Paid || parsed.kind == PaymentEvent::Kind::Failed)) {
        // The money is recorded whatever happens here; a lost alert is only logged.
        if (const auto told = PaymentAlert(m_ctx).raise(*outcome->paymentId); !told)
            qCWarning(lcServices) << "no alert for payment" << *outcome->paymentId << ":"
                                  << told.error().detail();
    }
    if (m_feed) {
        Changes changes = Change::Payments;
        if (outcome->batchId)
            changes |= Change::Accesses | Change::Queue | Change::Clients;
        m_feed->announce(changes);
    }
    Q_EMIT processed(event.id, outcome->state);
    next();
}

} // namespace pinedesk
