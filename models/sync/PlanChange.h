#pragma once

#include "domain/Expected.h"
#include "domain/Expiration.h"
#include "domain/Plan.h"
#include "store/StoreContext.h"
#include "sync/AccessSelection.h"
#include "sync/SelectedAccess.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pinedesk {

// Moving clients from their plan to another one, computed as a diff before anything is queued
// so the vendor sees it first. For each client of the selected accesses, the old plan is the
// plan of those accesses (an access without a plan stands for its own indicator):
// - each indicator of the new plan gets the new plan's duration with the extension rule
//   (ExpiryCalculator: from max(now, current end)): a grant when the client holds nothing
//   running, an extension when they do; a lifetime access stays lifetime;
// - indicators only the old plan had are revoked where the client holds them, and a lifetime
//   access among them is flagged.
// Applying goes through AccessChanges (AccessSelection::applyAll), in one transaction. The bulk
// wizard reuses it.
class PlanChange
{
    Q_DECLARE_TR_FUNCTIONS(PlanChange)

public:
    struct Item
    {
        qint64 indicatorId = 0;
        QString pineId;
        QString indicatorName;
        std::optional<Expiration> current; // what the client holds; nullopt: nothing running
        std::optional<Expiration> target;  // where the change leaves it; nullopt: revoked
    };
    struct ClientDiff
    {
        qint64 clientId = 0;
        QString tvUsername;
        QString clientName;
        QStringList fromPlans;    // the plans the client is moving from, by name
        QList<Item> grants;       // the new plan's indicators the client holds nothing of
        QList<Item> extensions;   // the new plan's indicators the client holds (dated)
        QList<Item> revokes;      // indicators only the old plan had, that the client holds
        QList<Item> keptLifetime; // lifetime accesses to the new plan's indicators, unchanged

        int lifetimeRevokes() const;
        bool holdsLifetime() const { return !keptLifetime.isEmpty() || lifetimeRevokes() > 0; }
        bool isEmpty() const
        {
            return grants.isEmpty() && extensions.isEmpty() && revokes.isEmpty();
        }
    };
    struct Diff
    {
        Plan target;
        QList<ClientDiff> clients; // by username
        int grantCount() const;
        int extensionCount() const;
        int revokeCount() const;
        int lifetimeClientCount() const; // clients holding a lifetime access the change touches
        int lifetimeRevokeCount() const; // lifetime accesses the change would revoke
        bool isEmpty() const { return grantCount() + extensionCount() + revokeCount() == 0; }
    };

    explicit PlanChange(StoreContext context)
        : m_ctx(std::move(context))
    {}

    Expected<Diff> compute(const QList<SelectedAccess> &selection, qint64 targetPlanId);
    // Queues the diff: grants and extensions as one Extend by the plan's duration (origin
    // Plan), revokes as Revoke; all in one transaction.
    Expected<AccessSelection::Outcome> apply(const Diff &diff);

private:
    StoreContext m_ctx;
};

} // namespace pinedesk
