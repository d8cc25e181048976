#pragma once

#include "domain/Expected.h"
#include "store/StoreContext.h"

#include <QCoreApplication>
#include <QString>

namespace pinedesk {

// The vendor's mail server, kept in the database (the password only in the keychain, or in
// PINEDESK_SMTP_PASSWORD for a headless server).
struct SmtpSettings
{
    Q_DECLARE_TR_FUNCTIONS(SmtpSettings)

public:
    enum class Security { StartTls, Tls, None };

    QString host;
    int port = 587;
    Security security = Security::StartTls;
    QString username;
    QString fromAddress;
    QString fromName;
    int perMinute = 30; // the pace: providers throttle bursts

    bool isSet() const { return !host.isEmpty() && !fromAddress.isEmpty(); }
    // The domain of the From address, for Message-IDs.
    QString domain() const;
    Status validate() const;

    static SmtpSettings load(StoreContext context);
    Status save(StoreContext context) const;
    static QString toText(Security security);
    static constexpr const char *passwordVariable = "PINEDESK_SMTP_PASSWORD";
};

} // namespace pinedesk
