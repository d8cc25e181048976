#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace pinedesk {

class Database;

// `pinedesk mail ...`, the e-mail to clients, headless:
//   server --host H --from ADDRESS [--port P] [--security starttls|tls|none] [--user U]
//          [--from-name NAME] [--per-minute N]   the mail server
//   password                 reads the server's password from standard input into the keychain
//   test ADDRESS             sends a test e-mail now
//   outbox [--json]          the e-mails queued and sent, newest first
//   retry ID                 sends a dead or waiting e-mail again
class MailCommand
{
    Q_DECLARE_TR_FUNCTIONS(MailCommand)

public:
    static int run(const QStringList &arguments, Database &database);
    static bool needsDatabase(const QStringList &arguments);
    static int password();
};

} // namespace pinedesk
