#include "MailCommand.h"

#include "CliPermission.h"
#include "ExitCode.h"
#include "OutboxSender.h"
#include "SecretInput.h"
#include "TerminalText.h"
#include "domain/SystemClock.h"
#include "mail/EmailTemplate.h"
#include "mail/OutgoingEmail.h"
#include "mail/SmtpPassword.h"
#include "mail/SmtpSettings.h"
#include "store/EmailOutboxStore.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QUuid>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

int server(QCommandLineParser &parser, const StoreContext &context, QTextStream &out,
           QTextStream &err)
{
    SmtpSettings s = SmtpSettings::load(context);
    if (parser.isSet(u"host"_s))
        s.host = parser.value(u"host"_s).trimmed();
    if (parser.isSet(u"port"_s))
        s.port = parser.value(u"port"_s).toInt();
    if (parser.isSet(u"security"_s)) {
        const QString v = parser.value(u"security"_s).toLower();
        if (v != u"starttls"_s && v != u"tls"_s && v != u"none"_s) {
            err << MailCommand::tr("--security is starttls, tls or none.") << '\n';
            return ExitUsage;
        }
        s.security = v == u"tls"_s    ? SmtpSettings::Security::Tls
                     : v == u"none"_s ? SmtpSettings::Security::None
                                      : SmtpSettings::Security::StartTls;
    }
    if (parser.isSet(u"user"_s))
        s.username = parser.value(u"user"_s).trimmed();
    if (parser.isSet(u"from"_s))
        s.fromAddress = parser.value(u"from"_s).trimmed();
    if (parser.isSet(u"from-name"_s))
        s.fromName = parser.value(u"from-name"_s).trimmed();
    if (parser.isSet(u"per-minute"_s))
        s.perMinute = parser.value(u"per-minute"_s).toInt();
    if (const Status saved = s.save(context); !saved) {
        err << saved.error() << '\n';
        return ExitFailed;
    }
    out << MailCommand::tr("E-mail goes through %1:%2 (%3) from %4.")
               .arg(s.host)
               .arg(s.port)
               .arg(SmtpSettings::toText(s.security), s.fromAddress)
        << '\n';
    return ExitOk;
}

int test(const QString &address, const StoreContext &context, QTextStream &out, QTextStream &err)
{
    const SmtpSettings settings = SmtpSettings::load(context);
    if (!address.contains(u'@') || address.contains(u' ') || address.contains(u'\n')) {
        err << MailCommand::tr("\"%1\" is not an e-mail address.").arg(address) << '\n';
        return ExitUsage;
    }
    const EmailTemplate t = EmailTemplate::defaultFor(EmailTemplate::Kind::Test, u"en"_s);
    OutgoingEmail email;
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    email.dedupKey = u"test:"_s + id;
    email.kind = EmailTemplate::toText(EmailTemplate::Kind::Test);
    email.to = address;
    email.subject = t.subject;
    email.body = t.body;
    email.messageId = u"<%1@%2>"_s.arg(id, settings.domain());
    const auto queued = EmailOutboxStore(context).enqueue(email);
    if (!queued) {
        err << queued.error() << '\n';
        return ExitFailed;
    }
    const auto sent = OutboxSender::sendDue(context);
    if (!sent) {
        err << sent.error() << '\n';
        return ExitFailed;
    }
    if (!sent->stoppedBecause.isEmpty()) {
        err << sent->stoppedBecause << '\n';
        return ExitFailed;
    }
    out << MailCommand::tr("%n e-mail(s) sent.", nullptr, sent->sent) << '\n';
    return sent->dead > 0 ? ExitFailed : ExitOk;
}

