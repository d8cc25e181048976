#pragma once

#include "StoreContext.h"
#include "domain/Expected.h"
#include "payments/WebhookEvent.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace pinedesk {

// The inbox of the automation server: every delivery, kept before it is answered. A verified
// event is stored once per (provider, event key) (UNIQUE); a redelivery is a duplicate row that
// points at the first. Processing marks the event in the same transaction as its effects.
class WebhookEventStore
{
    Q_DECLARE_TR_FUNCTIONS(WebhookEventStore)

public:
    struct Received
    {
        qint64 id = 0;
        std::optional<qint64> duplicateOf; // set: a redelivery, nothing else to do
    };
    struct Outcome
    {
        WebhookEventState state = WebhookEventState::Applied;
        QString reason;
        QString tvUsername;
        QString customerRef;
        std::optional<qint64> clientId;
        std::optional<qint64> paymentId;
        std::optional<qint64> batchId;
        std::optional<Money> amount;
    };

    explicit WebhookEventStore(StoreContext context)
        : m_ctx(std::move(context))
    {}

    // Keeps a verified event (pending), or records a redelivery of one already kept.
    [[nodiscard]] Expected<Received> receive(const WebhookEvent &event);
    // Records a refused delivery (its payload truncated to what helps the vendor read it).
    [[nodiscard]] Expected<qint64> refuse(WebhookEvent event);
    // Forgets refused deliveries received before `before`, and all but the newest `keep`, so a
    // flood of forged requests cannot fill the disk. Returns how many were removed.
    [[nodiscard]] Expected<int> pruneRefused(const QDateTime &before, int keep);
    // Pending events whose time has come, oldest first.
    [[nodiscard]] Expected<QList<WebhookEvent>> due(int limit);
    [[nodiscard]] Expected<std::optional<WebhookEvent>> findById(qint64 id);
    // Newest first, optionally only those in `state`.
    [[nodiscard]] Expected<QList<WebhookEvent>> list(int limit,
                                                     std::optional<WebhookEventState> state = {});
    // The event's state now (read inside the caller's transaction, which holds the write lock:
    // a processor applies only what is still pending).
    [[nodiscard]] Expected<std::optional<WebhookEventState>> stateOf(qint64 id);
    // Marks the event processed; joins the caller's transaction.
    Status finish(qint64 id, const Outcome &outcome);
    // Processing failed for a reason that may pass (TradingView unreachable): try again later.
    Status retryAt(qint64 id, const QDateTime &when, const QString &reason);
    // Puts an event back in the queue (replay, fix), with a corrected username if given.
    Status reopen(qint64 id, const std::optional<QString> &fixedUsername = {});
    // The vendor decided the event needs nothing (a test, an unrelated product).
    Status ignore(qint64 id, const QString &reason);
    // Events of this customer that waited for someone to say who the customer is.
    [[nodiscard]] Expected<int> reopenForCustomer(const QString &provider,
                                                  const QString &customerRef);
    [[nodiscard]] Expected<QMap<WebhookEventState, qint64>> countsByState();

    static constexpr qsizetype refusedPayloadLimit = 64 * 1024;

private:
    static WebhookEvent fromRow(const class Statement &st);

    StoreContext m_ctx;
};

} // namespace pinedesk
