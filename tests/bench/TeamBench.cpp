#include "TeamBench.h"

#include "BenchFigures.h"
#include "ClientsPage.h"
#include "demo/DemoDataGenerator.h"
#include "domain/ManualClock.h"
#include "domain/SystemClock.h"
#include "items/ClientTableModel.h"
#include "sandbox/SandboxServer.h"
#include "services/AccessService.h"
#include "store/Database.h"
#include "store/DatabaseTarget.h"
#include "store/Statement.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTest>
#include <QTextStream>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk::bench {

namespace {

qint64 clientCount(Database &db)
{
    Statement st(db.connection(), u"SELECT COUNT(*) FROM clients"_s);
    const auto found = st.execAndFirst();
    return found && *found ? st.value(0).toLongLong() : -1;
}

qint64 waitingRows(Database &db)
{
    Statement st(db.connection(),
                 u"SELECT COUNT(*) FROM sync_queue WHERE state IN ('pending', 'in_flight', "
                 "'retry')"_s);
    const auto found = st.execAndFirst();
    return found && *found ? st.value(0).toLongLong() : -1;
}

struct Drain
{
    double queueMs = 0;  // desktop A: 2,000 grants written to the team database
    double drainedS = 0; // from the first grant to an empty queue
    double serverLimit = 0;
    quint64 requests = 0;
    int granted = 0;
    bool ok = false;
};

// Desktop B's engine holds the lease and drains; desktop A queues the grants in batches of 100,
// as the bulk wizard does. Each desktop is its own Database: its own sessions.
Drain queueWhileAnotherDrains(const DatabaseTarget &target, int grants)
{
    Drain d;
    SystemClock clock;
    SandboxConfig config;
    config.latencyMinMs = 20;
    config.latencyMaxMs = 20;
    config.writeRate = 50;
    SandboxState state;
    // A fresh script each run, so every grant is new on a reused database.
    state.seed(grants, 1, quint64(QDateTime::currentMSecsSinceEpoch()));
    const QString pine = state.scriptIds().first();
    SandboxServer server(config, std::move(state), clock);
    if (!server.listen())
        return d;
    Database desktopA(target);
    Database desktopB(target);
    if (!desktopA.open() || !desktopB.open())
        return d;
    SyncConfig sync;
    sync.write.ceiling = 100;
    SyncEngine engine(desktopB, clock, server.baseUrl(), sync);
    engine.setOwnerKind(u"bench"_s);
    engine.start(TvSession(config.session, QString()));
    if (!QTest::qWaitFor([&] { return engine.holdsLease(); }, 30000))
        return d;

    QElapsedTimer total;
    total.start();
    QElapsedTimer queueing;
    for (int from = 1; from <= grants; from += 100) {
        AccessChanges::Request r;
        for (int i = from; i < from + 100 && i <= grants; ++i)
            r.usernames.append(u"trader%1"_s.arg(i, 5, 10, QChar(u'0')));
        r.pineIds = {pine};
        r.duration = Duration::days(30);
        queueing.start();
        if (!AccessService(StoreContext{desktopA, clock, u"bench"_s}).apply(r))
            return d;
        d.queueMs += ms(queueing);
        engine.wake(); // what the change feed does across desktops
        QCoreApplication::processEvents();
    }
    if (!QTest::qWaitFor([&] { return waitingRows(desktopB) == 0; }, 600000))
        return d;
    d.drainedS = double(total.nsecsElapsed()) / 1e9;
    d.serverLimit = config.writeRate;
    d.requests = server.api().counters().requests;
    d.granted = int(server.api().state().grantCount());
    engine.stop();
    (void)QTest::qWaitFor([&] { return !engine.holdsLease(); }, 10000);
    d.ok = true;
    return d;
}

} // namespace

