// pinedesk-bench: performance figures, printed, never asserted. `pinedesk-bench LIST...` runs the
// named benchmarks; without names it lists them.
#include "DemoDataBench.h"
#include "SyncBench.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.first() == u"--help"_s) {
        QTextStream(stdout) << "usage: pinedesk-bench demo-data [--clients N]\n"
                               "       pinedesk-bench sync [--users N] [--default-users N]\n";
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == u"demo-data"_s)
        return pinedesk::bench::runDemoDataBench(args.mid(1));
    if (args.first() == u"sync"_s)
        return pinedesk::bench::runSyncBench(args.mid(1));
    QTextStream(stderr) << "unknown benchmark: " << args.first() << '\n';
    return 2;
}
