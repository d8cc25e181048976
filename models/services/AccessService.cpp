#include "AccessService.h"

#include "ChangeFeed.h"
#include "store/AccessStore.h"
#include "store/ReconciliationStore.h"

namespace pinedesk {

void AccessService::announce(bool clientsCreated) const
{
    if (!m_ctx.feed)
        return;
    Changes changes = Change::Accesses | Change::Queue;
    if (clientsCreated)
        changes |= Change::Clients;
    m_ctx.feed->announce(changes);
}

Expected<AccessChanges::Summary> AccessService::apply(const AccessChanges::Request &request)
{
    auto summary = AccessChanges(m_ctx.store).apply(request);
    if (summary) {
        announce(summary->clientsCreated > 0);
        if (summary->indicatorsCreated > 0 && m_ctx.feed)
            m_ctx.feed->announce(Change::Catalog);
    }
    return summary;
}

Expected<AccessSelection::Outcome> AccessService::changePlan(const PlanChange::Diff &diff)
{
    auto outcome = PlanChange(m_ctx.store).apply(diff);
    if (outcome)
        announce(false);
    return outcome;
}

Expected<AccessSelection::Outcome> AccessService::extend(const QList<SelectedAccess> &accesses,
                                                         const Duration &duration)
{
    auto outcome = AccessSelection(m_ctx.store).extend(accesses, duration);
    if (outcome)
        announce(false);
    return outcome;
}

Expected<AccessSelection::Outcome> AccessService::setUntil(const QList<SelectedAccess> &accesses,
                                                           QDate day)
{
    auto outcome = AccessSelection(m_ctx.store).setUntil(accesses, day);
    if (outcome)
        announce(false);
    return outcome;
}

Expected<AccessSelection::Outcome> AccessService::revoke(const QList<SelectedAccess> &accesses)
{
    auto outcome = AccessSelection(m_ctx.store).revoke(accesses);
    if (outcome)
        announce(false);
    return outcome;
}

Expected<BulkQueue::Outcome> AccessService::queueBulk(const BulkRequest &request,
                                                      const QStringList &usernames,
                                                      const std::optional<Campaign> &campaign)
{
    auto outcome = BulkQueue::queue(m_ctx.store, request, usernames, campaign);
    if (outcome) {
        announce(true);
        if (campaign && m_ctx.feed)
            m_ctx.feed->announce(Change::Campaigns);
    }
    return outcome;
}

Expected<Reconciler::Fixes> AccessService::queueFixes(const ReconciliationReport &report,
                                                      Reconciler::UnknownUsers unknown)
{
    auto fixes = Reconciler::queueFixes(m_ctx.store, report, unknown);
    if (fixes)
        announce(unknown != Reconciler::UnknownUsers::Leave);
    return fixes;
}

Expected<int> AccessService::lifetimeAccesses(const AccessChanges::Request &request)
{
    AccessStore accesses(m_ctx.store);
    int lifetime = 0;
    for (const QString &user : request.usernames) {
        for (const QString &pine : request.pineIds) {
            const auto intent = accesses.intentForPair(user, pine);
            if (!intent)
                return Expected<int>::failure(intent.error());
            if (*intent && (*intent)->intent == IntendedState::Granted &&
                (*intent)->expiration.isLifetime())
                ++lifetime;
        }
    }
    return lifetime;
}

Expected<QStringList> AccessService::holdersOf(const QStringList &usernames, qint64 planId)
{
    AccessStore accesses(m_ctx.store);
    QStringList holders;
    for (const QString &user : usernames) {
        const auto holds = accesses.holdsPlan(user, planId);
        if (!holds)
            return Expected<QStringList>::failure(holds.error());
        if (*holds)
            holders.append(user);
    }
    return holders;
}

std::optional<ReconciliationReport> AccessService::lastReconciliation()
{
    const auto saved = ReconciliationStore(m_ctx.store).latest();
    return saved ? std::optional(ReconciliationReport::fromJson(*saved)) : std::nullopt;
}

} // namespace pinedesk
