#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace pinedesk {

// A place where the vendor's team hears what happens: a Discord or Slack incoming webhook, or a
// Telegram bot writing to a chat.
struct TeamChannel
{
    Q_DECLARE_TR_FUNCTIONS(TeamChannel)

public:
    enum class Kind { Discord, Slack, Telegram };
    static constexpr Kind allKinds[] = {Kind::Discord, Kind::Slack, Kind::Telegram};

    static QString toText(Kind kind); // "discord", as stored
    static std::optional<Kind> fromText(const QString &text);
    static QString displayName(Kind kind);
    // What the keychain keeps for it: "webhook address" or "bot token", for sentences.
    static QString secretName(Kind kind);
    // The variable a headless server may set instead of the keychain.
    static const char *secretVariable(Kind kind);
    // Whether `secret` looks like what the channel needs; a clear sentence when it does not.
    static std::optional<QString> checkSecret(Kind kind, const QString &secret);
};

} // namespace pinedesk
