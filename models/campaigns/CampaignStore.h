#pragma once

#include "Campaign.h"
#include "domain/Expected.h"
#include "store/StoreContext.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace pinedesk {

// Saved campaigns and the clients each one reached. Audited like every user change.
class CampaignStore
{
    Q_DECLARE_TR_FUNCTIONS(CampaignStore)

public:
    explicit CampaignStore(StoreContext context)
        : m_ctx(std::move(context))
    {}

    // Names are unique ignoring case. startedAt defaults to now; createdBy to the actor.
    Expected<qint64> create(Campaign campaign, const QList<qint64> &clientIds);
    Status remove(qint64 id);
    std::optional<Campaign> byId(qint64 id);
    [[nodiscard]] Expected<QList<Campaign>> list(); // newest first
    QList<Campaign> all(); // list(), a failed read reading as "none": display only
    QList<qint64> members(qint64 campaignId);

private:
    StoreContext m_ctx;
};

} // namespace pinedesk
