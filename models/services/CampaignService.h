#pragma once

#include "ServiceContext.h"
#include "campaigns/Campaign.h"
#include "domain/Expected.h"

#include <QList>

namespace pinedesk {

// Saved campaigns for every front end. (A campaign is created with the bulk run that reaches
// its members: AccessService::queueBulk.) Each write announces Change::Campaigns after it
// committed.
class CampaignService
{
public:
    explicit CampaignService(ServiceContext context)
        : m_ctx(std::move(context))
    {}

    [[nodiscard]] Expected<QList<Campaign>> campaigns(); // newest first
    // Deletes the campaign and its member list; the members keep their accesses and payments.
    [[nodiscard]] Status removeCampaign(qint64 id);

private:
    ServiceContext m_ctx;
};

} // namespace pinedesk
