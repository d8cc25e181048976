#pragma once

#include "ProviderAdapter.h"

namespace pinedesk {

// Patreon: X-Patreon-Signature is the hex HMAC-MD5 of the body; X-Patreon-Event names the
// change of a member. There is no event id or timestamp: each delivery is a state sync of the
// member, known by a hash of its body.
class PatreonAdapter final : public ProviderAdapter
{
    Q_DECLARE_TR_FUNCTIONS(PatreonAdapter)

public:
    QString name() const override { return QStringLiteral("patreon"); }
    QString displayName() const override { return QStringLiteral("Patreon"); }
    QByteArrayList keptHeaders() const override { return {"x-patreon-event"}; }
    Status verify(const WebhookRequest &request, const Config &config) const override;
    Expected<QString> eventKey(const WebhookRequest &request) const override;
    QString eventType(const WebhookRequest &request) const override;
    Expected<PaymentEvent> parse(const WebhookRequest &request,
                                 const Config &config) const override;
};

} // namespace pinedesk
