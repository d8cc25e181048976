#pragma once

#include "DemoHistory.h"
#include "DemoPlan.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace pinedesk {

// The access history behind one demo holding, consistent with the demo payments: the first
// payment of the plan grants, each payment made before the access ran out (or within a week)
// extends it, a later one grants again (a reactivation), and the chain ends where the holding
// ends. Gifts, campaigns and lifetime purchases are one grant.
struct DemoAccessHistory
{
    enum class Change { Grant, Extend, Shorten, Revoke };
    struct Row
    {
        Change change = Change::Grant;
        QDateTime start;
        std::optional<QDateTime> end;
    };

    static QList<Row> rowsFor(const DemoHistory &history, int indicator,
                              const QList<DemoPlan> &plans, const QDateTime &now);
};

} // namespace pinedesk
