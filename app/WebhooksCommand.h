#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace pinedesk {

class Database;

// `pinedesk webhooks ...`:
//   secret PROVIDER          reads the provider's signing secret from standard input into the
//                            keychain (Gumroad: the URL token)
//   inbox [--state S] [--json]   the events received, newest first
//   retry ID [--username U]  applies an event again (after fixing the username or mapping
//                            the product); `serve` picks it up
//   account PROVIDER ID      the account the provider's events must name (Gumroad's seller id)
//   username-field PROVIDER TEXT  the checkout field that holds the TradingView username
class WebhooksCommand
{
    Q_DECLARE_TR_FUNCTIONS(WebhooksCommand)

public:
    static int run(const QStringList &arguments, Database &database);
    // The subcommands that need no database.
    static bool needsDatabase(const QStringList &arguments);
    static int secret(const QStringList &arguments);
};

} // namespace pinedesk
