#include "DemoDataCommand.h"

#include "demo/DemoDataGenerator.h"
#include "domain/ManualClock.h"
#include "domain/SystemClock.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <QTimeZone>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

int DemoDataCommand::run(const QStringList &arguments, const QString &defaultOut)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Write a new PineDesk database filled with realistic demo "
                                        "data (the same seed gives the same data)."));
    parser.addHelpOption();
    const QCommandLineOption clientsOpt(u"clients"_s, tr("Number of clients (default 1000)."),
                                        tr("N"), u"1000"_s);
    const QCommandLineOption seedOpt(u"seed"_s, tr("Random seed (default 1)."), tr("S"), u"1"_s);
    const QCommandLineOption outOpt(u"out"_s, tr("Database file to create."), tr("FILE"));
    const QCommandLineOption asOfOpt(u"as-of"_s,
                                     tr("Pretend today is this date (YYYY-MM-DD); for "
                                        "reproducible files."),
                                     tr("DATE"));
    const QCommandLineOption forceOpt(u"force"_s, tr("Replace FILE if it exists."));
    parser.addOptions({clientsOpt, seedOpt, outOpt, asOfOpt, forceOpt});
    if (!parser.parse(QStringList{u"pinedesk demo-data"_s} + arguments)) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return 0;
    }
    bool ok = false;
    const int clients = parser.value(clientsOpt).toInt(&ok);
    if (!ok || clients < 0 || clients > 5'000'000) {
        err << tr("--clients takes a whole number from 0 to 5000000.") << '\n';
        return 2;
    }
    const quint64 seed = parser.value(seedOpt).toULongLong(&ok);
    if (!ok) {
        err << tr("--seed takes a whole number.") << '\n';
        return 2;
    }
    const QString path = parser.isSet(outOpt) ? parser.value(outOpt) : defaultOut;

    std::unique_ptr<Clock> clock;
    if (parser.isSet(asOfOpt)) {
        const QDate day = QDate::fromString(parser.value(asOfOpt), Qt::ISODate);
        if (!day.isValid()) {
            err << tr("--as-of takes a date like 2026-11-24.") << '\n';
            return 2;
        }
        clock = std::make_unique<ManualClock>(QDateTime(day, QTime(12, 0), QTimeZone::utc()));
    } else {
        clock = std::make_unique<SystemClock>();
    }

    if (QFileInfo::exists(path)) {
        if (!parser.isSet(forceOpt)) {
            err << tr("%1 already exists. Choose another file with --out, or add --force to "
                      "replace it.")
                       .arg(path)
                << '\n';
            return 1;
        }
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
            QFile::remove(path + suffix);
    }

    QElapsedTimer timer;
    timer.start();
    Database database(path);
    if (const Status s = database.open(); !s) {
        err << s.error() << '\n';
        return 1;
    }
    DemoDataGenerator generator(database, *clock);
    const auto summary = generator.generate({clients, seed}, [&err](qint64 done, qint64 total) {
        if (done % 10000 == 0 || done == total)
            err << tr("Generated %1 of %2 clients").arg(done).arg(total) << '\n' << Qt::flush;
        return true;
    });
    if (!summary) {
        err << summary.error() << '\n';
        return 1;
    }
    out << tr("Wrote %1: %2 clients, %3 indicators (%4 versions), %5 plans, %6 accesses, "
              "%7 payments in %8 s.")
               .arg(path)
               .arg(summary->clients)
               .arg(summary->indicators)
               .arg(summary->versions)
               .arg(summary->plans)
               .arg(summary->accesses)
               .arg(summary->payments)
               .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
        << '\n';
    return 0;
}

} // namespace pinedesk
