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
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk::bench {

namespace {

struct Figures
{
    double seconds = 0;
    double opsPerSecond = 0;
    double serverLimit = 0;
    quint64 requests = 0;
    quint64 throttled = 0;
    int pairs = 0;
    int granted = 0; // grants the sandbox holds at the end
    double foundPace = 0;
    bool ok = true;
};

struct Setup
{
    double serverRate = 5;
    int latencyMs = 100;
    int users = 2000;
    int engines = 1;
    double ceiling = 8; // the only setting changed from the defaults, where a run says so
};

Figures run(const Setup &setup)
{
    QTemporaryDir dir;
    SystemClock clock;
    SandboxConfig sandbox;
    sandbox.latencyMinMs = setup.latencyMs;
    sandbox.latencyMaxMs = setup.latencyMs;
    sandbox.writeRate = setup.serverRate;
    SandboxState state;
    state.seed(setup.users, 1, 1);
    const QString pine = state.scriptIds().first();
    SandboxServer server(sandbox, std::move(state), clock);
    Figures f;
    f.pairs = setup.users;
    if (!server.listen()) {
        f.ok = false;
        return f;
    }

    const QString file = dir.filePath(u"bench.sqlite"_s);
    {
        Database db(file);
        if (!db.open()) {
            f.ok = false;
            return f;
        }
        AccessChanges::Request request;
        for (int i = 1; i <= setup.users; ++i)
            request.usernames.append(u"trader%1"_s.arg(i, 5, 10, QChar(u'0')));
        request.pineIds = {pine};
        request.duration = Duration::days(30);
        if (!AccessChanges({db, clock, u"bench"_s}).apply(request)) {
            f.ok = false;
            return f;
        }
    }

    // Default settings; each engine its own Database object, as separate processes would have.
    SyncConfig config;
    config.write.ceiling = setup.ceiling;
    std::vector<std::unique_ptr<Database>> databases;
    std::vector<std::unique_ptr<SyncEngine>> engines;
    int idle = 0;
    for (int i = 0; i < setup.engines; ++i) {
        databases.push_back(std::make_unique<Database>(file));
        if (!databases.back()->open()) {
            f.ok = false;
            return f;
        }
        engines.push_back(
            std::make_unique<SyncEngine>(*databases.back(), clock, server.baseUrl(), config));
        SyncEngine *engine = engines.back().get();
        engine->setOwnerKind(u"bench"_s);
        // The holder goes idle when the queue is drained; a waiting engine never does.
        QObject::connect(engine, &SyncEngine::idle, QCoreApplication::instance(), [&idle] {
            ++idle;
            QCoreApplication::quit();
        });
        QObject::connect(engine, &SyncEngine::paceChanged, engine,
                         [&f](double pace, int) { f.foundPace = pace; });
    }
    QElapsedTimer timer;
    timer.start();
    for (auto &engine : engines)
        engine->start(TvSession(sandbox.session, QString()));
    QCoreApplication::exec();
    f.seconds = double(timer.nsecsElapsed()) / 1e9;
    f.opsPerSecond = setup.users / f.seconds;
    f.requests = server.api().counters().requests;
    f.throttled = server.api().counters().throttled;
    f.granted = int(server.api().state().grantCount());
    // The sandbox serves any number of calls at once, each taking the latency: its in-flight
    // capacity is unbounded, so the limit is its write rate.
    f.serverLimit = setup.serverRate;
    for (auto &engine : engines)
        engine->stop();
    return f;
}

void print(QTextStream &out, const QString &title, const Figures &f)
{
    if (!f.ok) {
        out << title << "\n  FAILED to set up (sandbox or database)\n" << Qt::flush;
        return;
    }
    out << title << '\n'
        << "  pairs:              " << f.pairs << '\n'
        << "  total time:         " << QString::number(f.seconds, 'f', 1) << " s\n"
        << "  ops/s:              " << QString::number(f.opsPerSecond, 'f', 2) << '\n'
        << "  server's limit:     " << QString::number(f.serverLimit, 'f', 1)
        << " ops/s (min of the server's rate, in-flight capacity / latency; capacity unbounded)\n"
        << "  ratio to limit:     " << QString::number(f.opsPerSecond / f.serverLimit, 'f', 3)
        << '\n'
        << "  pace found:         " << QString::number(f.foundPace, 'f', 2) << " writes/s\n"
        << "  429 answers:        " << f.throttled << " ("
        << QString::number(100.0 * double(f.throttled) / double(std::max<quint64>(1, f.requests)),
                           'f', 2)
        << "% of requests)\n"
        << "  requests per pair:  " << QString::number(double(f.requests) / f.pairs, 'f', 3) << '\n'
        << "  lost / extra:       " << std::max(0, f.pairs - f.granted) << " / "
        << std::max(0, f.granted - f.pairs) << '\n'
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
    const int pairUsers = valueOf(args, u"--two-engine-users"_s, 400);
    const bool only50 = args.contains(u"--only-fast"_s);

    if (!only50) {
        Setup slow;
        slow.users = users;
        print(out,
              u"sync, default settings: %1 users x 1 script, 100 ms latency, server write limit "
              "5/s (burst 10), not told to PineDesk"_s.arg(users),
              run(slow));
    }
    Setup fast;
    fast.users = users;
    fast.serverRate = 50;
    fast.ceiling = 100;
    print(out,
          u"sync, default settings but a ceiling of 100/s: %1 users, 100 ms latency, server "
          "write limit 50/s (burst 10)"_s.arg(users),
          run(fast));
    if (!only50) {
        Setup two;
        two.users = pairUsers;
        two.engines = 2;
        const Figures f = run(two);
        print(out,
              u"two engines on one database: %1 users, 100 ms latency, server write limit 5/s; "
              "one holds the queue lease, the other waits"_s.arg(pairUsers),
              f);
        out << "  combined pace <= ceiling (8/s): " << (f.opsPerSecond <= 8.0 ? "yes" : "NO")
            << ", requests per pair as one engine's: "
            << QString::number(double(f.requests) / f.pairs, 'f', 3) << '\n';
    }
    return 0;
}

} // namespace pinedesk::bench
