#include "BulkBench.h"

#include "campaigns/CampaignReport.h"
#include "campaigns/CampaignStore.h"
#include "domain/SystemClock.h"
#include "sandbox/SandboxServer.h"
#include "store/ClientBatchWriter.h"
#include "store/Database.h"
#include "store/Transaction.h"
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

const char help[] =
    "usage: pinedesk-bench bulk [--users N] [--generous-users N] [--scripts N]\n"
    "                           [--only real|generous]\n"
    "\n"
    "The seeds' trial campaign: N past customers get a 7-day grant of the vendor's\n"
    "indicators (one batch, saved as a campaign), synced against the in-process sandbox\n"
    "until idle. Two runs:\n"
    "  real      real-TradingView latency: the engine's defaults (adaptive, ceiling 8\n"
    "            writes/s) against a server that answers in 150-350 ms and throttles\n"
    "            writes above 5/s (burst 10). Default N = 6500.\n"
    "  generous  a generous sandbox limit (50 writes/s, burst 10, 100 ms) with the engine\n"
    "            starting at 50/s (ceiling 50, 8 in flight). Default N = 6500.\n"
    "Each prints total time, ops/s, the 429s seen and the ratio to the server's limit\n"
    "(ops / (limit x time), the limit being the sandbox's write rate: it serves any\n"
    "number of calls at once).\n"
    "\n"
    "The full real-pacing run takes about 6500 / 4 s = 27 minutes:\n"
    "  pinedesk-bench bulk --only real --users 6500\n"
    "A shorter one, e.g.: pinedesk-bench bulk --users 400\n"
    "  --users N           past customers in the real-pacing run (default 6500)\n"
    "  --generous-users N  past customers in the generous run (default 6500)\n"
    "  --scripts N         the vendor's indicators granted to each (default 1)\n";

struct Scenario
{
    QString title;
    int users = 0;
    int scripts = 1;
    SandboxConfig sandbox;
    SyncConfig engine;
};

struct Figures
{
    double setupSeconds = 0;
    double seconds = 0;
    qint64 ops = 0; // queue rows done (one grant each)
    qint64 dead = 0;
    quint64 requests = 0;
    quint64 throttled = 0;
    int grants = 0;
    double limit = 0;
    double reportMs = 0;
    int campaignMembers = 0;
};

double theoreticalLimit(const Scenario &s)
{
    // The server's limit only: the sandbox serves any number of calls at once, so its write
    // rate is the bound. PineDesk's own settings are never part of it.
    return s.sandbox.writeRate > 0 ? s.sandbox.writeRate : 1e9;
}

qint64 scalar(Database &db, const QString &sql)
{
    Statement st(db.connection(), sql);
    const auto first = st.execAndFirst();
    return first && *first ? st.value(0).toLongLong() : -1;
}

// Past customers: a client per seeded TradingView user, each with a payment months ago.
Expected<QList<qint64>> pastCustomers(const StoreContext &ctx, int users)
{
    using Result = Expected<QList<qint64>>;
    Transaction tx(ctx.database.connection());
    if (!tx.isActive())
        return Result::failure(tx.error());
    ClientBatchWriter writer(ctx);
    if (const Status s = writer.preload(u"bench"_s); !s)
        return Result::failure(s.error());
    const QDateTime now = ctx.clock.nowUtc();
    QList<qint64> ids;
    for (int i = 1; i <= users; ++i) {
        Client c;
        c.tvUsername = u"trader%1"_s.arg(i, 5, 10, QChar(u'0'));
        c.status = ClientStatus::Inactive;
        const auto id = writer.create(c);
        if (!id)
            return Result::failure(id.error());
        Payment p;
        p.clientId = *id;
        p.amount = Money(2900, u"USD"_s);
        p.paidAt = now.addDays(-60 - i % 300);
        p.reference = u"past-%1"_s.arg(i);
        p.source = u"bench"_s;
        if (const auto added = writer.addPayment(p); !added)
            return Result::failure(added.error());
        ids.append(*id);
    }
    if (const Status s = tx.commit(); !s)
        return Result::failure(s.error());
    return ids;
}

