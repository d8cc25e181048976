#include "TvCommand.h"

#include "CliSession.h"
#include "ExitCode.h"
#include "domain/PineIdValidator.h"
#include "domain/UsernameValidator.h"
#include "tradingview/TvDateTime.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

QString expirationText(const Expiration &e)
{
    return e.isLifetime() ? QCoreApplication::translate("TvCommand", "lifetime")
                          : TvDateTime::toRequest(e.until());
}

// A date alone means the end of that day (UTC), as everywhere in PineDesk.
std::optional<Expiration> readExpiration(const QString &text)
{
    static const QRegularExpression dateOnly(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    if (dateOnly.match(text.trimmed()).hasMatch()) {
        const QDate day = QDate::fromString(text.trimmed(), Qt::ISODate);
        return day.isValid() ? std::optional<Expiration>(Expiration::endOfDay(day)) : std::nullopt;
    }
    const auto when = TvDateTime::parse(text);
    return when ? std::optional<Expiration>(Expiration::at(*when)) : std::nullopt;
}

} // namespace

int TvCommand::run(const QStringList &arguments, const QUrl &baseUrl)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("One TradingView access call by hand."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"action"_s,
                                 tr("check | validate USER | list PINE | add PINE USER | modify "
                                    "PINE USER | remove PINE USER | scripts"));
    const QCommandLineOption json(u"json"_s, tr("Print the list as JSON."));
    const QCommandLineOption expiration(u"expiration"_s,
                                        tr("Expiration: a date (end of that day, UTC) or an "
                                           "ISO 8601 time."),
                                        tr("ISO"));
    const QCommandLineOption lifetime(u"lifetime"_s, tr("Make the access lifetime."));
    parser.addOptions({json, expiration, lifetime});
    if (!parser.parse(QStringList{u"pinedesk tv"_s} + arguments)) {
        err << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return ExitOk;
    }
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    static const QMap<QString, int> arity = {{u"check"_s, 1},  {u"validate"_s, 2}, {u"list"_s, 2},
                                             {u"add"_s, 3},    {u"modify"_s, 3},   {u"remove"_s, 3},
                                             {u"scripts"_s, 1}};
    if (!arity.contains(action) || args.size() != arity.value(action)) {
        err << tr("Usage: pinedesk tv check | validate USER | list PINE [--json] | add PINE USER "
                  "[--expiration ISO] | modify PINE USER (--expiration ISO | --lifetime) | remove "
                  "PINE USER | scripts")
            << '\n';
        return ExitUsage;
    }
    QString pineId;
    QString username;
    if (action == u"validate"_s) {
        const auto name = UsernameValidator::validate(args[1]);
        if (!name) {
            err << name.error() << '\n';
            return ExitUsage;
        }
        username = *name;
    }
    if (arity.value(action) == 3 || action == u"list"_s) {
        const auto id = PineIdValidator::validate(args[1]);
        if (!id) {
            err << id.error() << '\n';
            return ExitUsage;
        }
        pineId = *id;
        if (args.size() == 3) {
            const auto name = UsernameValidator::validate(args[2]);
            if (!name) {
                err << name.error() << '\n';
                return ExitUsage;
            }
            username = *name;
        }
    }
    Expiration until = Expiration::lifetime();
    if (parser.isSet(expiration)) {
        const auto parsed = readExpiration(parser.value(expiration));
        if (!parsed) {
            err << tr("--expiration takes a date such as 2030-01-31 or a time such as "
                      "2030-01-31T23:59:59Z.")
                << '\n';
            return ExitUsage;
        }
        until = *parsed;
    }
    if (action == u"modify"_s && parser.isSet(expiration) == parser.isSet(lifetime)) {
        err << tr("modify needs either --expiration or --lifetime.") << '\n';
        return ExitUsage;
    }

    CliSession session(baseUrl);
    auto fail = [&session, &err](const TvError &e) {
        err << e.message() << '\n';
        session.finish(exitCodeFor(e));
    };
    session.start(action != u"validate"_s, [&](bool ready) {
        if (!ready) {
            session.finish(ExitSessionExpired);
            return;
        }
        TradingViewClient &tv = session.client();
        if (action == u"check"_s) {
            tv.checkSession([&](const TvResult<TvAccount> &r) {
                if (!r)
                    return fail(r.error());
                out << tr("The session is valid; account: %1").arg(r->username) << '\n';
                session.finish(ExitOk);
            });
        } else if (action == u"validate"_s) {
            tv.validateUsername(username, [&](const TvResult<std::optional<QString>> &r) {
                if (!r)
                    return fail(r.error());
                if (!r.value()) {
                    err << tr("TradingView has no user named \"%1\".").arg(username) << '\n';
                    session.finish(ExitFailed);
                    return;
                }
                out << tr("\"%1\" exists on TradingView as %2").arg(username, *r.value()) << '\n';
                session.finish(ExitOk);
            });
        } else if (action == u"list"_s) {
            tv.listUsers(pineId, QString(), [&](const TvResult<QList<TvGrant>> &r) {
                if (!r)
                    return fail(r.error());
                if (parser.isSet(json)) {
                    QJsonArray list;
                    for (const TvGrant &g : *r) {
                        list.append(QJsonObject{
                            {u"username"_s, g.username},
                            {u"expiration"_s,
                             g.expiration.isLifetime()
                                 ? QJsonValue(QJsonValue::Null)
                                 : QJsonValue(TvDateTime::toRequest(g.expiration.until()))},
                            {u"created"_s, TvDateTime::toRequest(g.created)}});
                    }
                    out << QJsonDocument(list).toJson(QJsonDocument::Indented);
                } else {
                    for (const TvGrant &g : *r)
                        out << g.username << '\t' << expirationText(g.expiration) << '\n';
                    err << tr("%n user(s) have access.", nullptr, int(r->size())) << '\n';
                }
                session.finish(ExitOk);
            });
        } else if (action == u"add"_s) {
            tv.addAccess(pineId, username, until,
                         [&](const TvResult<TradingViewClient::AddOutcome> &r) {
                             if (!r)
                                 return fail(r.error());
                             if (*r == TradingViewClient::AddOutcome::Exists)
                                 out << tr("%1 already has access; nothing was changed (use modify "
                                           "to change "
                                           "the expiration).")
                                            .arg(username)
                                     << '\n';
                             else
                                 out << tr("Granted %1 access until %2.")
                                            .arg(username, expirationText(until))
                                     << '\n';
                             session.finish(ExitOk);
                         });
        } else if (action == u"modify"_s) {
            tv.modifyExpiration(pineId, username, until, [&](const TvResult<bool> &r) {
                if (!r)
                    return fail(r.error());
                out << tr("%1 now has access until %2.").arg(username, expirationText(until))
                    << '\n';
                session.finish(ExitOk);
            });
        } else if (action == u"remove"_s) {
            tv.removeAccess(pineId, username,
                            [&](const TvResult<TradingViewClient::RemoveOutcome> &r) {
                                if (!r)
                                    return fail(r.error());
                                out << (*r == TradingViewClient::RemoveOutcome::Removed
                                            ? tr("Removed %1's access.").arg(username)
                                            : tr("%1 had no access.").arg(username))
                                    << '\n';
                                session.finish(ExitOk);
                            });
        } else {
            tv.listScripts([&](const TvResult<QList<TvScript>> &r) {
                if (!r)
                    return fail(r.error());
                for (const TvScript &s : *r)
                    out << s.pineId << '\t' << s.name << '\n';
                session.finish(ExitOk);
            });
        }
    });
    return QCoreApplication::exec();
}

} // namespace pinedesk