int runTeamBench(const QStringList &args)
{
    QTextStream out(stdout);
    const qsizetype urlAt = args.indexOf(u"--url"_s);
    const QString url = urlAt >= 0 && urlAt + 1 < args.size()
                            ? args[urlAt + 1]
                            : qEnvironmentVariable("PINEDESK_BENCH_POSTGRESQL");
    const auto target = DatabaseTarget::parse(url);
    if (url.isEmpty() || !target || !target->isPostgresql()) {
        out << "pinedesk-bench team --url postgresql://user@host:port/dbname [--clients N]\n"
               "  (an empty database, filled on the first run and reused)\n";
        return 2;
    }
    const qsizetype at = args.indexOf(u"--clients"_s);
    const int clients = at >= 0 && at + 1 < args.size() ? args[at + 1].toInt() : 1000000;
    const ManualClock clock(QDateTime(QDate(2026, 11, 24), QTime(12, 0), QTimeZone::utc()));
    {
        Database db(*target);
        if (const Status s = db.open(); !s) {
            out << s.error().message() << '\n';
            return 1;
        }
        const qint64 held = clientCount(db);
        if (held == 0) {
            out << "generating " << clients << " clients into " << target->toString()
                << " (kept for next runs)…\n"
                << Qt::flush;
            QElapsedTimer g;
            g.start();
            if (!DemoDataGenerator(db, clock).generate({clients, 1})) {
                out << "could not generate the demo business\n";
                return 1;
            }
            out << "  generated in " << QString::number(ms(g) / 1000, 'f', 1) << " s\n";
        } else if (held < clients) {
            out << "the database holds " << held << " clients; use an empty one or --clients "
                << held << '\n';
            return 1;
        }
    }

    // Cold start over the network: connect, open, build the page, first painted rows.
    QElapsedTimer timer;
    timer.start();
    Database database(*target);
    if (const Status s = database.open(); !s) {
        out << s.error().message() << '\n';
        return 1;
    }
    ClientsPage page({database, clock, u"bench"_s, nullptr});
    page.resize(1100, 700);
    page.show();
    if (!settleAndPaint(page))
        return 1;
    const double firstPaint = ms(timer);
    const qint64 rows = page.model()->rowCount();
    Keystrokes keys;
    if (!typeSearches(page, database, clock.nowUtc(), keys))
        return 1;
    const double p50 = percentile(keys.latencies, 0.5);
    const double p95 = percentile(keys.latencies, 0.95);
    const double limit95 = percentile(keys.limits, 0.95);
    out << "team: " << rows << " clients on " << target->toString() << '\n'
        << "  cold start to first rows:   " << QString::number(firstPaint, 'f', 1)
        << " ms (goal < 1500)\n"
        << "  search keystroke latency:   p50 " << QString::number(p50, 'f', 1) << " ms, p95 "
        << QString::number(p95, 'f', 1) << " ms (goal p95 < 100; " << keys.latencies.size()
        << " keystrokes)\n"
        << "  limit (bare SQL), p95:      " << QString::number(limit95, 'f', 1) << " ms, ratio "
        << QString::number(limit95 / qMax(0.001, p95), 'f', 2) << '\n'
        << Qt::flush;

    const int grants = 2000;
    const Drain d = queueWhileAnotherDrains(*target, grants);
    if (!d.ok) {
        out << "  queue and drain: FAILED to set up or to drain\n";
        return 1;
    }
    const double rate = grants / d.drainedS;
    out << "  2,000 grants queued on one desktop while another drains:\n"
        << "    queueing (20 batches of 100): " << QString::number(d.queueMs, 'f', 0)
        << " ms in all\n"
        << "    queue empty after:            " << QString::number(d.drainedS, 'f', 1) << " s, "
        << QString::number(rate, 'f', 1) << " grants/s\n"
        << "    server's limit:               " << QString::number(d.serverLimit, 'f', 0)
        << " writes/s, ratio " << QString::number(rate / d.serverLimit, 'f', 3) << '\n'
        << "    requests per grant:           "
        << QString::number(double(d.requests) / grants, 'f', 3) << ", granted on the server "
        << d.granted << " of " << grants << '\n'
        << "  resident memory:              " << residentKb() / 1024 << " MB\n";
    return 0;
}

} // namespace pinedesk::bench
