#include "AutomationService.h"

#include "ChangeFeed.h"
#include "domain/UsernameValidator.h"
#include "store/WebhookEventStore.h"

namespace pinedesk {

void AutomationService::announce() const
{
    m_ctx.announce(Change::Payments);
}

Expected<QList<WebhookEvent>> AutomationService::inbox(int limit,
                                                       std::optional<WebhookEventState> state)
{
    return WebhookEventStore(m_ctx.store).list(limit, state);
}

Expected<QMap<WebhookEventState, qint64>> AutomationService::counts()
{
    return WebhookEventStore(m_ctx.store).countsByState();
}

Status AutomationService::fixUsername(qint64 eventId, const QString &username)
{
    if (const Status allowed = m_ctx.require(Permission::FixUsernames); !allowed)
        return allowed;
    const auto name = UsernameValidator::validate(username);
    if (!name)
        return Status::failure(name.error());
    const Status s = WebhookEventStore(m_ctx.store).reopen(eventId, *name);
    if (s)
        announce();
    return s;
}

Status AutomationService::applyAgain(qint64 eventId)
{
    if (const Status allowed = m_ctx.require(Permission::EditPayments); !allowed)
        return allowed;
    const Status s = WebhookEventStore(m_ctx.store).reopen(eventId);
    if (s)
        announce();
    return s;
}

Status AutomationService::ignore(qint64 eventId)
{
    if (const Status allowed = m_ctx.require(Permission::EditPayments); !allowed)
        return allowed;
    const Status s =
        WebhookEventStore(m_ctx.store).ignore(eventId, tr("Ignored by %1.").arg(m_ctx.store.actor));
    if (s)
        announce();
    return s;
}

} // namespace pinedesk
