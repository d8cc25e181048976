#pragma once

#include "ProviderAdapter.h"

namespace pinedesk {

// Whop, on Standard Webhooks: webhook-id, webhook-timestamp and webhook-signature ("v1,<base64>"
// entries), HMAC-SHA256 over "id.timestamp.body". The key is the base64 after whsec_, or the
// raw bytes of Whop's own secret.
class WhopAdapter final : public ProviderAdapter
{
    Q_DECLARE_TR_FUNCTIONS(WhopAdapter)

public:
    QString name() const override { return QStringLiteral("whop"); }
    QString displayName() const override { return QStringLiteral("Whop"); }
    QByteArrayList keptHeaders() const override { return {"webhook-id", "webhook-timestamp"}; }
    Status verify(const WebhookRequest &request, const Config &config) const override;
    Expected<QString> eventKey(const WebhookRequest &request) const override;
    QString eventType(const WebhookRequest &request) const override;
    Expected<PaymentEvent> parse(const WebhookRequest &request,
                                 const Config &config) const override;
};

} // namespace pinedesk
