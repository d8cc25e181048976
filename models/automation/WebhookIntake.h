#pragma once

#include "ProviderAdapter.h"
#include "ProviderRegistry.h"
#include "WebhookRequest.h"
#include "store/StoreContext.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>

namespace pinedesk {

// The front door for payment webhooks: refuses what is not from the provider (unknown
// provider, no secret set, too large, bad or stale signature, no event id) and keeps the rest
// in the inbox before answering, so an accepted event survives a crash and a redelivery is
// recognised. Applying the event is the EventProcessor's job, after the answer.
class WebhookIntake
{
    Q_DECLARE_TR_FUNCTIONS(WebhookIntake)

public:
    struct Answer
    {
        int httpStatus = 200;
        QJsonObject body;
        qint64 eventId = 0;    // the inbox row written (0: none could be)
        bool newEvent = false; // a pending event the processor should look at
    };

    static constexpr qsizetype maxBodyBytes = 1024 * 1024;
    // Refused deliveries are kept for the vendor to read, but not forever and not without end:
    // every pruneEvery refusals, those older than keepRefusedDays or beyond the newest
    // keepRefused go.
    static constexpr int keepRefusedDays = 30;
    static constexpr int keepRefused = 10000;
    static constexpr int pruneEvery = 500;

    WebhookIntake(StoreContext context, const ProviderRegistry &registry,
                  QMap<QString, ProviderAdapter::Config> configs)
        : m_ctx(std::move(context))
        , m_registry(registry)
        , m_configs(std::move(configs))
    {}

    Answer receive(const WebhookRequest &request);

private:
    Answer refuse(const WebhookRequest &request, const QString &type, int status,
                  const QString &reason, const QJsonObject &headers = {});

    StoreContext m_ctx;
    const ProviderRegistry &m_registry;
    QMap<QString, ProviderAdapter::Config> m_configs;
    int m_refusedSincePrune = pruneEvery; // prunes at the first refusal
};

} // namespace pinedesk
