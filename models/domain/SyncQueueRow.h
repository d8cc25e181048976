#pragma once

#include "QueueState.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace pinedesk {

// One unit of work for the sync engine: make TradingView match the current intent for the
// (username, pine id) pair. The row carries no target state of its own on purpose.
struct SyncQueueRow
{
    qint64 id = 0;
    QString tvUsername;
    QString pineId;
    std::optional<qint64> batchId;
    QueueState state = QueueState::Pending;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace pinedesk
