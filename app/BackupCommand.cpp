#include "BackupCommand.h"

#include "ExitCode.h"
#include "backup/BackupCatalog.h"
#include "backup/BackupRestore.h"
#include "backup/BackupVerifier.h"
#include "backup/BackupWriter.h"
#include "domain/SystemClock.h"
#include "settings/AppSettings.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

// Parses `arguments` for `command`; returns an exit code when the command ends here (help or a
// wrong command line).
std::optional<int> parse(QCommandLineParser &parser, const QString &command,
                         const QStringList &arguments)
{
    parser.addHelpOption();
    if (!parser.parse(QStringList{u"pinedesk "_s + command} + arguments)) {
        QTextStream(stderr) << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    return std::nullopt;
}

QString describe(const BackupFile &b)
{
    const QLocale locale;
    QString text =
        u"%1  %2  %3"_s.arg(locale.toString(b.takenAt.toLocalTime(), QLocale::ShortFormat),
                            b.reason.leftJustified(12), locale.formattedDataSize(b.size));
    if (b.clients >= 0) {
        text += u"  "_s + BackupCommand::tr("%Ln client(s)", nullptr, int(b.clients)) + u", "_s +
                BackupCommand::tr("%Ln access(es)", nullptr, int(b.accesses));
    }
    return text + u"\n    "_s + b.path;
}

} // namespace

int BackupCommand::backup(const QStringList &arguments, Database &database)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Take a verified backup of the database, then keep what the retention keeps (7 daily, "
           "4 weekly, 12 monthly)."));
    const QCommandLineOption to(u"to"_s, tr("The backup folder (default: the one in Settings)."),
                                tr("DIR"));
    const QCommandLineOption keepAll(u"keep-all"_s, tr("Delete no older backup."));
    parser.addOptions({to, keepAll});
    if (const auto done = parse(parser, u"backup"_s, arguments))
        return *done;
    const QString folder = parser.isSet(to) ? parser.value(to) : AppSettings().backupFolder();
    QTextStream out(stdout);
    QTextStream err(stderr);
    SystemClock clock;
    const auto written = BackupWriter::write(database, folder, u"manual"_s, clock.nowUtc());
    if (!written) {
        err << written.error() << '\n';
        return ExitFailed;
    }
    out << tr("Backup written and verified:") << '\n' << describe(*written) << '\n';
    if (!parser.isSet(keepAll)) {
        const auto pruned = BackupCatalog::prune(folder, {});
        if (!pruned) {
            err << pruned.error() << '\n';
            return ExitFailed;
        }
        if (*pruned > 0)
            out << tr("%n older backup(s) removed by the retention.", nullptr, *pruned) << '\n';
    }
    return ExitOk;
}

int BackupCommand::list(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the backups, newest first."));
    const QCommandLineOption in(u"in"_s, tr("The backup folder (default: the one in Settings)."),
                                tr("DIR"));
    const QCommandLineOption verify(u"verify"_s, tr("Check each backup and show what it holds."));
    const QCommandLineOption json(u"json"_s, tr("Print as JSON."));
    parser.addOptions({in, verify, json});
    if (const auto done = parse(parser, u"backups"_s, arguments))
        return *done;
    const QString folder = parser.isSet(in) ? parser.value(in) : AppSettings().backupFolder();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto backups = BackupCatalog::list(folder);
    if (!backups) {
        err << backups.error() << '\n';
        return ExitFailed;
    }
    int code = ExitOk;
    QJsonArray array;
    for (BackupFile b : *backups) {
        QString problem;
        if (parser.isSet(verify)) {
            const auto checked = BackupVerifier::verify(b.path);
            if (checked) {
                b = *checked;
                b.reason = BackupCatalog::describe(QFileInfo(b.path)).reason;
            } else {
                problem = checked.error().message();
                code = ExitFailed;
            }
        }
        if (parser.isSet(json)) {
            QJsonObject o{{u"path"_s, b.path},
                          {u"taken_at"_s, b.takenAt.toString(Qt::ISODate)},
                          {u"reason"_s, b.reason},
                          {u"size"_s, b.size}};
            if (b.clients >= 0) {
                o.insert(u"clients"_s, b.clients);
                o.insert(u"accesses"_s, b.accesses);
                o.insert(u"schema"_s, b.schemaVersion);
            }
            if (!problem.isEmpty())
                o.insert(u"problem"_s, problem);
            array.append(o);
        } else {
            out << describe(b) << '\n';
            if (!problem.isEmpty())
                out << u"    "_s << problem << '\n';
        }
    }
    if (parser.isSet(json))
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    else if (backups->isEmpty())
        out << tr("No backups in %1.").arg(folder) << '\n';
    return code;
}

int BackupCommand::restore(const QStringList &arguments, const QString &databasePath)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Put a backup in place of the database. The backup is checked first and the current "
           "database is backed up first; waiting changes are paused until you reconcile."));
    const QCommandLineOption yes(u"yes"_s, tr("Do not ask for confirmation."));
    const QCommandLineOption backups(
        u"backups"_s, tr("Where the current database is backed up first (default: Settings)."),
        tr("DIR"));
    parser.addOptions({yes, backups});
    parser.addPositionalArgument(u"FILE"_s, tr("The backup to restore."));
    if (const auto done = parse(parser, u"restore"_s, arguments))
        return *done;
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (parser.positionalArguments().size() != 1) {
        err << tr("Say which backup to restore: pinedesk restore FILE") << '\n';
        return ExitUsage;
    }
    const QString file = parser.positionalArguments().first();
    // Checked before asking: a file that would be refused is refused at once.
    const auto checked = BackupVerifier::verify(file);
    if (!checked) {
        err << checked.error() << '\n' << tr("Nothing was changed.") << '\n';
        return ExitFailed;
    }
    if (!parser.isSet(yes)) {
        out << tr("Replace %1 with the backup of %2 (%3, %4)? Type yes to go on: ")
                   .arg(databasePath,
                        QLocale().toString(checked->takenAt.toLocalTime(), QLocale::ShortFormat),
                        tr("%Ln client(s)", nullptr, int(checked->clients)),
                        tr("%Ln access(es)", nullptr, int(checked->accesses)))
            << Qt::flush;
        const QString answer = QTextStream(stdin).readLine().trimmed();
        if (answer.compare(u"yes"_s, Qt::CaseInsensitive) != 0 &&
            answer.compare(tr("yes"), Qt::CaseInsensitive) != 0) {
            out << tr("Nothing was changed.") << '\n';
            return ExitFailed;
        }
    }
    const QString folder =
        parser.isSet(backups) ? parser.value(backups) : AppSettings().backupFolder();
    SystemClock clock;
    const auto restored = BackupRestore::restore(databasePath, file, folder, clock);
    if (!restored) {
        err << restored.error() << '\n' << tr("Nothing was changed.") << '\n';
        return restored.error().kind() == Error::Kind::Busy ? ExitQueueBusy : ExitFailed;
    }
    out << tr("Restored the backup of %1.")
               .arg(QLocale().toString(restored->restored.takenAt.toLocalTime(),
                                       QLocale::ShortFormat))
        << '\n';
    if (restored->safetyCopy)
        out << tr("The database as it was is kept in %1.").arg(restored->safetyCopy->path) << '\n';
    if (restored->pausedBatches > 0) {
        out << tr("%n batch(es) with waiting changes are paused: TradingView may have moved since "
                  "the backup. Run 'pinedesk reconcile', then resume them with 'pinedesk queue "
                  "--resume BATCH'.",
                  nullptr, restored->pausedBatches)
            << '\n';
    }
    return ExitOk;
}

} // namespace pinedesk
