#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace pinedesk {

class Database;

// `pinedesk channels ...`, the team channels, headless:
//   (nothing) or status [--json]   each channel, what it hears, and its outbox
//   set CHANNEL [--on|--off] [--events KIND,...] [--chat ID]
//   secret CHANNEL           reads the webhook address or bot token from standard input into
//                            the keychain (checked first)
//   test CHANNEL             posts a test message now
//   send                     sends what the outbox holds now
//   retry                    puts the failed messages back in the outbox
class ChannelsCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChannelsCommand)

public:
    static int run(const QStringList &arguments, Database &database);
    static bool needsDatabase(const QStringList &arguments);
    static int secret(const QStringList &arguments);
};

} // namespace pinedesk
