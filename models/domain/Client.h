#pragma once

#include "ClientStatus.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace pinedesk {

// A customer of the vendor. tvUsername may be empty for a contact known only by e-mail
// (for example a payer imported from Stripe who has not given a username yet).
struct Client
{
    qint64 id = 0;
    QString tvUsername;
    QString email;
    QString fullName;
    ClientStatus status = ClientStatus::Active;
    QString notes;
    QStringList tags;
    QString language;         // "en" or "es" for the e-mails; empty: the vendor's default
    bool emailOptOut = false; // the client asked for no e-mails
    QDateTime createdAt;
    QDateTime updatedAt;
    // Counts the client's changes: a save names the version it edited, and one made meanwhile
    // by someone else is never silently overwritten.
    qint64 version = 0;
};

} // namespace pinedesk
