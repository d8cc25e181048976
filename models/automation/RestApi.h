#pragma once

#include "ApiAnswer.h"
#include "sandbox/TokenBucket.h"
#include "store/StoreContext.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QMap>

namespace pinedesk {

// REST API v1 of `pinedesk serve` (docs/api.yaml), for the vendor's own systems: look a client
// up, grant, extend or revoke access for many users on scripts or a plan (per-user results and
// the batch, like the bulk wizard), follow a batch and the queue. Every write goes through the
// services, so through the durable queue. Keys: `Authorization: Bearer` or `X-API-Key`, checked
// against their hashes; each key has its own rate limit.
class RestApi
{
    Q_DECLARE_TR_FUNCTIONS(RestApi)

public:
    using Answer = ApiAnswer;

    static constexpr double requestsPerSecond = 5;
    static constexpr double burst = 20;

    explicit RestApi(StoreContext context);

    // `path` below /api/v1 ("/clients/alice"), headers with lower-case names.
    Answer handle(const QByteArray &method, const QString &path,
                  const QMap<QByteArray, QByteArray> &headers, const QByteArray &body);

private:
    Answer health();
    Answer client(const QString &username);
    Answer batch(const QString &id);
    Answer queue();
    static Answer error(int status, const QString &message)
    {
        return ApiAnswer::error(status, message);
    }

    StoreContext m_ctx;
    QHash<qint64, TokenBucket> m_buckets; // per key id
    QElapsedTimer m_clock;
};

} // namespace pinedesk
