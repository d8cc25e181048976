#pragma once

#include "ProviderAdapter.h"

namespace pinedesk {

// Gumroad's Ping: no signature, a form-encoded POST. Protected by an unguessable token in the
// URL (/webhooks/gumroad/<token>) and by the seller id every ping carries.
class GumroadAdapter final : public ProviderAdapter
{
    Q_DECLARE_TR_FUNCTIONS(GumroadAdapter)

public:
    QString name() const override { return QStringLiteral("gumroad"); }
    QString displayName() const override { return QStringLiteral("Gumroad"); }
    QByteArrayList keptHeaders() const override { return {}; }
    bool needsAccount() const override { return true; }
    Status verify(const WebhookRequest &request, const Config &config) const override;
    Expected<QString> eventKey(const WebhookRequest &request) const override;
    QString eventType(const WebhookRequest &request) const override;
    Expected<PaymentEvent> parse(const WebhookRequest &request,
                                 const Config &config) const override;
};

} // namespace pinedesk
