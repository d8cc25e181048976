#pragma once

#include "domain/Access.h"
#include "domain/AuditEntry.h"
#include "domain/Client.h"
#include "domain/Payment.h"
#include "domain/SyncQueueRow.h"

#include <QList>
#include <QString>

#include <optional>

namespace pinedesk {

// Everything the client profile shows about one client, read together so a failed read is one
// error and never a half-empty profile.
struct ClientProfile
{
    // One of the client's accesses with the script's name and where its sync stands.
    struct AccessLine
    {
        Access access;
        QString indicatorName;              // empty when the indicator is gone
        std::optional<QueueState> lastSync; // the latest outbox row for the pair, if any
    };

    Client client;
    QList<AccessLine> accesses;
    QList<Payment> payments;   // newest first
    QList<AuditEntry> history; // newest first, at most historyLimit
    static constexpr int historyLimit = 200;
};

} // namespace pinedesk
