#include "ClientStatus.h"

#include "EnumText.h"

namespace pinedesk {

namespace {

constexpr EnumText<ClientStatus> clientStatuses[] = {{ClientStatus::Lead, u"lead"},
                                                     {ClientStatus::Active, u"active"},
                                                     {ClientStatus::Inactive, u"inactive"},
                                                     {ClientStatus::Blocked, u"blocked"}};

} // namespace

QString toText(ClientStatus status)
{
    return enumToText(clientStatuses, status);
}

std::optional<ClientStatus> clientStatusFromText(QStringView text)
{
    return enumFromText(clientStatuses, text);
}

QString ClientStatusNames::displayName(ClientStatus status)
{
    switch (status) {
    case ClientStatus::Lead:
        return tr("Lead");
    case ClientStatus::Active:
        return tr("Active");
    case ClientStatus::Inactive:
        return tr("Inactive");
    case ClientStatus::Blocked:
        return tr("Blocked");
    }
    return {};
}

} // namespace pinedesk
