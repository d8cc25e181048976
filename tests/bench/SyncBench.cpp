#include "SyncBench.h"

#include "domain/SystemClock.h"
#include "sandbox/SandboxServer.h"
#include "store/Database.h"
#include "sync/AccessChanges.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk::bench {

namespace {

struct Figures
{
    double seconds = 0;
    double opsPerSecond = 0;
    double limit = 0;
    quint64 requests = 0;
    quint64 throttled = 0;
    int pairs = 0;
};

Figures run(int users, const SyncConfig &config, double serverRate, double serverBurst,
            int latencyMs)
{
    QTemporaryDir dir;
    SystemClock clock;
    SandboxConfig sandbox;
    sandbox.latencyMinMs = latencyMs;
    sandbox.latencyMaxMs = latencyMs;
    sandbox.writeRate = serverRate;
    sandbox.writeBurst = serverBurst;
    SandboxState state;
    state.seed(users, 1, 1);
    const QString pine = state.scriptIds().first();
    SandboxServer server(sandbox, std::move(state), clock);
    server.listen();

    Database db(dir.filePath(u"bench.sqlite"_s));
    db.open();
    AccessChanges::Request request;
    for (int i = 1; i <= users; ++i)
        request.usernames.append(u"trader%1"_s.arg(i, 5, 10, QChar(u'0')));
    request.pineIds = {pine};
    request.duration = Duration::days(30);
    AccessChanges({db, clock, u"bench"_s}).apply(request);

    SyncEngine engine(db, clock, server.baseUrl(), config);
    QObject::connect(&engine, &SyncEngine::idle, QCoreApplication::instance(),
                     &QCoreApplication::quit);
    QElapsedTimer timer;
    timer.start();
    engine.start(TvSession(sandbox.session, QString()));
    QCoreApplication::exec();
    Figures f;
    f.seconds = double(timer.nsecsElapsed()) / 1e9;
    f.pairs = users;
    f.opsPerSecond = users / f.seconds;
    f.requests = server.api().counters().requests;
    f.throttled = server.api().counters().throttled;
    const double inflight = config.write.maxInFlight / (latencyMs / 1000.0);
    f.limit = std::min({serverRate, inflight, config.write.ratePerSecond});
    return f;
}

void print(QTextStream &out, const QString &title, const Figures &f)
{
    out << title << '\n'
        << "  pairs:              " << f.pairs << '\n'
        << "  total time:         " << QString::number(f.seconds, 'f', 1) << " s\n"
        << "  ops/s:              " << QString::number(f.opsPerSecond, 'f', 1) << '\n'
        << "  theoretical limit:  " << QString::number(f.limit, 'f', 1)
        << " ops/s (min of server rate, engine rate, in-flight / latency)\n"
        << "  ratio to limit:     " << QString::number(f.opsPerSecond / f.limit, 'f', 2) << '\n'
        << "  429 answers:        " << f.throttled << " ("
        << QString::number(100.0 * double(f.throttled) / double(std::max<quint64>(1, f.requests)),
                           'f', 2)
        << "% of requests)\n"
        << "  requests per pair:  " << QString::number(double(f.requests) / f.pairs, 'f', 2) << '\n'
        << Qt::flush;
}

int valueOf(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args[at + 1].toInt() : fallback;
}

} // namespace

int runSyncBench(const QStringList &args)
{
    QTextStream out(stdout);
    const int users = valueOf(args, u"--users"_s, 2000);
    const int defaultUsers = valueOf(args, u"--default-users"_s, 200);

    // Tuned to the sandbox's published limit: the engine should run at the server's rate.
    SyncConfig tuned;
    tuned.write = {50, 1, 8, 0}; // smooth: the server's burst is left to absorb jitter
    print(out,
          u"sync: %1 users x 1 script, 100 ms latency, server limit 50/s burst 10, engine "
          "pace 50/s (smooth), 8 in flight"_s.arg(users),
          run(users, tuned, 50, 10, 100));

    // What PineDesk does out of the box against real TradingView: about 4 writes a second.
    print(out,
          u"sync with the real-TradingView defaults: %1 users, 100 ms latency, server limit "
          "50/s burst 10"_s.arg(defaultUsers),
          run(defaultUsers, SyncConfig(), 50, 10, 100));
    return 0;
}

} // namespace pinedesk::bench
