#pragma once

#include "StoreContext.h"
#include "domain/Expected.h"

#include <QJsonObject>

#include <optional>

namespace pinedesk {

// Keeps reconciliation reports so the Sync page can show the last one and its fixes.
class ReconciliationStore
{
public:
    explicit ReconciliationStore(StoreContext context)
        : m_ctx(std::move(context))
    {}

    Expected<qint64> save(const QDateTime &startedAt, const QDateTime &finishedAt,
                          const QJsonObject &report);
    std::optional<QJsonObject> latest();

private:
    StoreContext m_ctx;
};

} // namespace pinedesk