Figures run(const Scenario &s, QTextStream &err)
{
    Figures f;
    f.limit = theoreticalLimit(s);
    QTemporaryDir dir;
    SystemClock clock;
    SandboxState state;
    state.seed(s.users, s.scripts, 1);
    const QStringList pines = state.scriptIds();
    SandboxServer server(s.sandbox, std::move(state), clock);
    server.listen();

    QElapsedTimer setup;
    setup.start();
    Database db(dir.filePath(u"bench.sqlite"_s));
    if (const Status st = db.open(); !st) {
        err << st.error() << '\n';
        return f;
    }
    const StoreContext ctx{db, clock, u"bench"_s};
    const auto clients = pastCustomers(ctx, s.users);
    if (!clients) {
        err << clients.error() << '\n';
        return f;
    }
    AccessChanges::Request request;
    request.mode = AccessChanges::Mode::Grant;
    for (int i = 1; i <= s.users; ++i)
        request.usernames.append(u"trader%1"_s.arg(i, 5, 10, QChar(u'0')));
    request.pineIds = pines;
    for (int i = 0; i < pines.size(); ++i)
        request.indicatorNames.insert(pines[i], u"Indicator %1"_s.arg(i + 1));
    request.duration = Duration::days(7);
    request.origin = AccessOrigin::Campaign;
    request.label = u"Trial 7D: past customers"_s;
    const auto applied = AccessChanges(ctx).apply(request);
    if (!applied) {
        err << applied.error() << '\n';
        return f;
    }
    Campaign campaign;
    campaign.name = u"Trial 7D"_s;
    campaign.audience = u"past customers"_s;
    campaign.offer = u"7-day trial of the vendor's indicators"_s;
    campaign.batchId = applied->batchId;
    const auto campaignId = CampaignStore(ctx).create(campaign, *clients);
    if (!campaignId) {
        err << campaignId.error() << '\n';
        return f;
    }
    f.setupSeconds = double(setup.nsecsElapsed()) / 1e9;

    SyncEngine engine(db, clock, server.baseUrl(), s.engine);
    QObject::connect(&engine, &SyncEngine::idle, QCoreApplication::instance(),
                     &QCoreApplication::quit);
    int lastTenth = 0;
    QObject::connect(&engine, &SyncEngine::batchProgress, QCoreApplication::instance(),
                     [&err, &lastTenth](const BatchProgress &p) {
                         const qint64 total = p.done + p.failed + p.remaining + p.cancelled;
                         const int tenth = total > 0 ? int((p.done + p.failed) * 10 / total) : 0;
                         if (tenth > lastTenth) {
                             lastTenth = tenth;
                             err << "  " << tenth * 10 << "% (" << p.done << " done, "
                                 << QString::number(p.opsPerSecond, 'f', 1) << " ops/s)\n"
                                 << Qt::flush;
                         }
                     });
    QElapsedTimer timer;
    timer.start();
    engine.start(TvSession(s.sandbox.session, QString()));
    QCoreApplication::exec();
    f.seconds = double(timer.nsecsElapsed()) / 1e9;
    f.ops = scalar(db, u"SELECT COUNT(*) FROM sync_queue WHERE state = 'done'"_s);
    f.dead = scalar(db, u"SELECT COUNT(*) FROM sync_queue WHERE state = 'dead'"_s);
    f.requests = server.api().counters().requests;
    f.throttled = server.api().counters().throttled;
    f.grants = int(server.api().state().grantCount());

    QElapsedTimer report;
    report.start();
    CampaignReport::Options options;
    options.campaignId = *campaignId;
    const auto figures = CampaignReport::compute(db, options);
    f.reportMs = double(report.nsecsElapsed()) / 1e6;
    f.campaignMembers = figures && !figures->isEmpty() ? figures->first().campaign.members : 0;
    return f;
}

