#include "ApiKeyCommand.h"

#include "CliPermission.h"
#include "ExitCode.h"
#include "domain/SystemClock.h"
#include "store/ApiKeyStore.h"

#include <QCommandLineParser>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

int ApiKeyCommand::run(const QStringList &arguments, Database &database)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Keys for the REST API: create --name NAME, list, "
                                        "revoke NAME."));
    parser.addHelpOption();
    const QCommandLineOption name(u"name"_s, tr("What the key is for, e.g. \"my website\"."),
                                  tr("NAME"));
    parser.addOption(name);
    parser.addPositionalArgument(u"create|list|revoke"_s, tr("What to do."));
    if (!parser.parse(QStringList{u"pinedesk api-key"_s} + arguments)) {
        err << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return ExitOk;
    }
    SystemClock clock;
    ApiKeyStore keys({database, clock, u"cli:"_s + qEnvironmentVariable("USER")});
    const QStringList args = parser.positionalArguments();
    const QString verb = args.value(0);
    const bool writes = verb == u"create"_s || verb == u"revoke"_s;
    if (writes && !cliAllows(database, Permission::ChangeSettings, err))
        return ExitFailed;
    if (verb == u"create"_s && args.size() == 1 && parser.isSet(name)) {
        const auto created = keys.create(parser.value(name));
        if (!created) {
            err << created.error() << '\n';
            return ExitFailed;
        }
        err << tr("Key %1 created. It is shown only now: keep it somewhere safe.")
                   .arg(parser.value(name).trimmed())
            << '\n'
            << Qt::flush;
        out << created->key << '\n';
        return ExitOk;
    }
    if (verb == u"revoke"_s && args.size() == 2) {
        if (const Status s = keys.revoke(args.at(1)); !s) {
            err << s.error() << '\n';
            return ExitFailed;
        }
        out << tr("Key %1 revoked.").arg(args.at(1)) << '\n';
        return ExitOk;
    }
    if (verb == u"list"_s && args.size() == 1) {
        const auto list = keys.list();
        if (!list) {
            err << list.error() << '\n';
            return ExitFailed;
        }
        for (const ApiKeyStore::Key &k : *list) {
            out << k.name << '\t' << k.prefix << u"…"_s << '\t'
                << k.createdAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) << '\t'
                << (k.revokedAt.isValid() ? tr("revoked")
                    : k.lastUsedAt.isValid()
                        ? tr("last used %1")
                              .arg(k.lastUsedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s))
                        : tr("never used"))
                << '\n';
        }
        return ExitOk;
    }
    err << tr("Usage: pinedesk api-key create --name NAME | list | revoke NAME") << '\n';
    return ExitUsage;
}

} // namespace pinedesk
