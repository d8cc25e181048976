#include "MigrateCommand.h"

#include "ExitCode.h"
#include "store/DatabaseCopy.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

int MigrateCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Copy a PineDesk database file into an empty team database on PostgreSQL."));
    parser.addHelpOption();
    const QCommandLineOption from(u"from"_s, tr("The database file to copy."), tr("FILE"));
    const QCommandLineOption to(u"to"_s,
                                tr("The empty team database, e.g. "
                                   "postgresql://maria@db.example.com/pinedesk."),
                                tr("URL"));
    parser.addOptions({from, to});
    if (!parser.parse(QStringList{u"pinedesk migrate-to-postgresql"_s} + arguments)) {
        err << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return ExitOk;
    }
    if (!parser.isSet(from) || !parser.isSet(to)) {
        err << tr("Give both --from FILE and --to URL.") << '\n';
        return ExitUsage;
    }
    const QString file = parser.value(from);
    if (!QFileInfo(file).isFile()) {
        err << tr("There is no database file %1.").arg(file) << '\n';
        return ExitFailed;
    }
    const auto target = DatabaseTarget::parse(parser.value(to));
    if (!target) {
        err << target.error() << '\n';
        return ExitUsage;
    }
    if (!target->isPostgresql()) {
        err << tr("--to must be a postgresql:// address.") << '\n';
        return ExitUsage;
    }

    Database source(DatabaseTarget::sqliteFile(file));
    if (const Status s = source.open(); !s) {
        err << s.error() << '\n';
        return ExitFailed;
    }
    Database team(*target);
    if (const Status s = team.open(); !s) {
        err << s.error() << '\n';
        return ExitFailed;
    }
    // Ctrl+C ends the process: the server then rolls the open transaction back, so an
    // interrupted copy leaves the team database empty.
    const QLocale locale;
    QString shown;
    const auto copied = DatabaseCopy(source, team).run([&](const QString &table, qint64 rows) {
        if (table != shown || rows % 20000 < 2000) {
            err << tr("Copying %1: %2 rows").arg(table, locale.toString(rows)) << '\r';
            err.flush();
            shown = table;
        }
    });
    err << '\n';
    if (!copied) {
        err << copied.error() << '\n';
        return ExitFailed;
    }
    qint64 total = 0;
    for (const DatabaseCopy::Table &t : *copied) {
        out << tr("%1: %2 rows, checksum %3 on both sides")
                   .arg(t.name, locale.toString(t.rows), QString::fromLatin1(t.checksum.left(16)))
            << '\n';
        total += t.rows;
    }
    out << tr("Copied %1 rows into %2. Open it with: pinedesk --db %2")
               .arg(locale.toString(total), target->toString())
        << '\n';
    return ExitOk;
}

} // namespace pinedesk
