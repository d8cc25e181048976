#pragma once

#include "ReminderSettings.h"
#include "domain/Expected.h"
#include "mail/EmailTemplate.h"
#include "mail/OutgoingEmail.h"
#include "store/ExpiryAlertStore.h"

#include <QList>

namespace pinedesk {

// One e-mail to one client about some of their accesses (a reminder, access live, access
// ended), worded by the vendor's template in the client's language: the products listed once,
// the soonest end as {expiry} in that language, the plan's renewal link or the vendor's.
class ClientEmail
{
public:
    using Access = ExpiryAlertStore::Candidate;

    // `accesses`: all of the same client, at least one. `dedupKey`: what makes it unique.
    static Expected<OutgoingEmail> compose(const StoreContext &context, EmailTemplate::Kind kind,
                                           const QList<const Access *> &accesses,
                                           const ReminderSettings &settings,
                                           const QString &dedupKey);

    // "12 December 2026" / "12 de diciembre de 2026"; a lifetime access has no end.
    static QString dayText(const QDateTime &end, const QString &language);
    static QString productOf(const Access &access);
};

} // namespace pinedesk
