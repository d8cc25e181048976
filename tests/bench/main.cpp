// pinedesk-bench: performance figures, printed, never asserted. `pinedesk-bench LIST...` runs the
// named benchmarks; without names it lists them.
#include "AnalyticsBench.h"
#include "BulkBench.h"
#include "DemoDataBench.h"
#include "ServeBench.h"
#include "SyncBench.h"
#include "TeamBench.h"
#include "UiBench.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <memory>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char **argv)
{
    // The ui benchmark needs widgets, the analytics one paints PDFs; without a display they
    // draw offscreen.
    const bool ui =
        argc > 1 && (qstrcmp(argv[1], "ui") == 0 || qstrcmp(argv[1], "analytics") == 0 ||
                     qstrcmp(argv[1], "team") == 0);
    if (ui && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app(ui ? new QApplication(argc, argv)
                                             : new QCoreApplication(argc, argv));
    const QStringList args = app->arguments().mid(1);
    if (args.isEmpty() || args.first() == u"--help"_s) {
        QTextStream(stdout)
            << "usage: pinedesk-bench demo-data [--clients N]\n"
               "       pinedesk-bench sync [--users N] [--two-engine-users N] [--only-fast]\n"
               "       pinedesk-bench bulk [--users N] [--generous-users N] "
               "[--scripts N] [--only real|generous]\n"
               "         (the full 27-minute real-pacing run: pinedesk-bench "
               "bulk --only real --users 6500;\n"
               "          pinedesk-bench bulk --help explains both runs)\n"
               "       pinedesk-bench ui [--clients N]\n"
               "       pinedesk-bench serve [--events N] [--senders C]\n"
               "       pinedesk-bench analytics [--clients N]\n"
               "       pinedesk-bench team --url postgresql://user@host:port/db [--clients N]\n";
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == u"demo-data"_s)
        return pinedesk::bench::runDemoDataBench(args.mid(1));
    if (args.first() == u"sync"_s)
        return pinedesk::bench::runSyncBench(args.mid(1));
    if (args.first() == u"serve"_s)
        return pinedesk::bench::runServeBench(args.mid(1));
    if (args.first() == u"analytics"_s)
        return pinedesk::bench::runAnalyticsBench(args.mid(1));
    if (args.first() == u"team"_s)
        return pinedesk::bench::runTeamBench(args.mid(1));
    if (args.first() == u"bulk"_s)
        return pinedesk::bench::runBulkBench(args.mid(1));
    if (ui)
        return pinedesk::bench::runUiBench(args.mid(1));
    QTextStream(stderr) << "unknown benchmark: " << args.first() << '\n';
    return 2;
}
