#include "BulkRequest.h"

namespace pinedesk {

Status BulkRequest::validate() const
{
    if (mode == Mode::Replace) {
        if (!fromPlanId)
            return Status::failure(tr("Choose the plan the clients leave."));
        if (!planId)
            return Status::failure(tr("Choose the plan the clients move to."));
        if (*fromPlanId == *planId)
            return Status::failure(tr("Choose two different plans."));
        return {};
    }
    if (!planId && indicatorIds.isEmpty())
        return Status::failure(tr("Choose at least one indicator, or a plan."));
    if (mode != Mode::Revoke && !duration && !until)
        return Status::failure(tr("Say how long: a duration, a date or lifetime."));
    return {};
}

QString BulkRequest::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Grant:
        return tr("Grant");
    case Mode::Extend:
        return tr("Extend");
    case Mode::Revoke:
        return tr("Revoke");
    case Mode::Replace:
        return tr("Change plan");
    }
    return {};
}

} // namespace pinedesk
