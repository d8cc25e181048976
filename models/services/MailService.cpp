#include "MailService.h"

#include "store/EmailOutboxStore.h"
#include "store/EmailTemplateStore.h"

namespace pinedesk {

Expected<QList<OutgoingEmail>> MailService::outbox(int limit)
{
    return EmailOutboxStore(m_ctx.store).latest(limit);
}

Status MailService::sendAgain(qint64 emailId)
{
    if (const Status allowed = m_ctx.require(Permission::ManageQueue); !allowed)
        return allowed;
    return EmailOutboxStore(m_ctx.store).retryNow(emailId);
}

Expected<EmailTemplate> MailService::wording(EmailTemplate::Kind kind, const QString &language)
{
    return EmailTemplateStore(m_ctx.store).find(kind, language);
}

Status MailService::saveWording(const EmailTemplate &wording)
{
    if (const Status allowed = m_ctx.require(Permission::ChangeSettings); !allowed)
        return allowed;
    return EmailTemplateStore(m_ctx.store).save(wording);
}

Status MailService::resetWording(EmailTemplate::Kind kind, const QString &language)
{
    if (const Status allowed = m_ctx.require(Permission::ChangeSettings); !allowed)
        return allowed;
    return EmailTemplateStore(m_ctx.store).reset(kind, language);
}

} // namespace pinedesk
