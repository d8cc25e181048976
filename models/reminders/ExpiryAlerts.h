#pragma once

#include "domain/Expected.h"
#include "store/ExpiryAlertStore.h"
#include "store/StoreContext.h"

#include <QCoreApplication>
#include <QList>

namespace pinedesk {

// Before access ends: finds the accesses ending within the reminder thresholds that were not
// announced yet for that threshold and end, then, in one transaction, records them, raises one
// notification for the vendor per threshold, and queues each client one e-mail per threshold
// (when the vendor e-mails clients, the client has an address and has not opted out). Running
// it again, or after a restart, announces nothing twice; a renewal moves the end, so the next
// end is announced again.
class ExpiryAlerts
{
    Q_DECLARE_TR_FUNCTIONS(ExpiryAlerts)

public:
    struct Alert
    {
        ExpiryAlertStore::Candidate access;
        int thresholdDays = 0;
    };
    struct Result
    {
        QList<Alert> alerts;
        int notifications = 0;
        int emailsQueued = 0;
        int withoutEmail = 0; // clients to e-mail who have no address or opted out
    };

    explicit ExpiryAlerts(StoreContext context);

    // dryRun: what would be announced now; nothing is written.
    [[nodiscard]] Expected<Result> run(bool dryRun = false);

private:
    StoreContext m_ctx;
};

} // namespace pinedesk
