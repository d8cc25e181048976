#include "AccessIntent.h"

#include "EnumText.h"

namespace pinedesk {

namespace {

constexpr EnumText<IntendedState> intendedStates[] = {{IntendedState::Granted, u"granted"},
                                                      {IntendedState::Revoked, u"revoked"}};

constexpr EnumText<AccessOrigin> origins[] = {{AccessOrigin::Manual, u"manual"},
                                              {AccessOrigin::Bulk, u"bulk"},
                                              {AccessOrigin::Plan, u"plan"},
                                              {AccessOrigin::Campaign, u"campaign"},
                                              {AccessOrigin::Import, u"import"}};

} // namespace

QString toText(IntendedState state)
{
    return enumToText(intendedStates, state);
}

std::optional<IntendedState> intendedStateFromText(QStringView text)
{
    return enumFromText(intendedStates, text);
}

QString toText(AccessOrigin origin)
{
    return enumToText(origins, origin);
}

std::optional<AccessOrigin> accessOriginFromText(QStringView text)
{
    return enumFromText(origins, text);
}

} // namespace pinedesk
