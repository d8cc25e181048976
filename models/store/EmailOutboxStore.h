#pragma once

#include "StoreContext.h"
#include "domain/Expected.h"
#include "mail/OutgoingEmail.h"

#include <QList>
#include <QMap>

namespace pinedesk {

// The durable e-mail outbox, like the sync queue: each e-mail is queued once (UNIQUE key),
// then sent, retried later, or dead with its reason.
class EmailOutboxStore
{
public:
    explicit EmailOutboxStore(StoreContext context)
        : m_ctx(std::move(context))
    {}

    // False when an e-mail with that key was queued before (nothing is added).
    [[nodiscard]] Expected<bool> enqueue(OutgoingEmail email);
    // Pending and retry rows whose time has come, oldest first.
    [[nodiscard]] Expected<QList<OutgoingEmail>> due(int limit);
    [[nodiscard]] Expected<QList<OutgoingEmail>> latest(int limit);
    [[nodiscard]] Expected<QMap<OutgoingEmail::State, int>> counts();
    Status markSent(qint64 id);
    Status markRetry(qint64 id, const QDateTime &when, const QString &error);
    Status markDead(qint64 id, const QString &error);
    Status retryNow(qint64 id); // a dead or waiting e-mail goes again

private:
    StoreContext m_ctx;
};

} // namespace pinedesk
