#pragma once

#include "WebhookRequest.h"
#include "domain/Expected.h"
#include "payments/PaymentEvent.h"

#include <QByteArrayList>
#include <QCoreApplication>
#include <QString>

namespace pinedesk {

// What PineDesk needs from each payment provider: check that a delivery really comes from it
// (over the raw body, before anything is parsed), name the event so a redelivery is
// recognised, and say what it means for the business.
class ProviderAdapter
{
public:
    struct Config
    {
        QByteArray secret;       // the signing secret (or Gumroad's URL token)
        QString usernameField;   // custom field whose key or label contains this
        QString expectedAccount; // Gumroad: the seller id the pings must carry
        int toleranceSeconds = 300;
    };

    virtual ~ProviderAdapter() = default;

    // Stable lower-case name, also the path: /webhooks/<name>.
    virtual QString name() const = 0;
    virtual QString displayName() const = 0;
    // The headers kept with the event (never the signature).
    virtual QByteArrayList keptHeaders() const = 0;
    // Whether the vendor must also say their account (Gumroad's seller id) before deliveries
    // are accepted.
    virtual bool needsAccount() const { return false; }
    // The HTTP status of a refusal is 401 for a bad or stale signature, 400 for a malformed one.
    virtual Status verify(const WebhookRequest &request, const Config &config) const = 0;
    // The provider's identity of the event: a redelivery has the same.
    virtual Expected<QString> eventKey(const WebhookRequest &request) const = 0;
    virtual QString eventType(const WebhookRequest &request) const = 0;
    virtual Expected<PaymentEvent> parse(const WebhookRequest &request,
                                         const Config &config) const = 0;
};

} // namespace pinedesk
