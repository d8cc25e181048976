#pragma once

#include "BulkRequest.h"
#include "domain/Expected.h"
#include "domain/Expiration.h"
#include "store/StoreContext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace pinedesk {

// Step 4 of the wizard: what a bulk run would do to each user, computed from the intent in the
// database before anything is queued, with the totals and what deserves a second look. The same
// computation runs again inside the transaction that queues the run (BulkQueue), so what is
// queued is what was shown. Replace mode reuses PlanChange for the clients PineDesk knows.
class BulkPreview
{
    Q_DECLARE_TR_FUNCTIONS(BulkPreview)

public:
    enum class Kind { Grant, Extend, NoChange, Revoke };

    struct Change
    {
        qint64 indicatorId = 0;
        QString pineId;
        QString indicatorName;
        Kind kind = Kind::NoChange;
        std::optional<Expiration> current; // the access running now; nullopt: none
        std::optional<Expiration> target;  // where the run leaves it; nullopt: no access
        std::optional<qint64> planId;      // the plan the access belongs to afterwards
    };
    struct User
    {
        QString username; // the client's spelling, or the checked one for a new client
        qint64 clientId = 0;
        QString clientName;
        QString email;
        QList<Change> changes;

        bool isNewClient() const { return clientId == 0; }
        bool hasChanges() const;
        // A change touches an access held for life (whether or not it stays lifetime).
        bool holdsLifetime() const;
        int count(Kind kind) const;
    };
    struct Totals
    {
        int users = 0;
        int usersChanged = 0;
        int grants = 0;
        int extensions = 0;
        int noChanges = 0;
        int revokes = 0;
        int newClients = 0;      // users who become clients when the run is queued
        int lifetimeHolders = 0; // users holding a lifetime access the run touches
        int lifetimeEnded = 0;   // lifetime accesses the run ends or dates
        int withoutEmail = 0;    // users with changes and no e-mail address
        int retiredIndicators = 0;

        int changes() const { return grants + extensions + revokes; }
    };
    struct Result
    {
        BulkRequest request;
        QList<User> users; // in the order given
        Totals totals;
        QStringList warnings;
        QString targetName; // "Alpha, Beta", or the plan's name
        QString offer;      // "Grant of Alpha for 7 days": a campaign's offer
        QString label;      // the batch's name on the Sync page
        QDateTime computedAt;
    };

    // `usernames`: unique (ignoring case), already checked; those that are not clients become
    // clients when the run is queued.
    static Expected<Result> compute(const StoreContext &context, const BulkRequest &request,
                                    const QStringList &usernames);

    static QString kindName(Kind kind);
    // "until 2 Dec 2026", "lifetime".
    static QString expirationText(const Expiration &expiration);
    // One change as the vendor reads it: "Alpha: new, until 2 Dec 2026".
    static QString describe(const Change &change);
};

} // namespace pinedesk
