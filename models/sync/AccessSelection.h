#pragma once

#include "domain/Duration.h"
#include "domain/Expected.h"
#include "store/StoreContext.h"
#include "sync/AccessChanges.h"
#include "sync/SelectedAccess.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <utility>

namespace pinedesk {

// The vendor's actions on accesses picked in a table (extend, set a date, revoke). A table
// selection is a set of (username, pine id) pairs, not a product of usernames and scripts, so
// the pairs are grouped into AccessChanges requests (the usernames that share exactly the same
// pine ids form one request) and all of them are applied in one transaction: all or nothing.
class AccessSelection
{
    Q_DECLARE_TR_FUNCTIONS(AccessSelection)

public:
    struct Outcome
    {
        int queued = 0;       // changes of intent queued for TradingView
        int unchanged = 0;    // already as asked (e.g. lifetime left lifetime)
        int keptLifetime = 0; // lifetime accesses an extension left as they are
        int batches = 0;
    };
    using Pair = std::pair<QString, QString>; // (TradingView username, pine id)

    explicit AccessSelection(StoreContext context)
        : m_ctx(std::move(context))
    {}

    // Reads the accesses in the order given; ids no longer stored are left out.
    Expected<QList<SelectedAccess>> load(const QList<qint64> &accessIds);

    // Adds the duration to each access from max(now, its end); a lifetime access stays
    // lifetime (counted in keptLifetime) unless the duration is lifetime.
    Expected<Outcome> extend(const QList<SelectedAccess> &accesses, const Duration &duration);
    // Makes every access end on `day` (end of that day, UTC), lifetime ones included: callers
    // warn first when lifetimeCount() is not zero.
    Expected<Outcome> setUntil(const QList<SelectedAccess> &accesses, QDate day);
    Expected<Outcome> revoke(const QList<SelectedAccess> &accesses);

    // Granted lifetime accesses among these.
    static int lifetimeCount(const QList<SelectedAccess> &accesses);

    // `shape` (mode, duration or date, label, origin) for each group of usernames that share
    // the same pine ids; together the requests cover exactly the given pairs.
    static QList<AccessChanges::Request> requests(const AccessChanges::Request &shape,
                                                  const QList<Pair> &pairs);
    // Applies the requests in one transaction (each is one batch of the outbox). Given the
    // accesses as the vendor selected them, first checks that none changed since (kind
    // Conflict, naming one and who changed it; nothing is applied).
    Expected<Outcome> applyAll(const QList<AccessChanges::Request> &requests,
                               const QList<SelectedAccess> *asSelected = nullptr);

private:
    Status unchangedSinceSelected(const QList<SelectedAccess> &selected);
    static QList<Pair> pairsOf(const QList<SelectedAccess> &accesses);

    StoreContext m_ctx;
};

} // namespace pinedesk
