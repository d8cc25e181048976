#include "RestApi.h"

#include "ApiAccess.h"
#include "domain/Duration.h"
#include "domain/PineIdValidator.h"
#include "domain/Plan.h"
#include "domain/UsernameValidator.h"
#include "services/AccessService.h"
#include "services/CatalogService.h"
#include "services/ClientService.h"
#include "services/QueueService.h"
#include "store/ApiKeyStore.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

QString keyOf(const QMap<QByteArray, QByteArray> &headers)
{
    const QByteArray bearer = headers.value("authorization");
    if (bearer.startsWith("Bearer "))
        return QString::fromLatin1(bearer.mid(7)).trimmed();
    return QString::fromLatin1(headers.value("x-api-key")).trimmed();
}

QJsonObject countsJson(const QMap<QueueState, qint64> &counts)
{
    QJsonObject o;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        o.insert(toText(it.key()), it.value());
    return o;
}

QJsonValue timeJson(const Expiration &e)
{
    return e.isLifetime() ? QJsonValue() : QJsonValue(e.until().toString(Qt::ISODate));
}

} // namespace

RestApi::RestApi(StoreContext context)
    : m_ctx(std::move(context))
{
    m_clock.start();
}

RestApi::Answer RestApi::handle(const QByteArray &method, const QString &path,
                                const QMap<QByteArray, QByteArray> &headers, const QByteArray &body)
{
    const QString secret = keyOf(headers);
    if (secret.isEmpty())
        return error(401, tr("Send an API key: Authorization: Bearer KEY, or X-API-Key: KEY "
                             "(create one with 'pinedesk api-key create --name NAME')."));
    ApiKeyStore keys(m_ctx);
    const auto key = keys.authenticate(secret);
    if (!key)
        return error(500, tr("The API keys could not be read; try again."));
    if (!*key)
        return error(401, tr("This API key is unknown or revoked."));
    TokenBucket &bucket = m_buckets[(*key)->id];
    if (bucket.unlimited())
        bucket = TokenBucket(requestsPerSecond, burst);
    const double now = double(m_clock.nsecsElapsed()) / 1e9;
    if (!bucket.tryTake(now)) {
        Answer limited = error(429, tr("Too many requests for this key; slow down."));
        limited.retryAfterSeconds = std::max(1, int(std::ceil(bucket.waitSeconds(now))));
        return limited;
    }
    (void)keys.touch((*key)->id); // when it was last used is a courtesy, never a refusal

    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    const QString resource = parts.value(0);
    if (method == "GET" && resource == u"health"_s && parts.size() == 1)
        return health();
    if (method == "GET" && resource == u"queue"_s && parts.size() == 1)
        return queue();
    if (method == "GET" && resource == u"clients"_s && parts.size() == 2)
        return client(parts.at(1));
    if (method == "GET" && resource == u"batches"_s && parts.size() == 2)
        return batch(parts.at(1));
    if (resource == u"access"_s && parts.size() == 1) {
        if (method != "POST")
            return error(405, tr("Access changes are sent with POST."));
        return ApiAccess(m_ctx).handle(body);
    }
    return error(404, tr("No such API resource: %1").arg(path));
}

RestApi::Answer RestApi::health()
{
    const auto counts = QueueService(m_ctx).counts();
    if (!counts)
        return error(500, counts.error().message());
    return {200,
            {{u"status"_s, u"ok"_s},
             {u"version"_s, QCoreApplication::applicationVersion()},
             {u"queue"_s, countsJson(*counts)}},
            0};
}

RestApi::Answer RestApi::queue()
{
    const auto counts = QueueService(m_ctx).counts();
    if (!counts)
        return error(500, counts.error().message());
    return {200, {{u"queue"_s, countsJson(*counts)}}, 0};
}

RestApi::Answer RestApi::batch(const QString &id)
{
    bool ok = false;
    const qint64 batchId = id.toLongLong(&ok);
    if (!ok || batchId <= 0)
        return error(404, tr("No batch %1.").arg(id));
    const auto counts = QueueService(m_ctx).counts(batchId);
    if (!counts)
        return error(500, counts.error().message());
    if (counts->isEmpty())
        return error(404, tr("No batch %1.").arg(id));
    qint64 waiting = 0;
    for (QueueState s : {QueueState::Pending, QueueState::InFlight, QueueState::Retry})
        waiting += counts->value(s);
    return {200,
            {{u"batch_id"_s, batchId}, {u"done"_s, waiting == 0}, {u"rows"_s, countsJson(*counts)}},
            0};
}

RestApi::Answer RestApi::client(const QString &username)
{
    ClientService clients(m_ctx);
    const auto found = clients.clientByUsername(username);
    if (!found)
        return error(500, found.error().message());
    if (!*found)
        return error(404, tr("No client is called %1.").arg(username));
    const auto profile = clients.profile((*found)->id);
    if (!profile || !*profile)
        return error(500,
                     profile ? tr("The client could not be read.") : profile.error().message());
    const auto indicators = CatalogService(m_ctx).indicators();
    if (!indicators)
        return error(500, indicators.error().message());
    QHash<qint64, QString> pineIds;
    for (const Indicator &i : *indicators)
        pineIds.insert(i.id, i.pineId);
    QJsonArray accesses;
    for (const ClientProfile::AccessLine &line : (*profile)->accesses) {
        accesses.append(QJsonObject{
            {u"pine_id"_s, pineIds.value(line.access.indicatorId)},
            {u"indicator"_s, line.indicatorName},
            {u"intent"_s, toText(line.access.intent)},
            {u"expires_at"_s, timeJson(line.access.expiration)},
            {u"sync"_s, line.lastSync ? QJsonValue(toText(*line.lastSync)) : QJsonValue()}});
    }
    const Client &c = (*profile)->client;
    return {200,
            {{u"username"_s, c.tvUsername},
             {u"name"_s, c.fullName},
             {u"email"_s, c.email},
             {u"status"_s, toText(c.status)},
             {u"accesses"_s, accesses}},
            0};
}

} // namespace pinedesk
