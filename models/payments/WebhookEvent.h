#pragma once

#include "domain/Money.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace pinedesk {

// Where an event of the inbox stands.
enum class WebhookEventState {
    Pending,        // verified and kept; not applied yet (or waiting to be tried again)
    Applied,        // its payment and access changes are recorded
    Ignored,        // nothing to do for PineDesk (or the vendor chose to ignore it)
    NeedsAttention, // the vendor must act: no username, unknown product, payment not found...
    Duplicate,      // a redelivery of an event already kept: changed nothing
    Refused,        // bad signature, stale, malformed, too large: never processed
};

QString toText(WebhookEventState state);
std::optional<WebhookEventState> webhookEventStateFromText(QStringView text);

class WebhookEventStateNames
{
    Q_DECLARE_TR_FUNCTIONS(WebhookEventStateNames)

public:
    static QString displayName(WebhookEventState state);
};

// One delivery received by the automation server, as the inbox keeps it.
struct WebhookEvent
{
    qint64 id = 0;
    QString provider;
    QString eventKey; // the provider's id of the event (what a redelivery repeats)
    QString eventType;
    QDateTime receivedAt;
    WebhookEventState state = WebhookEventState::Pending;
    int httpStatus = 200;
    QString reason; // why it is ignored, needs attention or was refused
    QString customerRef;
    QString tvUsername;    // as it arrived
    QString fixedUsername; // as the vendor corrected it (used instead when set)
    std::optional<qint64> clientId;
    std::optional<qint64> paymentId;
    std::optional<qint64> batchId;
    std::optional<Money> amount;
    std::optional<qint64> duplicateOf;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString contentType;
    QJsonObject headers; // the provider's event headers (topic, event name, id); no signature
    QByteArray payload;  // the raw body as received (truncated for refused ones)
    QDateTime processedAt;
};

} // namespace pinedesk
