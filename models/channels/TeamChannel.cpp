#include "TeamChannel.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

QString TeamChannel::toText(Kind kind)
{
    switch (kind) {
    case Kind::Discord:
        return u"discord"_s;
    case Kind::Slack:
        return u"slack"_s;
    case Kind::Telegram:
        return u"telegram"_s;
    }
    return {};
}

std::optional<TeamChannel::Kind> TeamChannel::fromText(const QString &text)
{
    for (Kind k : allKinds) {
        if (toText(k) == text.trimmed().toLower())
            return k;
    }
    return std::nullopt;
}

QString TeamChannel::displayName(Kind kind)
{
    switch (kind) {
    case Kind::Discord:
        return u"Discord"_s;
    case Kind::Slack:
        return u"Slack"_s;
    case Kind::Telegram:
        return u"Telegram"_s;
    }
    return {};
}

QString TeamChannel::secretName(Kind kind)
{
    return kind == Kind::Telegram ? tr("bot token") : tr("webhook address");
}

const char *TeamChannel::secretVariable(Kind kind)
{
    switch (kind) {
    case Kind::Discord:
        return "PINEDESK_DISCORD_WEBHOOK_URL";
    case Kind::Slack:
        return "PINEDESK_SLACK_WEBHOOK_URL";
    case Kind::Telegram:
        return "PINEDESK_TELEGRAM_BOT_TOKEN";
    }
    return "";
}

std::optional<QString> TeamChannel::checkSecret(Kind kind, const QString &secret)
{
    const QString value = secret.trimmed();
    if (value.isEmpty())
        return tr("Paste the %1 %2.").arg(displayName(kind), secretName(kind));
    if (kind == Kind::Telegram) {
        static const QRegularExpression token(u"^\\d{5,}:[A-Za-z0-9_-]{30,}$"_s);
        if (!token.match(value).hasMatch())
            return tr("A Telegram bot token looks like 123456789:AAH... (digits, a colon, then "
                      "letters); ask @BotFather for it.");
        return std::nullopt;
    }
    const QUrl url(value, QUrl::StrictMode);
    const QString host = url.host().toLower();
    if (kind == Kind::Discord) {
        const bool discordHost = host == u"discord.com"_s || host == u"discordapp.com"_s ||
                                 host.endsWith(u".discord.com"_s);
        if (!url.isValid() || url.scheme() != u"https"_s || !discordHost ||
            !url.path().startsWith(u"/api/webhooks/"_s))
            return tr("A Discord webhook address starts with https://discord.com/api/webhooks/ "
                      "(channel settings › Integrations › Webhooks › Copy Webhook URL).");
        return std::nullopt;
    }
    if (!url.isValid() || url.scheme() != u"https"_s || host != u"hooks.slack.com"_s)
        return tr("A Slack webhook address starts with https://hooks.slack.com/ (your Slack app › "
                  "Incoming Webhooks › Copy).");
    return std::nullopt;
}

} // namespace pinedesk
