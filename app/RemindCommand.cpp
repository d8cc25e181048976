#include "RemindCommand.h"

#include "CliPermission.h"
#include "ExitCode.h"
#include "OutboxSender.h"
#include "TerminalText.h"
#include "domain/SystemClock.h"
#include "mail/SmtpSettings.h"
#include "reminders/AccessNotices.h"
#include "reminders/ExpiryAlerts.h"
#include "reminders/ReminderSettings.h"

#include <QCommandLineParser>
#include <QLocale>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

int configure(QCommandLineParser &parser, const StoreContext &context, QTextStream &out,
              QTextStream &err)
{
    ReminderSettings s = ReminderSettings::load(context);
    if (parser.isSet(u"days"_s)) {
        const auto days = ReminderSettings::parseThresholds(parser.value(u"days"_s));
        if (!days) {
            err << days.error() << '\n';
            return ExitUsage;
        }
        s.thresholdDays = *days;
    }
    if (parser.isSet(u"email-clients"_s)) {
        const QString v = parser.value(u"email-clients"_s).toLower();
        if (v != u"yes"_s && v != u"no"_s) {
            err << RemindCommand::tr("--email-clients is yes or no.") << '\n';
            return ExitUsage;
        }
        s.emailClients = v == u"yes"_s;
    }
    if (parser.isSet(u"language"_s)) {
        const QString v = parser.value(u"language"_s).toLower();
        if (v != u"en"_s && v != u"es"_s) {
            err << RemindCommand::tr("--language is en or es.") << '\n';
            return ExitUsage;
        }
        s.defaultLanguage = v;
    }
    if (parser.isSet(u"vendor"_s))
        s.vendorName = parser.value(u"vendor"_s);
    if (parser.isSet(u"renewal-url"_s))
        s.defaultRenewalUrl = parser.value(u"renewal-url"_s);
    if (const Status saved = s.save(context); !saved) {
        err << saved.error() << '\n';
        return ExitFailed;
    }
    QStringList days;
    for (int d : s.thresholdDays)
        days.append(QString::number(d));
    out << RemindCommand::tr("Reminders %1 day(s) before access ends; clients are %2.")
               .arg(days.join(u", "_s), s.emailClients ? RemindCommand::tr("e-mailed")
                                                       : RemindCommand::tr("not e-mailed"))
        << '\n';
    return ExitOk;
}

} // namespace

int RemindCommand::run(const QStringList &arguments, Database &database)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Announce the accesses about to end: a notification for you and, when you e-mail "
           "clients, one e-mail to each client, once per reminder day; then send the e-mail "
           "outbox. Run it daily (cron); 'pinedesk serve' does it by itself. 'remind configure' "
           "sets the reminder days and the e-mails."));
    parser.addHelpOption();
    const QCommandLineOption dryRun(u"dry-run"_s,
                                    tr("Print what would be announced today; change nothing."));
    const QCommandLineOption days(u"days"_s, tr("configure: reminder days, such as 7,1."),
                                  tr("LIST"));
    const QCommandLineOption email(u"email-clients"_s,
                                   tr("configure: e-mail the clients: yes or no."), tr("YES|NO"));
    const QCommandLineOption language(u"language"_s,
                                      tr("configure: the language of clients who have none: "
                                         "en or es."),
                                      tr("LANG"));
    const QCommandLineOption vendor(u"vendor"_s, tr("configure: the name that signs the e-mails."),
                                    tr("NAME"));
    const QCommandLineOption renewal(u"renewal-url"_s,
                                     tr("configure: the renewal link for plans without their "
                                        "own."),
                                     tr("URL"));
    parser.addOptions({dryRun, days, email, language, vendor, renewal});
    if (!parser.parse(QStringList{u"pinedesk remind"_s} + arguments)) {
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
    if (args.value(0) == u"configure"_s && args.size() == 1) {
        if (!cliAllows(database, Permission::ChangeSettings, err))
            return ExitFailed;
        return configure(parser, context, out, err);
    }
    if (!args.isEmpty()) {
        err << tr("Usage: pinedesk remind [--dry-run] | remind configure [--days LIST] "
                  "[--email-clients yes|no] [--language en|es] [--vendor NAME] [--renewal-url URL]")
            << '\n';
        return ExitUsage;
    }

    if (!parser.isSet(dryRun) && !cliAllows(database, Permission::ManageQueue, err))
        return ExitFailed;
    const auto result = ExpiryAlerts(context).run(parser.isSet(dryRun));
    if (!result) {
        err << result.error() << '\n';
        return ExitFailed;
    }
    for (const ExpiryAlerts::Alert &a : result->alerts) {
        out << TerminalText::safe(a.access.tvUsername.isEmpty() ? a.access.email
                                                                : a.access.tvUsername)
            << '\t'
            << TerminalText::safe(a.access.planName.isEmpty() ? a.access.indicatorName
                                                              : a.access.planName)
            << '\t' << QLocale().toString(a.access.expiresAt.toLocalTime(), QLocale::ShortFormat)
            << '\t' << tr("%n day(s) reminder", nullptr, a.thresholdDays) << '\n';
    }
    out << (parser.isSet(dryRun) ? tr("Dry run, nothing was changed. Today would announce:")
                                 : tr("Announced:"))
        << '\n'
        << "  " << tr("%n access(es) about to end", nullptr, int(result->alerts.size())) << '\n'
        << "  " << tr("%n e-mail(s) to clients queued", nullptr, result->emailsQueued) << '\n';
    if (result->withoutEmail > 0)
        out << "  "
            << tr("%n client(s) not e-mailed (no address, or they opted out)", nullptr,
                  result->withoutEmail)
            << '\n';
    if (parser.isSet(dryRun))
        return ExitOk;
    const auto notices = AccessNotices(context).run();
    if (!notices) {
        err << notices.error() << '\n';
        return ExitFailed;
    }
    if (notices->granted + notices->welcomed + notices->ended > 0)
        out << "  "
            << tr("%n e-mail(s) about access now live or ended queued", nullptr,
                  notices->granted + notices->welcomed + notices->ended)
            << '\n';

    if (!SmtpSettings::load(context).isSet())
        return ExitOk; // nothing to send with; the e-mails wait in the outbox
    const auto sent = OutboxSender::sendDue(context);
    if (!sent) {
        err << sent.error() << '\n';
        return ExitFailed;
    }
    out << "  " << tr("%n e-mail(s) sent", nullptr, sent->sent) << '\n';
    if (sent->retried > 0)
        out << "  " << tr("%n e-mail(s) will be tried again later", nullptr, sent->retried) << '\n';
    if (sent->dead > 0)
        out << "  "
            << tr("%n e-mail(s) could not be delivered (see 'pinedesk mail outbox')", nullptr,
                  sent->dead)
            << '\n';
    if (!sent->stoppedBecause.isEmpty())
        err << sent->stoppedBecause << '\n';
    return sent->dead > 0 || !sent->stoppedBecause.isEmpty() ? ExitFailed : ExitOk;
}

} // namespace pinedesk
