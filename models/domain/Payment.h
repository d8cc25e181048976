#pragma once

#include "Money.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace pinedesk {

// Money a client paid; reference + source identify it in the payment system it came from.
struct Payment
{
    qint64 id = 0;
    qint64 clientId = 0;
    Money amount;
    QDateTime paidAt;
    QString reference;
    QString source;
    std::optional<qint64> planId;
    QDateTime createdAt;
};

} // namespace pinedesk
