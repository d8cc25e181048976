#pragma once

#include "domain/ClientStatus.h"

#include <QDateTime>
#include <QString>

namespace pinedesk {

// One line of the CRM table: the client plus what the vendor scans for at a glance.
struct ClientRow
{
    qint64 id = 0;
    QString tvUsername;
    QString fullName;
    QString email;
    ClientStatus status = ClientStatus::Active;
    QDateTime createdAt;
    QDateTime lastPaidAt; // invalid when the client never paid
    int activeAccesses = 0;
};

} // namespace pinedesk
