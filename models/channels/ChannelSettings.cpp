#include "ChannelSettings.h"

#include "store/SettingsStore.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

QString key(TeamChannel::Kind kind, const QString &what)
{
    return u"channels.%1.%2"_s.arg(TeamChannel::toText(kind), what);
}

const QString chatKey = u"channels.telegram.chat_id"_s;
const QString apiKey = u"channels.telegram.api"_s;

} // namespace

QList<Notification::Kind> ChannelSettings::defaultEvents()
{
    return {Notification::Kind::Sale, Notification::Kind::PaymentFailed,
            Notification::Kind::DeadRows, Notification::Kind::SessionExpired};
}

QList<TeamChannel::Kind> ChannelSettings::listeners(Notification::Kind kind) const
{
    QList<TeamChannel::Kind> found;
    for (TeamChannel::Kind c : TeamChannel::allKinds) {
        const Channel ch = channel(c);
        if (ch.enabled && ch.events.contains(kind))
            found.append(c);
    }
    return found;
}

ChannelSettings ChannelSettings::load(StoreContext context)
{
    SettingsStore store(std::move(context));
    ChannelSettings s;
    for (TeamChannel::Kind c : TeamChannel::allKinds) {
        Channel ch;
        ch.enabled = store.value(key(c, u"enabled"_s), u"0"_s) == u"1"_s;
        if (const auto events = store.value(key(c, u"events"_s))) {
            ch.events.clear(); // saved: even none is the vendor's choice
            for (const QString &text : events->split(u',', Qt::SkipEmptyParts)) {
                if (const auto kind = Notification::kindFromText(text.trimmed()))
                    ch.events.append(*kind);
            }
        }
        s.channels.insert(c, ch);
    }
    s.telegramChatId = store.value(chatKey, QString());
    s.telegramApi = store.value(apiKey, s.telegramApi);
    return s;
}

Status ChannelSettings::save(StoreContext context) const
{
    SettingsStore store(std::move(context));
    QList<std::pair<QString, QString>> values;
    for (TeamChannel::Kind c : TeamChannel::allKinds) {
        const Channel ch = channel(c);
        QStringList events;
        for (Notification::Kind k : ch.events)
            events.append(Notification::toText(k));
        values.append({key(c, u"enabled"_s), ch.enabled ? u"1"_s : u"0"_s});
        values.append({key(c, u"events"_s), events.join(u',')});
    }
    values.append({chatKey, telegramChatId.trimmed()});
    values.append({apiKey, telegramApi.trimmed()});
    for (const auto &[k, v] : values) {
        if (const Status s = store.setValue(k, v); !s)
            return s;
    }
    return {};
}

std::optional<QString> ChannelSettings::checkChatId(const QString &chatId)
{
    static const QRegularExpression valid(u"^(-?\\d{1,20}|@[A-Za-z][A-Za-z0-9_]{4,31})$"_s);
    if (valid.match(chatId.trimmed()).hasMatch())
        return std::nullopt;
    return tr("A Telegram chat is a number such as -1001234567890 (send a message to the bot and "
              "read it with getUpdates) or a public channel's @name.");
}

} // namespace pinedesk
