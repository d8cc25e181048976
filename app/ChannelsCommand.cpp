#include "ChannelsCommand.h"

#include "ExitCode.h"
#include "SecretInput.h"
#include "TerminalText.h"
#include "channels/ChannelDrain.h"
#include "channels/TeamChannelSecret.h"
#include "domain/SystemClock.h"
#include "services/ChannelService.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

// Reads the channels' secrets from the keychain (or the environment), then calls `work`.
int withSecrets(const std::function<int(const QMap<TeamChannel::Kind, QByteArray> &)> &work,
                QTextStream &err)
{
    QMap<TeamChannel::Kind, QByteArray> secrets;
    int waiting = int(std::size(TeamChannel::allKinds));
    int code = ExitOk;
    for (TeamChannel::Kind kind : TeamChannel::allKinds) {
        auto *secret = new TeamChannelSecret(kind);
        secret->load([&, kind, secret](const QByteArray &value, const QString &problem) {
            secrets.insert(kind, value);
            if (!problem.isEmpty())
                err << problem << '\n';
            secret->deleteLater();
            if (--waiting == 0) {
                code = work(secrets);
                QCoreApplication::quit();
            }
        });
    }
    if (waiting > 0)
        QCoreApplication::exec();
    return code;
}

std::optional<TeamChannel::Kind> channelArgument(const QString &text, QTextStream &err)
{
    const auto kind = TeamChannel::fromText(text);
    if (!kind)
        err << ChannelsCommand::tr("\"%1\" is not a channel: discord, slack or telegram.")
                   .arg(TerminalText::safe(text))
            << '\n';
    return kind;
}

int status(bool json, const ServiceContext &services, QTextStream &out, QTextStream &err)
{
    ChannelService channels(services);
    const ChannelSettings settings = channels.settings();
    const auto summary = channels.summary(20);
    if (!summary) {
        err << summary.error() << '\n';
        return ExitFailed;
    }
    QJsonArray list;
    for (TeamChannel::Kind kind : TeamChannel::allKinds) {
        const auto channel = settings.channel(kind);
        QStringList events;
        for (Notification::Kind e : channel.events)
            events.append(Notification::toText(e));
        list.append(QJsonObject{{u"channel"_s, TeamChannel::toText(kind)},
                                {u"enabled"_s, channel.enabled},
                                {u"events"_s, QJsonArray::fromStringList(events)}});
        if (!json)
            out << TeamChannel::displayName(kind) << '\t'
                << (channel.enabled ? ChannelsCommand::tr("on") : ChannelsCommand::tr("off"))
                << '\t' << events.join(u", "_s) << '\n';
    }
    const auto &counts = summary->counts;
    QJsonObject outbox;
    for (auto state : {ChannelMessage::State::Pending, ChannelMessage::State::Retry,
                       ChannelMessage::State::Sent, ChannelMessage::State::Dead})
        outbox.insert(ChannelMessage::toText(state), counts.value(state));
    if (json) {
        QJsonArray latest;
        for (const ChannelMessage &m : summary->latest)
            latest.append(QJsonObject{{u"id"_s, m.id},
                                      {u"channel"_s, TeamChannel::toText(m.channel)},
                                      {u"kind"_s, m.kind},
                                      {u"title"_s, m.title},
                                      {u"state"_s, ChannelMessage::toText(m.state)},
                                      {u"attempts"_s, m.attempts},
                                      {u"error"_s, m.lastError}});
        out << QJsonDocument(QJsonObject{{u"channels"_s, list},
                                         {u"telegram_chat"_s, settings.telegramChatId},
                                         {u"outbox"_s, outbox},
                                         {u"latest"_s, latest}})
                   .toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    out << ChannelsCommand::tr("Outbox: %1 sent, %2 waiting, %3 failed.")
               .arg(counts.value(ChannelMessage::State::Sent))
               .arg(counts.value(ChannelMessage::State::Pending) +
                    counts.value(ChannelMessage::State::Retry))
               .arg(counts.value(ChannelMessage::State::Dead))
        << '\n';
    for (const ChannelMessage &m : summary->latest) {
        using T = TerminalText;
        out << m.id << '\t' << TeamChannel::toText(m.channel) << '\t'
            << ChannelMessage::toText(m.state) << '\t' << T::safe(m.title) << '\t'
            << T::safe(m.lastError) << '\n';
    }
    return ExitOk;
}

int set(TeamChannel::Kind kind, QCommandLineParser &parser, const ServiceContext &services,
        QTextStream &out, QTextStream &err)
{
    ChannelService channels(services);
    ChannelSettings settings = channels.settings();
    ChannelSettings::Channel channel = settings.channel(kind);
    if (parser.isSet(u"on"_s) && parser.isSet(u"off"_s)) {
        err << ChannelsCommand::tr("--on and --off cannot go together.") << '\n';
        return ExitUsage;
    }
    if (parser.isSet(u"on"_s) || parser.isSet(u"off"_s))
        channel.enabled = parser.isSet(u"on"_s);
    if (parser.isSet(u"events"_s)) {
        channel.events.clear();
        for (const QString &text : parser.value(u"events"_s).split(u',', Qt::SkipEmptyParts)) {
            const auto event = Notification::kindFromText(text.trimmed());
            if (!event) {
                QStringList known;
                for (Notification::Kind k : Notification::allKinds)
                    known.append(Notification::toText(k));
                err << ChannelsCommand::tr("\"%1\" is not an event; these are: %2.")
                           .arg(TerminalText::safe(text.trimmed()), known.join(u", "_s))
                    << '\n';
                return ExitUsage;
            }
            channel.events.append(*event);
        }
    }
    if (parser.isSet(u"chat"_s)) {
        if (kind != TeamChannel::Kind::Telegram) {
            err << ChannelsCommand::tr("--chat is for telegram.") << '\n';
            return ExitUsage;
        }
        const QString chat = parser.value(u"chat"_s).trimmed();
        if (const auto problem = ChannelSettings::checkChatId(chat)) {
            err << *problem << '\n';
            return ExitUsage;
        }
        settings.telegramChatId = chat;
    }
    settings.channels.insert(kind, channel);
    if (const Status saved = channels.save(settings); !saved) {
        err << saved.error() << '\n';
        return ExitFailed;
    }
    out << (channel.enabled ? ChannelsCommand::tr("%1 is on.") : ChannelsCommand::tr("%1 is off."))
               .arg(TeamChannel::displayName(kind))
        << '\n';
    return ExitOk;
}

int test(TeamChannel::Kind kind, const ServiceContext &services, QTextStream &out, QTextStream &err)
{
    const ChannelSettings settings = ChannelService(services).settings();
    return withSecrets(
        [&](const QMap<TeamChannel::Kind, QByteArray> &secrets) {
            ChannelPoster::Target target;
            target.kind = kind;
            target.secret = secrets.value(kind);
            target.telegramChatId = settings.telegramChatId;
            target.telegramApi = settings.telegramApi;
            const auto failure =
                ChannelPoster(target).post(ChannelsCommand::tr("PineDesk test message"),
                                           ChannelsCommand::tr("If your team reads this, PineDesk "
                                                               "can tell them about sales and "
                                                               "problems here."));
            if (failure) {
                err << failure->message << '\n';
                return int(ExitFailed);
            }
            out << ChannelsCommand::tr("%1 took the test message.")
                       .arg(TeamChannel::displayName(kind))
                << '\n';
            return int(ExitOk);
        },
        err);
}

int send(const ServiceContext &services, QTextStream &out, QTextStream &err)
{
    return withSecrets(
        [&](const QMap<TeamChannel::Kind, QByteArray> &secrets) {
            const auto ran = ChannelDrain(services.store, secrets).run(500);
            if (!ran) {
                err << ran.error() << '\n';
                return int(ExitFailed);
            }
            for (const QString &problem : ran->problems)
                err << problem << '\n';
            out << ChannelsCommand::tr("Sent %1, to retry later %2, failed %3.")
                       .arg(ran->sent)
                       .arg(ran->retried)
                       .arg(ran->dead)
                << '\n';
            return int(ran->problems.isEmpty() && ran->dead == 0 ? ExitOk : ExitFailed);
        },
        err);
}

} // namespace

