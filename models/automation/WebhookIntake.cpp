#include "WebhookIntake.h"

#include "logging/LogCategories.h"

#include "store/WebhookEventStore.h"

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

QJsonObject keptHeaders(const ProviderAdapter &adapter, const WebhookRequest &request)
{
    QJsonObject kept;
    for (const QByteArray &name : adapter.keptHeaders()) {
        const QByteArray value = request.header(name.constData());
        if (!value.isEmpty())
            kept.insert(QString::fromLatin1(name), QString::fromLatin1(value.left(200)));
    }
    return kept;
}

QJsonObject problem(const QString &message)
{
    return {{u"status"_s, u"refused"_s}, {u"error"_s, message}};
}

} // namespace

WebhookIntake::Answer WebhookIntake::refuse(const WebhookRequest &request, const QString &type,
                                            int status, const QString &reason,
                                            const QJsonObject &headers)
{
    WebhookEvent event;
    event.provider = request.provider.left(40);
    event.eventType = type.left(100);
    event.httpStatus = status;
    event.reason = reason;
    event.contentType = request.contentType();
    event.headers = headers;
    event.payload = request.body;
    Answer answer{status, problem(reason), 0, false};
    WebhookEventStore inbox(m_ctx);
    const auto id = inbox.refuse(event);
    if (id)
        answer.eventId = *id;
    if (++m_refusedSincePrune >= pruneEvery) {
        m_refusedSincePrune = 0;
        const auto pruned =
            inbox.pruneRefused(m_ctx.clock.nowUtc().addDays(-keepRefusedDays), keepRefused);
        if (!pruned)
            qCWarning(lcServices) << "refused deliveries could not be pruned:"
                                  << pruned.error().detail();
    }
    return answer;
}

WebhookIntake::Answer WebhookIntake::receive(const WebhookRequest &request)
{
    const ProviderAdapter *adapter = m_registry.find(request.provider);
    if (!adapter)
        return refuse(request, {}, 404,
                      tr("PineDesk has no webhook for a provider called \"%1\".")
                          .arg(request.provider.left(40)));
    if (request.body.size() > maxBodyBytes)
        return refuse(request, {}, 413,
                      tr("The body has %1 bytes; more than %2 is refused.")
                          .arg(request.body.size())
                          .arg(maxBodyBytes));
    const auto config = m_configs.constFind(request.provider);
    if (config == m_configs.cend() || config->secret.isEmpty()) {
        // 503: the provider retries, so nothing is lost once the vendor sets the secret.
        return refuse(request, {}, 503,
                      tr("No signing secret is set for %1: run 'pinedesk webhooks secret %2'.")
                          .arg(adapter->displayName(), adapter->name()));
    }
    if (adapter->needsAccount() && config->expectedAccount.isEmpty()) {
        return refuse(request, {}, 503,
                      tr("Say which %1 account is yours first: run 'pinedesk webhooks account "
                         "%2 ID'.")
                          .arg(adapter->displayName(), adapter->name()));
    }
    const QJsonObject headers = keptHeaders(*adapter, request);
    if (const Status verified = adapter->verify(request, *config); !verified)
        return refuse(request, {}, 401, verified.error().message(), headers);
    const QString type = adapter->eventType(request);
    const auto key = adapter->eventKey(request);
    if (!key)
        return refuse(request, type, 400, key.error().message(), headers);

    WebhookEvent event;
    event.provider = adapter->name();
    event.eventKey = *key;
    event.eventType = type.left(100);
    event.contentType = request.contentType();
    event.headers = headers;
    event.payload = request.body;
    const auto received = WebhookEventStore(m_ctx).receive(event);
    if (!received) {
        // 500: the provider delivers it again later.
        return {500, problem(tr("The event could not be stored; it will be delivered again.")), 0,
                false};
    }
    if (received->duplicateOf) {
        return {200,
                {{u"status"_s, u"duplicate"_s}, {u"event"_s, QString::number(received->id)}},
                received->id,
                false};
    }
    return {200,
            {{u"status"_s, u"accepted"_s}, {u"event"_s, QString::number(received->id)}},
            received->id,
            true};
}

} // namespace pinedesk
