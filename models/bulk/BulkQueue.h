#pragma once

#include "BulkPreview.h"
#include "campaigns/Campaign.h"
#include "domain/Expected.h"
#include "store/StoreContext.h"

#include <QCoreApplication>

#include <optional>

namespace pinedesk {

// Queues a bulk run (the wizard's step 5): in ONE transaction and as ONE batch of the outbox,
// it works the preview out again from the intent as it is now, adds the users who are not
// clients yet, writes every change of intent (each enqueues its pair) and, when asked, saves
// the run as a campaign with the clients it reached. All or nothing.
class BulkQueue
{
    Q_DECLARE_TR_FUNCTIONS(BulkQueue)

public:
    struct Outcome
    {
        qint64 batchId = 0;
        int queued = 0; // pairs queued for TradingView
        int clientsCreated = 0;
        std::optional<qint64> campaignId;
        BulkPreview::Result plan; // what was queued, user by user
    };

    // campaign: name, audience and offer; its batch, start and members are filled in here.
    static Expected<Outcome> queue(const StoreContext &context, const BulkRequest &request,
                                   const QStringList &usernames,
                                   const std::optional<Campaign> &campaign = std::nullopt);
};

} // namespace pinedesk
