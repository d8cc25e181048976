#pragma once

#include "ProviderAdapter.h"

namespace pinedesk {

// Lemon Squeezy: X-Signature is the hex HMAC-SHA256 of the body; X-Event-Name says what
// happened; the checkout's custom data rides in meta.custom_data. There is no delivery id: an
// event is known by its name, resource and the resource's updated_at.
class LemonSqueezyAdapter final : public ProviderAdapter
{
    Q_DECLARE_TR_FUNCTIONS(LemonSqueezyAdapter)

public:
    QString name() const override { return QStringLiteral("lemonsqueezy"); }
    QString displayName() const override { return QStringLiteral("Lemon Squeezy"); }
    QByteArrayList keptHeaders() const override { return {"x-event-name"}; }
    Status verify(const WebhookRequest &request, const Config &config) const override;
    Expected<QString> eventKey(const WebhookRequest &request) const override;
    QString eventType(const WebhookRequest &request) const override;
    Expected<PaymentEvent> parse(const WebhookRequest &request,
                                 const Config &config) const override;
};

} // namespace pinedesk
