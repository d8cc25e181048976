#include "CampaignService.h"

#include "ChangeFeed.h"
#include "campaigns/CampaignStore.h"

namespace pinedesk {

Expected<QList<Campaign>> CampaignService::campaigns()
{
    return CampaignStore(m_ctx.store).list();
}

Status CampaignService::removeCampaign(qint64 id)
{
    if (const Status allowed = m_ctx.require(Permission::BulkChanges); !allowed)
        return allowed;
    const Status s = CampaignStore(m_ctx.store).remove(id);
    if (s)
        m_ctx.announce(Change::Campaigns);
    return s;
}

} // namespace pinedesk
