#pragma once

#include "StoreContext.h"
#include "domain/Expected.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace pinedesk {

// Keys for the REST API of `pinedesk serve`. A key is random, shown once when created, and kept
// only as its SHA-256 (a leaked database gives no usable key); revoked keys stay listed.
class ApiKeyStore
{
    Q_DECLARE_TR_FUNCTIONS(ApiKeyStore)

public:
    struct Key
    {
        qint64 id = 0;
        QString name;
        QString prefix; // the key's first characters, to tell keys apart
        QDateTime createdAt;
        QString createdBy;
        QDateTime lastUsedAt;
        QDateTime revokedAt;
    };
    struct Created
    {
        qint64 id = 0;
        QString key; // the only time the full key exists outside the caller
    };

    explicit ApiKeyStore(StoreContext context)
        : m_ctx(std::move(context))
    {}

    [[nodiscard]] Expected<Created> create(const QString &name);
    Status revoke(const QString &name);
    [[nodiscard]] Expected<QList<Key>> list();
    // The live key this secret is (nullopt: unknown or revoked).
    [[nodiscard]] Expected<std::optional<Key>> authenticate(const QString &secret);
    Status touch(qint64 id);

    static QString hashOf(const QString &secret);

private:
    StoreContext m_ctx;
};

} // namespace pinedesk
