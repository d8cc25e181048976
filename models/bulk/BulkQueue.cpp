#include "BulkQueue.h"

#include "campaigns/CampaignStore.h"
#include "store/AccessStore.h"
#include "store/ClientStore.h"
#include "store/SyncQueueStore.h"
#include "store/Transaction.h"

namespace pinedesk {

Expected<BulkQueue::Outcome> BulkQueue::queue(const StoreContext &context,
                                              const BulkRequest &request,
                                              const QStringList &usernames,
                                              const std::optional<Campaign> &campaign)
{
    using R = Expected<Outcome>;
    Transaction tx(context.database.connection());
    if (!tx.isActive())
        return R::failure(tx.error());
    // Read again inside the transaction: nothing can change between this and the writes.
    auto plan = BulkPreview::compute(context, request, usernames);
    if (!plan)
        return R::failure(plan.error());
    Outcome outcome;
    outcome.plan = std::move(plan).value();
    if (outcome.plan.totals.changes() == 0)
        return R::failure(tr("Nothing to queue: every user already has what you asked for."));

    const QString label = campaign ? tr("Campaign %1").arg(campaign->name) : outcome.plan.label;
    const auto batch = SyncQueueStore(context).createBatch(label);
    if (!batch)
        return R::failure(batch.error());
    outcome.batchId = *batch;
    const AccessOrigin origin = campaign ? AccessOrigin::Campaign : AccessOrigin::Bulk;

    ClientStore clients(context);
    AccessStore accesses(context);
    QList<qint64> reached;
    for (BulkPreview::User &user : outcome.plan.users) {
        if (!user.hasChanges())
            continue;
        if (user.isNewClient()) {
            Client client;
            client.tvUsername = user.username;
            const auto id = clients.create(client);
            if (!id)
                return R::failure(tr("%1: %2").arg(user.username, id.error()));
            user.clientId = *id;
            ++outcome.clientsCreated;
        }
        reached.append(user.clientId);
        for (const BulkPreview::Change &change : std::as_const(user.changes)) {
            if (change.kind == BulkPreview::Kind::NoChange)
                continue;
            if (change.kind == BulkPreview::Kind::Revoke) {
                if (const Status s = accesses.revoke(user.clientId, change.indicatorId, *batch); !s)
                    return R::failure(s.error());
            } else {
                AccessStore::Grant grant;
                grant.clientId = user.clientId;
                grant.indicatorId = change.indicatorId;
                grant.expiration = *change.target;
                grant.origin = origin;
                grant.planId = change.planId;
                grant.batchId = *batch;
                if (const auto id = accesses.grant(grant); !id)
                    return R::failure(id.error());
            }
            ++outcome.queued;
        }
    }
    if (campaign) {
        Campaign c = *campaign;
        c.batchId = *batch;
        c.startedAt = context.clock.nowUtc();
        const auto id = CampaignStore(context).create(c, reached);
        if (!id)
            return R::failure(id.error());
        outcome.campaignId = *id;
    }
    if (const Status s = tx.commit(); !s)
        return R::failure(s.error());
    return outcome;
}

} // namespace pinedesk
