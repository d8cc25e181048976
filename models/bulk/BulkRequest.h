#pragma once

#include "domain/Duration.h"
#include "domain/Expected.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace pinedesk {

// What a bulk run does to its recipients (step 2 of the wizard): grant, extend or revoke some
// indicators or a plan's indicators, or move clients from one plan to another, for a duration
// or until a date. Lifetime accesses are left as they are unless the vendor says otherwise.
struct BulkRequest
{
    Q_DECLARE_TR_FUNCTIONS(BulkRequest)

public:
    enum class Mode { Grant, Extend, Revoke, Replace };

    Mode mode = Mode::Grant;
    QList<qint64> indicatorIds; // the indicators, when no plan is chosen
    // Grant, extend, revoke: a plan's indicators instead of a list. Replace: the new plan.
    std::optional<qint64> planId;
    std::optional<qint64> fromPlanId; // Replace: the plan the clients leave
    // How long (grant and extend); a date wins over a duration. Replace uses the new plan's
    // own duration.
    std::optional<Duration> duration;
    std::optional<QDate> until;
    // Lifetime accesses are never shortened, ended by a date or revoked by the run.
    bool keepLifetime = true;

    // What is missing or contradictory, as a sentence for the vendor; ok when it can run.
    Status validate() const;
    bool usesPlan() const { return mode == Mode::Replace || planId.has_value(); }

    static QString modeName(Mode mode);
};

} // namespace pinedesk
