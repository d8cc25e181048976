#pragma once

#include "domain/AccessIntent.h"
#include "domain/Duration.h"
#include "domain/Expected.h"
#include "store/StoreContext.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QStringList>

#include <optional>

namespace pinedesk {

// Applies one vendor decision (grant, extend or revoke these users on these scripts) to the
// intent, in one transaction, as one batch of the outbox. Unknown usernames become clients and
// unknown pine ids join the catalog. Nothing talks to TradingView here: the sync engine does.
class AccessChanges
{
    Q_DECLARE_TR_FUNCTIONS(AccessChanges)

public:
    enum class Mode { Grant, Extend, Revoke };

    struct Request
    {
        Mode mode = Mode::Grant;
        QStringList usernames;
        QStringList pineIds;
        std::optional<Duration> duration;
        std::optional<QDate> until; // an explicit date: end of that day, UTC; overrides lifetime
        // With `until`: an access that already runs longer keeps its end (a payment's period
        // never shortens what the client holds).
        bool keepLonger = false;
        QString label;
        // Unset: Manual for grants; an extension keeps the access's origin and plan.
        std::optional<AccessOrigin> origin;
        std::optional<qint64> planId;          // the plan the access now belongs to
        std::optional<qint64> paymentId;       // the payment it comes from, for the history
        QMap<QString, QString> indicatorNames; // names for pine ids new to the catalog
    };
    struct Summary
    {
        qint64 batchId = 0;
        int queued = 0;
        int unchanged = 0;
        int clientsCreated = 0;
        int indicatorsCreated = 0;
    };

    explicit AccessChanges(StoreContext context)
        : m_ctx(std::move(context))
    {}
    Expected<Summary> apply(const Request &request);

private:
    StoreContext m_ctx;
};

} // namespace pinedesk
