#pragma once

#include "settings/KeychainSecret.h"

namespace pinedesk {

// The mail server's password: only in the OS keychain, or, for a headless server, in
// PINEDESK_SMTP_PASSWORD, which takes precedence.
class SmtpPassword final : public KeychainSecret
{
    Q_OBJECT

public:
    explicit SmtpPassword(QString service = QStringLiteral("PineDesk"), QObject *parent = nullptr);
};

} // namespace pinedesk
