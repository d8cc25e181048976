#include "AccessService.h"

#include "ChangeFeed.h"
#include "store/AccessStore.h"
#include "store/ReconciliationStore.h"

namespace pinedesk {

void AccessService::announce(bool clientsCreated) const
{
    Changes changes = Change::Accesses | Change::Queue;
    if (clientsCreated)
        changes |= Change::Clients;
    m_ctx.announce(changes);
}

Expected<Permission> AccessService::permissionFor(const AccessChanges::Request &request)
{
    switch (request.mode) {
    case AccessChanges::Mode::Grant:
        return Permission::Grant;
    case AccessChanges::Mode::Revoke:
        return Permission::Revoke;
    case AccessChanges::Mode::Extend:
        break;
    }
    // An exact end date can also shorten an access, and lifetime is a grant of its own.
    if ((request.until && !request.keepLonger) ||
        (request.duration && request.duration->isLifetime()))
        return Permission::Grant;
    // Extending only lengthens what runs: a pair without running access would be a new grant.
    AccessStore accesses(m_ctx.store);
    const QDateTime now = m_ctx.store.clock.nowUtc();
    for (const QString &user : request.usernames) {
        for (const QString &pine : request.pineIds) {
            const auto intent = accesses.intentForPair(user, pine);
            if (!intent)
                return Expected<Permission>::failure(intent.error());
            if (!*intent || (*intent)->intent != IntendedState::Granted ||
                (*intent)->expiration.isPastAt(now))
                return Permission::Grant;
        }
    }
    return Permission::Extend;
}

Permission AccessService::permissionToExtend(const QList<SelectedAccess> &accesses,
                                             const Duration &duration) const
{
    if (duration.isLifetime())
        return Permission::Grant;
    const QDateTime now = m_ctx.store.clock.nowUtc();
    for (const SelectedAccess &a : accesses) {
        if (!a.isRunningAt(now))
            return Permission::Grant; // it would be granted again
    }
    return Permission::Extend;
}

Expected<AccessChanges::Summary> AccessService::apply(const AccessChanges::Request &request)
{
    // Whoever may grant may extend in every way; for the others, what this extension does
    // decides (it reads each pair, so only then).
    const bool extendingAsGranter =
        request.mode == AccessChanges::Mode::Extend && m_ctx.require(Permission::Grant).ok();
    if (!extendingAsGranter) {
        const auto needed = permissionFor(request);
        if (!needed)
            return Expected<AccessChanges::Summary>::failure(needed.error());
        if (const Status allowed = m_ctx.require(*needed); !allowed)
            return Expected<AccessChanges::Summary>::failure(allowed.error());
    }
    auto summary = AccessChanges(m_ctx.store).apply(request);
    if (summary) {
        announce(summary->clientsCreated > 0);
        if (summary->indicatorsCreated > 0)
            m_ctx.announce(Change::Catalog);
    }
    return summary;
}

Expected<AccessSelection::Outcome> AccessService::changePlan(const PlanChange::Diff &diff)
{
    if (const Status allowed = m_ctx.require(Permission::Grant); !allowed)
        return Expected<AccessSelection::Outcome>::failure(allowed.error());
    auto outcome = PlanChange(m_ctx.store).apply(diff);
    if (outcome)
        announce(false);
    return outcome;
}

Expected<AccessSelection::Outcome> AccessService::extend(const QList<SelectedAccess> &accesses,
                                                         const Duration &duration)
{
    if (const Status allowed = m_ctx.require(permissionToExtend(accesses, duration)); !allowed)
        return Expected<AccessSelection::Outcome>::failure(allowed.error());
    auto outcome = AccessSelection(m_ctx.store).extend(accesses, duration);
    if (outcome)
        announce(false);
    return outcome;
}

Expected<AccessSelection::Outcome> AccessService::setUntil(const QList<SelectedAccess> &accesses,
                                                           QDate day)
{
    if (const Status allowed = m_ctx.require(Permission::Grant); !allowed)
        return Expected<AccessSelection::Outcome>::failure(allowed.error());
    auto outcome = AccessSelection(m_ctx.store).setUntil(accesses, day);
    if (outcome)
        announce(false);
    return outcome;
}

Expected<AccessSelection::Outcome> AccessService::revoke(const QList<SelectedAccess> &accesses)
{
    if (const Status allowed = m_ctx.require(Permission::Revoke); !allowed)
        return Expected<AccessSelection::Outcome>::failure(allowed.error());
    auto outcome = AccessSelection(m_ctx.store).revoke(accesses);
    if (outcome)
        announce(false);
    return outcome;
}

Expected<BulkQueue::Outcome> AccessService::queueBulk(const BulkRequest &request,
                                                      const QStringList &usernames,
                                                      const std::optional<Campaign> &campaign)
{
    if (const Status allowed = m_ctx.require(Permission::BulkChanges); !allowed)
        return Expected<BulkQueue::Outcome>::failure(allowed.error());
    auto outcome = BulkQueue::queue(m_ctx.store, request, usernames, campaign);
    if (outcome) {
        announce(true);
        if (campaign)
            m_ctx.announce(Change::Campaigns);
    }
    return outcome;
}

Expected<Reconciler::Fixes> AccessService::queueFixes(const ReconciliationReport &report,
                                                      Reconciler::UnknownUsers unknown)
{
    if (const Status allowed = m_ctx.require(Permission::Grant); !allowed)
        return Expected<Reconciler::Fixes>::failure(allowed.error());
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
