#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace pinedesk {

// What the vendor wants TradingView to hold for one (client, indicator) pair.
enum class IntendedState { Granted, Revoked };

// Where an access came from; analytics and campaigns group by it.
enum class AccessOrigin { Manual, Bulk, Plan, Campaign, Import };

QString toText(IntendedState state);
std::optional<IntendedState> intendedStateFromText(QStringView text);
QString toText(AccessOrigin origin);
std::optional<AccessOrigin> accessOriginFromText(QStringView text);

} // namespace pinedesk
