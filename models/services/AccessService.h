#pragma once

#include "ServiceContext.h"
#include "bulk/BulkQueue.h"
#include "sync/AccessChanges.h"
#include "sync/AccessSelection.h"
#include "sync/PlanChange.h"
#include "sync/Reconciler.h"

namespace pinedesk {

// The access use cases every front end calls: grant, extend, revoke, plan change, bulk
// queueing and reconciliation fixes. Each changes the intent and queues the sync rows in one
// transaction with its audit lines (the use-case classes it drives), then announces the change.
class AccessService
{
public:
    explicit AccessService(ServiceContext context)
        : m_ctx(std::move(context))
    {}

    [[nodiscard]] Expected<AccessChanges::Summary> apply(const AccessChanges::Request &request);
    [[nodiscard]] Expected<AccessSelection::Outcome> changePlan(const PlanChange::Diff &diff);
    // On a selection of accesses (the Subscriptions page, the client profile).
    [[nodiscard]] Expected<AccessSelection::Outcome> extend(const QList<SelectedAccess> &accesses,
                                                            const Duration &duration);
    [[nodiscard]] Expected<AccessSelection::Outcome> setUntil(const QList<SelectedAccess> &accesses,
                                                              QDate day);
    [[nodiscard]] Expected<AccessSelection::Outcome> revoke(const QList<SelectedAccess> &accesses);
    [[nodiscard]] Expected<BulkQueue::Outcome> queueBulk(const BulkRequest &request,
                                                         const QStringList &usernames,
                                                         const std::optional<Campaign> &campaign);
    [[nodiscard]] Expected<Reconciler::Fixes> queueFixes(const ReconciliationReport &report,
                                                         Reconciler::UnknownUsers unknown);
    // How many of the request's pairs hold access for life now (a date would end it): asked
    // before such a change is applied.
    [[nodiscard]] Expected<int> lifetimeAccesses(const AccessChanges::Request &request);
    // The usernames, among those given, of clients holding a granted access of the plan.
    [[nodiscard]] Expected<QStringList> holdersOf(const QStringList &usernames, qint64 planId);
    // The last saved reconciliation (nullopt: none yet, or it could not be read).
    std::optional<ReconciliationReport> lastReconciliation();

private:
    void announce(bool clientsCreated) const;
    // What a request takes: an extension that would grant (a pair without running access,
    // lifetime) or could shorten (an exact date) takes Grant.
    Expected<Permission> permissionFor(const AccessChanges::Request &request);
    Permission permissionToExtend(const QList<SelectedAccess> &accesses,
                                  const Duration &duration) const;

    ServiceContext m_ctx;
};

} // namespace pinedesk
