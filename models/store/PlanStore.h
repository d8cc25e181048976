#pragma once

#include "StoreContext.h"
#include "domain/Expected.h"
#include "domain/Plan.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace pinedesk {

class Statement;

// What the vendor sells: bundles of indicators with a default duration and a price.
class PlanStore
{
    Q_DECLARE_TR_FUNCTIONS(PlanStore)

public:
    explicit PlanStore(StoreContext context)
        : m_ctx(std::move(context))
    {}

    Expected<qint64> create(Plan plan);
    Status update(Plan plan);
    Status remove(qint64 id);
    [[nodiscard]] Expected<std::optional<Plan>> findById(qint64 id);
    // The plan of that name, ignoring case (names are unique that way).
    [[nodiscard]] Expected<std::optional<Plan>> findByName(const QString &name);
    std::optional<Plan> byId(qint64 id); // a failed read reads as "none": display only
    // Decisions use list (a failed read is an error); all is for display and treats a failed
    // read (logged) as "no plans".
    Expected<QList<Plan>> list();
    QList<Plan> all();

private:
    Status validate(Plan &plan);
    Status writeIndicators(qint64 planId, const QList<qint64> &indicatorIds);
    Expected<QList<qint64>> indicatorsOf(qint64 planId);
    Plan fromRow(const Statement &st);

    StoreContext m_ctx;
};

} // namespace pinedesk
