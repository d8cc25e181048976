#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace pinedesk {

// Where a client stands in the vendor's CRM (independent of any access).
enum class ClientStatus { Lead, Active, Inactive, Blocked };

QString toText(ClientStatus status);
std::optional<ClientStatus> clientStatusFromText(QStringView text);

class ClientStatusNames
{
    Q_DECLARE_TR_FUNCTIONS(ClientStatusNames)

public:
    static QString displayName(ClientStatus status);
};

} // namespace pinedesk
