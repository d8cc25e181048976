#pragma once

#include "domain/Expected.h"
#include "store/StoreContext.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace pinedesk {

// When the vendor and the clients hear that access is about to end, agreed for the whole
// business (kept in the database, so the window, `serve` and `remind` from cron agree).
struct ReminderSettings
{
    Q_DECLARE_TR_FUNCTIONS(ReminderSettings)

public:
    QList<int> thresholdDays{7, 1}; // raised once each, largest first as the end comes
    bool emailClients = false;      // e-mail the clients too (needs the mail server set)
    QString defaultLanguage = QStringLiteral("en"); // for clients who have none
    QString vendorName;                             // signs the e-mails
    QString defaultRenewalUrl;                      // for plans without their own link

    static constexpr int maxThresholdDays = 90;

    static ReminderSettings load(StoreContext context);
    Status save(StoreContext context) const;
    // "7, 1" -> {7, 1}; a clear sentence for anything else.
    static Expected<QList<int>> parseThresholds(const QString &text);
};

} // namespace pinedesk
