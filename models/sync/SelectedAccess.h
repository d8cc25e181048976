#pragma once

#include "domain/AccessIntent.h"
#include "domain/Expiration.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace pinedesk {

// One access the vendor picked in a table, as the bulk actions need it: the pair TradingView
// knows (username, pine id) and what is intended for it now.
struct SelectedAccess
{
    qint64 accessId = 0;
    qint64 clientId = 0;
    qint64 indicatorId = 0;
    QString tvUsername;
    QString clientName;
    QString pineId;
    QString indicatorName;
    IntendedState intent = IntendedState::Granted;
    Expiration expiration = Expiration::lifetime();
    std::optional<qint64> planId;

    // Granted and not yet over at `now`: what an extension starts from.
    bool isRunningAt(const QDateTime &now) const
    {
        return intent == IntendedState::Granted && !expiration.isPastAt(now);
    }
    bool isLifetime() const { return intent == IntendedState::Granted && expiration.isLifetime(); }
};

} // namespace pinedesk
