#include "WebhooksCommand.h"

#include "CliPermission.h"
#include "ExitCode.h"
#include "TerminalText.h"
#include "automation/ProviderRegistry.h"
#include "automation/WebhookSecrets.h"
#include "domain/SystemClock.h"
#include "store/SettingsStore.h"
#include "store/WebhookEventStore.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

bool WebhooksCommand::needsDatabase(const QStringList &arguments)
{
    return arguments.value(0) != u"secret"_s;
}

int WebhooksCommand::secret(const QStringList &arguments)
{
    QTextStream err(stderr);
    const ProviderRegistry registry;
    const QString provider = arguments.value(1).toLower();
    if (arguments.size() != 2 || !registry.find(provider)) {
        err << tr("Usage: pinedesk webhooks secret PROVIDER < secret.txt (PROVIDER: %1).")
                   .arg(registry.names().join(u", "_s))
            << '\n';
        return ExitUsage;
    }
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        err << tr("Standard input cannot be read.") << '\n';
        return ExitFailed;
    }
    const QByteArray value = in.readAll().trimmed();
    if (value.isEmpty()) {
        err << tr("No secret on standard input; nothing was changed.") << '\n';
        return ExitUsage;
    }
    WebhookSecrets secrets;
    int code = ExitOk;
    secrets.store(provider, value, [&](const Status &s) {
        if (!s) {
            err << s.error() << '\n';
            code = ExitFailed;
        } else {
            err << tr("The %1 secret is in the keychain; restart 'pinedesk serve' to use it.")
                       .arg(registry.find(provider)->displayName())
                << '\n';
        }
        QCoreApplication::quit();
    });
    QCoreApplication::exec();
    return code;
}

int WebhooksCommand::run(const QStringList &arguments, Database &database)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("The payment webhooks: secret PROVIDER, inbox, retry ID."));
    parser.addHelpOption();
    const QCommandLineOption json(u"json"_s, tr("Print as JSON."));
    const QCommandLineOption state(u"state"_s,
                                   tr("Only events in this state (pending, applied, ignored, "
                                      "needs_attention, duplicate, refused)."),
                                   tr("STATE"));
    const QCommandLineOption username(u"username"_s, tr("The TradingView username to use instead."),
                                      tr("NAME"));
    parser.addOptions({json, state, username});
    parser.addPositionalArgument(u"secret|inbox|retry|account|username-field"_s,
                                 tr("What to do: secret PROVIDER, inbox, retry ID, account "
                                    "PROVIDER ID (Gumroad's seller id), username-field PROVIDER "
                                    "TEXT (the checkout field holding the TradingView "
                                    "username)."));
    if (!parser.parse(QStringList{u"pinedesk webhooks"_s} + arguments)) {
        err << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return ExitOk;
    }
    SystemClock clock;
    WebhookEventStore inbox({database, clock, u"cli:"_s + qEnvironmentVariable("USER")});
    const QStringList args = parser.positionalArguments();
    if (args.value(0) == u"retry"_s) {
        if (!cliAllows(database, Permission::EditPayments, err))
            return ExitFailed;
        bool ok = false;
        const qint64 id = args.value(1).toLongLong(&ok);
        if (!ok || args.size() != 2) {
            err << tr("Usage: pinedesk webhooks retry ID [--username NAME].") << '\n';
            return ExitUsage;
        }
        const std::optional<QString> fix =
            parser.isSet(username) ? std::optional(parser.value(username)) : std::nullopt;
        if (const Status s = inbox.reopen(id, fix); !s) {
            err << s.error() << '\n';
            return ExitFailed;
        }
        out << tr("Event %1 waits to be applied; 'pinedesk serve' applies it.").arg(id) << '\n';
        return ExitOk;
    }
    if (args.value(0) == u"account"_s || args.value(0) == u"username-field"_s) {
        const ProviderRegistry registry;
        const QString provider = args.value(1).toLower();
        if (args.size() != 3 || !registry.find(provider)) {
            err << tr("Usage: pinedesk webhooks %1 PROVIDER VALUE.").arg(args.value(0)) << '\n';
            return ExitUsage;
        }
        if (!cliAllows(database, Permission::ChangeSettings, err))
            return ExitFailed;
        const QString key = args.value(0) == u"account"_s ? u"webhooks.%1.account"_s
                                                          : u"webhooks.%1.username_field"_s;
        SettingsStore settings({database, clock, u"cli:"_s + qEnvironmentVariable("USER")});
        if (const Status s = settings.setValue(key.arg(provider), args.value(2).trimmed()); !s) {
            err << s.error() << '\n';
            return ExitFailed;
        }
        out << tr("Saved; restart 'pinedesk serve' to use it.") << '\n';
        return ExitOk;
    }
    if (args.value(0) != u"inbox"_s) {
        err << tr("Usage: pinedesk webhooks secret|inbox|retry|account|username-field (see "
                  "--help).")
            << '\n';
        return ExitUsage;
    }
    std::optional<WebhookEventState> only;
    if (parser.isSet(state)) {
        only = webhookEventStateFromText(parser.value(state));
        if (!only) {
            err << tr("Unknown state %1.").arg(parser.value(state)) << '\n';
            return ExitUsage;
        }
    }
    const auto events = inbox.list(500, only);
    if (!events) {
        err << events.error() << '\n';
        return ExitFailed;
    }
    QJsonArray rows;
    for (const WebhookEvent &e : *events) {
        if (parser.isSet(json)) {
            rows.append(QJsonObject{{u"id"_s, e.id},
                                    {u"provider"_s, e.provider},
                                    {u"type"_s, e.eventType},
                                    {u"received_at"_s, e.receivedAt.toString(Qt::ISODate)},
                                    {u"state"_s, toText(e.state)},
                                    {u"http_status"_s, e.httpStatus},
                                    {u"username"_s, e.tvUsername},
                                    {u"reason"_s, e.reason}});
            continue;
        }
        using T = TerminalText; // what a delivery carries is printed, never obeyed
        out << e.id << '\t' << e.receivedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) << '\t'
            << T::safe(e.provider) << '\t' << T::safe(e.eventType) << '\t'
            << WebhookEventStateNames::displayName(e.state) << '\t' << T::safe(e.tvUsername) << '\t'
            << T::safe(e.reason) << '\n';
    }
    if (parser.isSet(json))
        out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
    return ExitOk;
}

} // namespace pinedesk
