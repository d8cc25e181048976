#pragma once

#include "SmtpSettings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace pinedesk {

// Hands one message to the vendor's mail server with libcurl's SMTP (STARTTLS, implicit TLS or
// plain for a local relay; certificates are verified). Blocking: run it on a worker thread or
// in a command.
class SmtpClient
{
    Q_DECLARE_TR_FUNCTIONS(SmtpClient)

public:
    struct Failure
    {
        QString message;         // for the vendor
        bool permanent = false;  // the server refused this message for good (5xx)
        bool serverDown = false; // nothing will go now (unreachable, login refused)
    };

    SmtpClient(SmtpSettings settings, QByteArray password);

    std::optional<Failure> send(const QString &to, const QByteArray &message) const;

private:
    SmtpSettings m_settings;
    QByteArray m_password;
};

} // namespace pinedesk
