#include "SessionCommand.h"

#include "CliSession.h"
#include "ExitCode.h"

#include <QFile>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

int SessionCommand::run(const QStringList &arguments, const QUrl &baseUrl)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString action = arguments.value(0);
    if (arguments.size() != 1 ||
        (action != u"set"_s && action != u"check"_s && action != u"clear"_s)) {
        err << tr("Usage: pinedesk session set | check | clear\n"
                  "  set    read the cookie from standard input and keep it in the keychain\n"
                  "  check  test the stored session against TradingView\n"
                  "  clear  remove the session from the keychain")
            << '\n';
        return ExitUsage;
    }
    CliSession session(baseUrl);
    if (action == u"set"_s) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return ExitFailed;
        const auto parsed = TvSession::parse(QString::fromUtf8(in.readAll()));
        if (!parsed) {
            err << parsed.error() << '\n';
            return ExitUsage;
        }
        session.vault().store(*parsed, [&](const Status &s) {
            if (!s) {
                err << s.error() << '\n';
                session.finish(ExitFailed);
                return;
            }
            out << tr("The TradingView session (%1) is in the keychain.").arg(parsed->masked())
                << '\n';
            if (SessionVault::environmentOverride())
                err << tr("Note: PINEDESK_TV_SESSION is set and takes precedence over the "
                          "keychain.")
                    << '\n';
            session.finish(ExitOk);
        });
    } else if (action == u"clear"_s) {
        session.vault().clear([&](const Status &s) {
            if (!s) {
                err << s.error() << '\n';
                session.finish(ExitFailed);
                return;
            }
            out << tr("The TradingView session was removed from the keychain.") << '\n';
            session.finish(ExitOk);
        });
    } else {
        session.start(true, [&](bool ready) {
            if (!ready) {
                session.finish(ExitSessionExpired);
                return;
            }
            session.client().checkSession([&](const TvResult<TvAccount> &r) {
                if (!r) {
                    err << r.error().message() << '\n';
                    session.finish(exitCodeFor(r.error()));
                    return;
                }
                out << tr("The session is valid; account: %1").arg(r->username) << '\n';
                session.finish(ExitOk);
            });
        });
    }
    return QCoreApplication::exec();
}

} // namespace pinedesk
