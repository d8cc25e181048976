#include "IndicatorStatus.h"

#include "EnumText.h"

namespace pinedesk {

namespace {

constexpr EnumText<IndicatorStatus> indicatorStatuses[] = {
    {IndicatorStatus::Development, u"development"},
    {IndicatorStatus::Live, u"live"},
    {IndicatorStatus::Retired, u"retired"}};

} // namespace

QString toText(IndicatorStatus status)
{
    return enumToText(indicatorStatuses, status);
}

std::optional<IndicatorStatus> indicatorStatusFromText(QStringView text)
{
    return enumFromText(indicatorStatuses, text);
}

QString IndicatorStatusNames::displayName(IndicatorStatus status)
{
    switch (status) {
    case IndicatorStatus::Development:
        return tr("In development");
    case IndicatorStatus::Live:
        return tr("Live");
    case IndicatorStatus::Retired:
        return tr("Retired");
    }
    return {};
}

} // namespace pinedesk
