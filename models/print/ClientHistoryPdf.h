#pragma once

#include "domain/Client.h"
#include "services/ClientTimeline.h"

#include <QCoreApplication>

namespace pinedesk {

class ReportDocument;

// One client's history on paper, for the client or a dispute: who they are, then every grant,
// extension, plan change, revoke, payment and sync outcome, newest first (the profile's
// timeline).
class ClientHistoryPdf
{
    Q_DECLARE_TR_FUNCTIONS(ClientHistoryPdf)

public:
    static QString title(const Client &client);
    static QString suggestedFileName(const Client &client);
    static Status build(ReportDocument &document, const Client &client,
                        const QList<ClientTimeline::Entry> &entries);
};

} // namespace pinedesk
