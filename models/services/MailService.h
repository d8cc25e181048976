#pragma once

#include "ServiceContext.h"
#include "domain/Expected.h"
#include "mail/EmailTemplate.h"
#include "mail/OutgoingEmail.h"

#include <QList>

namespace pinedesk {

// The e-mails to clients, for the window and the commands: the outbox (read it, send one
// again) and the vendor's wording of each kind and language.
class MailService
{
public:
    explicit MailService(ServiceContext context)
        : m_ctx(std::move(context))
    {}

    [[nodiscard]] Expected<QList<OutgoingEmail>> outbox(int limit);
    [[nodiscard]] Status sendAgain(qint64 emailId);
    [[nodiscard]] Expected<EmailTemplate> wording(EmailTemplate::Kind kind,
                                                  const QString &language);
    [[nodiscard]] Status saveWording(const EmailTemplate &wording);
    [[nodiscard]] Status resetWording(EmailTemplate::Kind kind, const QString &language);

private:
    ServiceContext m_ctx;
};

} // namespace pinedesk
