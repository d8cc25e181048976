#include "Access.h"

namespace pinedesk {

bool Access::serverMatchesIntent() const
{
    if (!serverKnown)
        return false;
    if (intent == IntendedState::Revoked)
        return !serverHasAccess;
    return serverHasAccess && serverExpiration == expiration;
}

} // namespace pinedesk
