#include "GlobalOptions.h"

#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

QStringList GlobalOptions::headlessCommands()
{
    return {u"demo-data"_s,  u"sandbox"_s,
            u"tv"_s,         u"session"_s,
            u"grant"_s,      u"extend"_s,
            u"revoke"_s,     u"sync"_s,
            u"queue"_s,      u"reconcile"_s,
            u"import"_s,     u"backup"_s,
            u"backups"_s,    u"restore"_s,
            u"serve"_s,      u"webhooks"_s,
            u"indicators"_s, u"plans"_s,
            u"products"_s,   u"api-key"_s,
            u"team"_s,       u"remind"_s,
            u"mail"_s,       u"channels"_s,
            u"report"_s,     u"migrate-to-postgresql"_s};
}

GlobalOptions GlobalOptions::parse(const QStringList &arguments)
{
    GlobalOptions o;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (!o.subcommand.isEmpty()) {
            o.subcommandArgs.append(arg);
            continue;
        }
        if (arg == u"--db"_s) {
            if (i + 1 >= arguments.size()) {
                o.error = QCoreApplication::translate(
                    "GlobalOptions", "--db needs a file path or a postgresql:// address.");
                return o;
            }
            o.databasePath = arguments[++i];
        } else if (arg.startsWith(u"--db="_s)) {
            o.databasePath = arg.mid(5);
        } else if (arg == u"--base-url"_s || arg.startsWith(u"--base-url="_s)) {
            if (arg == u"--base-url"_s && i + 1 >= arguments.size()) {
                o.error = QCoreApplication::translate("GlobalOptions", "--base-url needs a URL.");
                return o;
            }
            o.baseUrl = arg == u"--base-url"_s ? arguments[++i] : arg.mid(11);
            const QUrl url(o.baseUrl, QUrl::StrictMode);
            if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s) ||
                url.host().isEmpty()) {
                o.error =
                    QCoreApplication::translate(
                        "GlobalOptions", "\"%1\" is not a web address; use something like "
                                         "http://127.0.0.1:8080 or https://www.tradingview.com.")
                        .arg(o.baseUrl);
                return o;
            }
        } else if (arg == u"--sandbox"_s) {
            o.sandbox = true;
        } else if (arg == u"--real"_s) {
            o.real = true;
        } else if (arg == u"--help"_s || arg == u"-h"_s) {
            o.help = true;
        } else if (arg == u"--version"_s || arg == u"-v"_s) {
            o.version = true;
        } else if (!arg.startsWith(u'-')) {
            o.subcommand = arg;
            if (!headlessCommands().contains(arg)) {
                o.error = QCoreApplication::translate("GlobalOptions", "Unknown command \"%1\".")
                              .arg(arg);
                return o;
            }
        } else if (arg == u"-platform"_s || arg == u"-style"_s || arg == u"-qwindowgeometry"_s) {
            ++i; // Qt's own GUI options with a value; QApplication reads them.
        } else if (arg.startsWith(u"-"_s) && !arg.startsWith(u"--"_s)) {
            // other single-dash Qt options (e.g. -reverse) are left to QApplication
        } else {
            o.error =
                QCoreApplication::translate("GlobalOptions", "Unknown option \"%1\".").arg(arg);
            return o;
        }
    }
    return o;
}

} // namespace pinedesk
