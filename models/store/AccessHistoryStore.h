#pragma once

#include "StoreContext.h"
#include "domain/AccessIntent.h"
#include "domain/Expected.h"

#include <QDateTime>
#include <QList>

#include <functional>
#include <optional>

namespace pinedesk {

// The append-only past of every access: one row per change of intent, written by AccessStore
// in the same transaction as the change. Analytics folds it into terms; the client profile
// shows it as a timeline.
class AccessHistoryStore
{
public:
    enum class Change { Grant, Extend, PlanChange, Shorten, Revoke };
    struct Row
    {
        qint64 id = 0;
        qint64 accessId = 0;
        qint64 clientId = 0;
        qint64 indicatorId = 0;
        Change change = Change::Grant;
        QDateTime termStart;
        std::optional<QDateTime> termEnd; // nullopt: lifetime
        AccessOrigin origin = AccessOrigin::Manual;
        std::optional<qint64> planId;
        std::optional<qint64> paymentId;
        bool paid = false; // from a payment or a priced plan, not a gift or a campaign
        QDateTime at;
        QString actor;
    };

    explicit AccessHistoryStore(StoreContext context)
        : m_ctx(std::move(context))
    {}

    // `paid` is worked out here: a payment, or a plan with a price outside a campaign.
    Status record(Row row);
    [[nodiscard]] Expected<QList<Row>> forClient(qint64 clientId);
    // Every row, by access then order of change, handed to `take` one at a time (a failed read
    // is an error). `take` returns false to stop (a cancel).
    Status forEach(const std::function<bool(const Row &)> &take);
    // The same, with only what analytics folds into terms (access, client, indicator, change,
    // term, plan, paid); the other fields stay empty.
    Status forEachTerm(const std::function<bool(const Row &)> &take);

    static QString toText(Change change);
    static std::optional<Change> changeFromText(const QString &text);

private:
    StoreContext m_ctx;
};

} // namespace pinedesk
