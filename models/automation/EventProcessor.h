#pragma once

#include "ProviderAdapter.h"
#include "ProviderRegistry.h"
#include "payments/WebhookEvent.h"
#include "store/StoreContext.h"
#include "tradingview/TradingViewClient.h"
#include "tradingview/TvResponseParser.h"

#include <QCoreApplication>
#include <QMap>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace pinedesk {

class ChangeFeed;

// Applies the inbox's pending events one after the other, through PaymentRule. A username from
// a checkout that PineDesk does not know yet is first checked on TradingView (when a client is
// given): not found -> the event needs attention; TradingView unreachable -> tried again later.
// Runs on the thread it lives on; never blocks it (the check is asynchronous).
class EventProcessor final : public QObject
{
    Q_OBJECT

public:
    EventProcessor(StoreContext context, const ProviderRegistry &registry,
                   QMap<QString, ProviderAdapter::Config> configs, QObject *parent = nullptr);

    // Checks usernames on TradingView with this client, which lives on the processor's thread
    // (null: no check).
    void setTradingView(TradingViewClient *client) { m_tv = client; }
    // Checks usernames with a client of its own for this TradingView, made on the processor's
    // thread (call it there, e.g. through QMetaObject::invokeMethod).
    void useTradingView(const QUrl &baseUrl, const TvSession &session);
    void setChangeFeed(ChangeFeed *feed) { m_feed = feed; }
    // Looks for due events now (coalesced; safe to call often, from any thread).
    void kick();
    bool isIdle() const { return !m_busy && !m_scheduled; }

    static constexpr int retrySeconds = 60;
    static constexpr int maxAttempts = 5;
    static constexpr int pollSeconds = 10;

Q_SIGNALS:
    // One event left "pending" (applied, ignored, needs attention; or failed for good).
    void processed(qint64 eventId, pinedesk::WebhookEventState state);
    // Nothing due is left.
    void idle();
    void failed(const QString &message);

private:
    void runDue();
    void process(const WebhookEvent &event);
    void checked(const WebhookEvent &event, PaymentEvent e,
                 const TvResult<std::optional<QString>> &result);
    void applyParsed(const WebhookEvent &event, const PaymentEvent &parsed);
    void next();
    bool needsCheck(const PaymentEvent &parsed);

    StoreContext m_ctx;
    const ProviderRegistry &m_registry;
    QMap<QString, ProviderAdapter::Config> m_configs;
    QPointer<TradingViewClient> m_tv;
    std::unique_ptr<QNetworkAccessManager> m_network; // for the client of its own
    std::unique_ptr<TradingViewClient> m_ownClient;
    ChangeFeed *m_feed = nullptr;
    QList<WebhookEvent> m_batch;
    QTimer m_retryTimer;
    QTimer m_pollTimer; // events reopened by the window or the command line
    bool m_busy = false;
    bool m_scheduled = false;
};

} // namespace pinedesk
