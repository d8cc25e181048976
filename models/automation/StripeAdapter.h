#pragma once

#include "ProviderAdapter.h"

namespace pinedesk {

// Stripe: `Stripe-Signature: t=<unix>,v1=<hex>...`, HMAC-SHA256 over "t.body" with the whsec_
// string as the key; checkout sessions (with their custom fields), invoices, subscriptions,
// refunds and disputes.
class StripeAdapter final : public ProviderAdapter
{
    Q_DECLARE_TR_FUNCTIONS(StripeAdapter)

public:
    QString name() const override { return QStringLiteral("stripe"); }
    QString displayName() const override { return QStringLiteral("Stripe"); }
    QByteArrayList keptHeaders() const override { return {}; }
    Status verify(const WebhookRequest &request, const Config &config) const override;
    Expected<QString> eventKey(const WebhookRequest &request) const override;
    QString eventType(const WebhookRequest &request) const override;
    Expected<PaymentEvent> parse(const WebhookRequest &request,
                                 const Config &config) const override;
};

} // namespace pinedesk
