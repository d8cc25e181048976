#pragma once

#include "TeamChannel.h"
#include "settings/KeychainSecret.h"

namespace pinedesk {

// A team channel's webhook address or bot token: only in the OS keychain, or, for a headless
// server, in its variable (PINEDESK_DISCORD_WEBHOOK_URL, PINEDESK_SLACK_WEBHOOK_URL,
// PINEDESK_TELEGRAM_BOT_TOKEN), which takes precedence. Whoever holds one can post as the
// vendor, so it is a secret like a password.
class TeamChannelSecret final : public KeychainSecret
{
    Q_OBJECT

public:
    explicit TeamChannelSecret(TeamChannel::Kind kind, QString service = QStringLiteral("PineDesk"),
                               QObject *parent = nullptr);
};

} // namespace pinedesk
