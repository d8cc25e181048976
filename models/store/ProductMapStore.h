#pragma once

#include "StoreContext.h"
#include "domain/Expected.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace pinedesk {

// Which PineDesk plan a provider's product (or price, variant, tier, payment link) sells.
class ProductMapStore
{
    Q_DECLARE_TR_FUNCTIONS(ProductMapStore)

public:
    struct Mapping
    {
        QString provider;
        QString productId;
        qint64 planId = 0;
        QString planName;
        QDateTime createdAt;
    };

    explicit ProductMapStore(StoreContext context)
        : m_ctx(std::move(context))
    {}

    // Maps a product to a plan (replacing an earlier mapping of that product).
    Status map(const QString &provider, const QString &productId, qint64 planId);
    Status unmap(const QString &provider, const QString &productId);
    // The plan of the first of these products that is mapped (nullopt: none is).
    [[nodiscard]] Expected<std::optional<qint64>> planFor(const QString &provider,
                                                          const QStringList &productIds);
    [[nodiscard]] Expected<QList<Mapping>> list();

private:
    StoreContext m_ctx;
};

} // namespace pinedesk
