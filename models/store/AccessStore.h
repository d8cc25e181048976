#pragma once

#include "StoreContext.h"
#include "domain/Access.h"
#include "domain/Expected.h"
#include "domain/PairIntent.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace pinedesk {

class Statement;

// The vendor's intent: who should hold which indicator until when. Every change writes, in one
// transaction, the new intent, an outbox row for the sync engine and an audit line.
class AccessStore
{
    Q_DECLARE_TR_FUNCTIONS(AccessStore)

public:
    explicit AccessStore(StoreContext context)
        : m_ctx(std::move(context))
    {}

    struct Grant
    {
        qint64 clientId = 0;
        qint64 indicatorId = 0;
        Expiration expiration = Expiration::lifetime();
        AccessOrigin origin = AccessOrigin::Manual;
        std::optional<qint64> planId;
        std::optional<qint64> batchId;
        std::optional<qint64> paymentId; // the payment this access comes from, when known
    };

    // Sets the intent to "granted until grant.expiration" (computed by ExpiryCalculator).
    Expected<qint64> grant(const Grant &grant);
    // Sets the intent to "revoked"; for a pair never recorded it records a revoked intent, so a
    // grant made by hand on TradingView is removed too.
    Status revoke(qint64 clientId, qint64 indicatorId, std::optional<qint64> batchId);
    // What the sync engine learnt from TradingView; not a user change, so not audited.
    Status recordServerState(qint64 accessId, bool hasAccess, const Expiration &expiration);

    // The current intent for a pair (username matched ignoring case), if PineDesk has one.
    // nullopt inside: nothing is intended; a failure: the database could not be read.
    Expected<std::optional<PairIntent>> intentForPair(const QString &tvUsername,
                                                      const QString &pineId);

    // Every client's intent for one indicator (reconciliation compares them with TradingView).
    Expected<QList<PairIntent>> intentsForIndicator(qint64 indicatorId);

    // Whether the client (username matched ignoring case) holds a granted access of the plan.
    [[nodiscard]] Expected<bool> holdsPlan(const QString &tvUsername, qint64 planId);

    std::optional<Access> byId(qint64 id);
    // Decisions use findForPair (a failed read is an error); forPair is for display only and
    // treats a failed read (logged) as "none".
    Expected<std::optional<Access>> findForPair(qint64 clientId, qint64 indicatorId);
    std::optional<Access> forPair(qint64 clientId, qint64 indicatorId);
    [[nodiscard]] Expected<QList<Access>> listForClient(qint64 clientId);
    QList<Access> forClient(qint64 clientId);
    // Granted accesses whose expiration falls in [from, to), soonest first.
    QList<Access> expiringBetween(const QDateTime &from, const QDateTime &to, int limit);

private:
    struct Pair
    {
        QString tvUsername;
        QString pineId;
        QString label;
    };
    Expected<Pair> pairOf(qint64 clientId, qint64 indicatorId);
    // The history row of a grant: a new term, an extension, a plan change or a shortening.
    Status recordGrant(qint64 accessId, const Grant &grant, const std::optional<Access> &before,
                       bool running, const QDateTime &now);
    static Access fromRow(const Statement &st);

    StoreContext m_ctx;
};

} // namespace pinedesk