void print(QTextStream &out, const Scenario &s, const Figures &f)
{
    const qint64 pairs = qint64(s.users) * s.scripts;
    out << s.title << '\n'
        << "  past customers:     " << s.users << " x " << s.scripts << " indicator(s) = " << pairs
        << " grants (7 days, one batch, campaign of " << f.campaignMembers << " members)\n"
        << "  setup:              " << QString::number(f.setupSeconds, 'f', 1)
        << " s (clients, payments, intent, queue, campaign)\n"
        << "  total time:         " << QString::number(f.seconds, 'f', 1) << " s\n"
        << "  ops done:           " << f.ops << " (dead: " << f.dead
        << ", grants on the sandbox: " << f.grants << ")\n"
        << "  ops/s:              " << QString::number(double(f.ops) / f.seconds, 'f', 2) << '\n'
        << "  server's limit:     " << QString::number(f.limit, 'f', 1)
        << " ops/s (the server's write rate)\n"
        << "  ratio to limit:     "
        << QString::number(double(f.ops) / (f.limit * f.seconds), 'f', 3)
        << " (ops / (limit x time))\n"
        << "  429 answers:        " << f.throttled << " ("
        << QString::number(100.0 * double(f.throttled) / double(std::max<quint64>(1, f.requests)),
                           'f', 2)
        << "% of " << f.requests << " requests)\n"
        << "  requests per op:    "
        << QString::number(double(f.requests) / double(std::max<qint64>(1, f.ops)), 'f', 3) << '\n'
        << "  campaign report:    " << QString::number(f.reportMs, 'f', 1) << " ms\n"
        << Qt::flush;
}

int valueOf(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args[at + 1].toInt() : fallback;
}

} // namespace

int runBulkBench(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.contains(u"--help"_s)) {
        out << help;
        return 0;
    }
    const int scripts = std::max(1, valueOf(args, u"--scripts"_s, 1));
    const qsizetype onlyAt = args.indexOf(u"--only"_s);
    const QString only = onlyAt >= 0 && onlyAt + 1 < args.size() ? args[onlyAt + 1] : QString();
    if (!only.isEmpty() && only != u"real"_s && only != u"generous"_s) {
        err << "--only takes real or generous\n";
        return 2;
    }

    if (only.isEmpty() || only == u"real"_s) {
        Scenario real;
        real.users = std::max(1, valueOf(args, u"--users"_s, 6500));
        real.scripts = scripts;
        real.sandbox.latencyMinMs = 150;
        real.sandbox.latencyMaxMs = 350;
        real.sandbox.writeRate = 5;
        real.sandbox.writeBurst = 10;
        real.engine = SyncConfig(); // what PineDesk does out of the box
        real.title = u"bulk at real-TradingView pacing: %1 users, 150-350 ms latency, server "
                     "limit 5 writes/s burst 10, engine defaults (4/s, 250 ms apart, 4 in "
                     "flight)"_s.arg(real.users);
        err << real.title << '\n' << Qt::flush;
        print(out, real, run(real, err));
    }
    if (only.isEmpty() || only == u"generous"_s) {
        Scenario generous;
        generous.users = std::max(1, valueOf(args, u"--generous-users"_s, 6500));
        generous.scripts = scripts;
        generous.sandbox.latencyMinMs = 100;
        generous.sandbox.latencyMaxMs = 100;
        generous.sandbox.writeRate = 50;
        generous.sandbox.writeBurst = 10;
        generous.engine.write = {50, 1, 50, 8, 0}; // starts at the server's rate, smooth
        generous.title = u"bulk at a generous sandbox limit: %1 users, 100 ms latency, server "
                         "limit 50 writes/s burst 10, engine paced to 50/s with 8 in "
                         "flight"_s.arg(generous.users);
        err << generous.title << '\n' << Qt::flush;
        print(out, generous, run(generous, err));
    }
    return 0;
}

} // namespace pinedesk::bench
