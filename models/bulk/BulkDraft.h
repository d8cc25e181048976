#pragma once

#include "BulkPreview.h"
#include "BulkRecipients.h"
#include "BulkRequest.h"
#include "BulkResults.h"
#include "campaigns/Campaign.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace pinedesk {

// What the vendor has decided so far in the bulk wizard, shared by its pages: each page reads
// what the steps before it decided and writes its own part when the vendor goes on.
struct BulkDraft
{
    BulkRecipients recipients;             // step 1: who
    BulkRequest request;                   // step 2: what
    QStringList usernames;                 // step 3: who goes ahead, in TradingView's spelling
    QList<BulkResults::Excluded> excluded; // step 3: who was left out, and why
    std::optional<Campaign> campaign;      // step 4: save the run as a campaign
};

} // namespace pinedesk
