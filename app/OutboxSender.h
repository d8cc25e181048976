#pragma once

#include "domain/Expected.h"
#include "mail/MailDrain.h"
#include "store/StoreContext.h"

#include <QCoreApplication>

namespace pinedesk {

// For the commands: reads the mail server's password (environment or keychain), then sends
// what the e-mail outbox holds at the vendor's pace.
class OutboxSender
{
    Q_DECLARE_TR_FUNCTIONS(OutboxSender)

public:
    static Expected<MailDrain::Result> sendDue(const StoreContext &context, int max = 1000);
};

} // namespace pinedesk