int outbox(bool json, const StoreContext &context, QTextStream &out, QTextStream &err)
{
    const auto list = EmailOutboxStore(context).latest(500);
    if (!list) {
        err << list.error() << '\n';
        return ExitFailed;
    }
    QJsonArray rows;
    for (const OutgoingEmail &e : *list) {
        if (json) {
            rows.append(QJsonObject{{u"id"_s, e.id},
                                    {u"kind"_s, e.kind},
                                    {u"to"_s, e.to},
                                    {u"subject"_s, e.subject},
                                    {u"state"_s, OutgoingEmail::toText(e.state)},
                                    {u"attempts"_s, e.attempts},
                                    {u"error"_s, e.lastError},
                                    {u"created_at"_s, e.createdAt.toString(Qt::ISODate)}});
            continue;
        }
        using T = TerminalText;
        out << e.id << '\t' << e.createdAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) << '\t'
            << OutgoingEmail::toText(e.state) << '\t' << T::safe(e.to) << '\t' << T::safe(e.subject)
            << '\t' << T::safe(e.lastError) << '\n';
    }
    if (json)
        out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
    return ExitOk;
}

} // namespace

bool MailCommand::needsDatabase(const QStringList &arguments)
{
    return arguments.value(0) != u"password"_s;
}

int MailCommand::password()
{
    SmtpPassword keychain;
    return SecretInput::store(keychain,
                              {tr("The mail server's password is in the keychain."),
                               tr("The mail server's password was removed from the keychain.")});
}

int MailCommand::run(const QStringList &arguments, Database &database)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("E-mail to clients: server (the mail server), password (from standard input, into "
           "the keychain), test ADDRESS, outbox, retry ID."));
    parser.addHelpOption();
    const QList<QCommandLineOption> options{
        {u"host"_s, tr("server: the mail server, such as smtp.example.com."), tr("HOST")},
        {u"port"_s, tr("server: the port (587 for STARTTLS, 465 for TLS)."), tr("PORT")},
        {u"security"_s, tr("server: starttls, tls or none (a local relay only)."), tr("MODE")},
        {u"user"_s, tr("server: the user name to log in with."), tr("USER")},
        {u"from"_s, tr("server: the sender address."), tr("ADDRESS")},
        {u"from-name"_s, tr("server: the sender name."), tr("NAME")},
        {u"per-minute"_s, tr("server: at most this many e-mails a minute."), tr("N")},
        {u"json"_s, tr("outbox: print as JSON.")}};
    parser.addOptions(options);
    parser.addPositionalArgument(u"server|password|test|outbox|retry"_s, tr("What to do."));
    if (!parser.parse(QStringList{u"pinedesk mail"_s} + arguments)) {
        err << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return ExitOk;
    }
    SystemClock clock;
    const StoreContext context{database, clock, u"cli:"_s + qEnvironmentVariable("USER")};
    const QStringList args = parser.positionalArguments();
    const QString verb = args.value(0);
    if (verb == u"server"_s && args.size() == 1) {
        if (!cliAllows(database, Permission::ChangeSettings, err))
            return ExitFailed;
        return server(parser, context, out, err);
    }
    if (verb == u"test"_s && args.size() == 2) {
        if (!cliAllows(database, Permission::ManageQueue, err))
            return ExitFailed;
        return test(args.at(1).trimmed(), context, out, err);
    }
    if (verb == u"outbox"_s && args.size() == 1)
        return outbox(parser.isSet(u"json"_s), context, out, err);
    if (verb == u"retry"_s && args.size() == 2) {
        bool ok = false;
        const qint64 id = args.at(1).toLongLong(&ok);
        if (ok) {
            if (!cliAllows(database, Permission::ManageQueue, err))
                return ExitFailed;
            if (const Status s = EmailOutboxStore(context).retryNow(id); !s) {
                err << s.error() << '\n';
                return ExitFailed;
            }
            out << tr("E-mail %1 goes again with the next 'pinedesk remind' (or serve).").arg(id)
                << '\n';
            return ExitOk;
        }
    }
    err << tr("Usage: pinedesk mail server|password|test ADDRESS|outbox|retry ID (see --help).")
        << '\n';
    return ExitUsage;
}

} // namespace pinedesk