bool ChannelsCommand::needsDatabase(const QStringList &arguments)
{
    return arguments.value(0) != u"secret"_s;
}

int ChannelsCommand::secret(const QStringList &arguments)
{
    QTextStream err(stderr);
    const auto kind = arguments.size() == 2 ? channelArgument(arguments.at(1), err) : std::nullopt;
    if (!kind) {
        err << tr("Usage: pinedesk channels secret discord|slack|telegram < FILE") << '\n';
        return ExitUsage;
    }
    const QString name = TeamChannel::displayName(*kind);
    const QString what = TeamChannel::secretName(*kind);
    TeamChannelSecret keychain(*kind);
    return SecretInput::store(keychain,
                              {tr("The %1 %2 is in the keychain.").arg(name, what),
                               tr("The %1 %2 was removed from the keychain.").arg(name, what)},
                              [kind](const QByteArray &value) {
                                  return TeamChannel::checkSecret(*kind, QString::fromUtf8(value));
                              });
}

int ChannelsCommand::run(const QStringList &arguments, Database &database)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Team channels (Discord, Slack, Telegram): status, set CHANNEL, secret CHANNEL (from "
           "standard input, into the keychain), test CHANNEL, send, retry."));
    parser.addHelpOption();
    parser.addOptions(
        {{u"json"_s, tr("status: print as JSON.")},
         {u"on"_s, tr("set: the channel hears its events.")},
         {u"off"_s, tr("set: the channel hears nothing.")},
         {u"events"_s, tr("set: what the channel hears, such as sale,dead_rows."), tr("KINDS")},
         {u"chat"_s, tr("set telegram: the chat the bot writes to."), tr("ID")}});
    parser.addPositionalArgument(u"status|set|secret|test|send|retry"_s, tr("What to do."));
    if (!parser.parse(QStringList{u"pinedesk channels"_s} + arguments)) {
        err << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return ExitOk;
    }
    SystemClock clock;
    const ServiceContext services{{database, clock, u"cli:"_s + qEnvironmentVariable("USER")},
                                  nullptr};
    const QStringList args = parser.positionalArguments();
    const QString verb = args.value(0, u"status"_s);
    if (verb == u"status"_s && args.size() <= 1)
        return status(parser.isSet(u"json"_s), services, out, err);
    if ((verb == u"set"_s || verb == u"test"_s) && args.size() == 2) {
        const auto kind = channelArgument(args.at(1), err);
        if (!kind)
            return ExitUsage;
        return verb == u"set"_s ? set(*kind, parser, services, out, err)
                                : test(*kind, services, out, err);
    }
    if (verb == u"send"_s && args.size() == 1)
        return send(services, out, err);
    if (verb == u"retry"_s && args.size() == 1) {
        const auto again = ChannelService(services).retryAll();
        if (!again) {
            err << again.error() << '\n';
            return ExitFailed;
        }
        out << tr("%n message(s) go again with the next 'pinedesk channels send' (or serve).",
                  nullptr, *again)
            << '\n';
        return ExitOk;
    }
    err << tr("Usage: pinedesk channels [status|set CHANNEL|secret CHANNEL|test CHANNEL|send|"
              "retry] (see --help).")
        << '\n';
    return ExitUsage;
}

} // namespace pinedesk
