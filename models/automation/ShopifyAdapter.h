#pragma once

#include "ProviderAdapter.h"

namespace pinedesk {

// Shopify: X-Shopify-Hmac-Sha256 is the base64 HMAC-SHA256 of the body with the app's secret;
// the topic says what happened (orders/paid, orders/cancelled, refunds/create) and
// X-Shopify-Event-Id identifies the delivery.
class ShopifyAdapter final : public ProviderAdapter
{
    Q_DECLARE_TR_FUNCTIONS(ShopifyAdapter)

public:
    QString name() const override { return QStringLiteral("shopify"); }
    QString displayName() const override { return QStringLiteral("Shopify"); }
    QByteArrayList keptHeaders() const override
    {
        return {"x-shopify-topic", "x-shopify-event-id", "x-shopify-shop-domain"};
    }
    Status verify(const WebhookRequest &request, const Config &config) const override;
    Expected<QString> eventKey(const WebhookRequest &request) const override;
    QString eventType(const WebhookRequest &request) const override;
    Expected<PaymentEvent> parse(const WebhookRequest &request,
                                 const Config &config) const override;
};

} // namespace pinedesk
