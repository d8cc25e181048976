#include "DemoDataBench.h"

#include "demo/DemoDataGenerator.h"
#include "domain/ManualClock.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "store/Transaction.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk::bench {

namespace {

double bareInsertSeconds(const QString &path, qint64 rows)
{
    Database db(path);
    if (!db.open())
        return -1;
    const QSqlDatabase c = db.connection();
    if (!Statement(c, u"CREATE TABLE bare (id INTEGER PRIMARY KEY, a TEXT, b TEXT, n INTEGER)"_s)
             .exec())
        return -1;
    QElapsedTimer timer;
    timer.start();
    Transaction tx(c);
    Statement insert(c, u"INSERT INTO bare (a, b, n) VALUES (:a, :b, :n)"_s);
    for (qint64 i = 0; i < rows; ++i) {
        insert.bind(u":a"_s, u"2026-01-01T00:00:00.000Z"_s).bind(u":b"_s, u"x"_s).bind(u":n"_s, i);
        if (!insert.exec())
            return -1;
    }
    if (!tx.commit())
        return -1;
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

int runDemoDataBench(const QStringList &args)
{
    QTextStream out(stdout);
    int clients = 100000;
    const qsizetype at = args.indexOf(u"--clients"_s);
    if (at >= 0 && at + 1 < args.size())
        clients = args[at + 1].toInt();
    QTemporaryDir dir;
    ManualClock clock(QDateTime(QDate(2026, 11, 24), QTime(12, 0), QTimeZone::utc()));

    Database db(dir.filePath(u"demo.sqlite"_s));
    if (const Status s = db.open(); !s) {
        out << s.error() << '\n';
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    const auto summary = DemoDataGenerator(db, clock).generate({clients, 1});
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!summary) {
        out << summary.error() << '\n';
        return 1;
    }
    const qint64 rows = summary->clients + summary->accesses + summary->payments +
                        summary->auditEntries + summary->versions + summary->indicators;
    const double bare = bareInsertSeconds(dir.filePath(u"bare.sqlite"_s), rows);
    out << "demo-data: " << clients << " clients, " << rows << " rows in "
        << QString::number(seconds, 'f', 2) << " s\n"
        << "  clients/s:           " << QString::number(clients / seconds, 'f', 0) << '\n'
        << "  rows/s:              " << QString::number(rows / seconds, 'f', 0) << '\n'
        << "  limit (bare insert): " << QString::number(rows / bare, 'f', 0) << " rows/s ("
        << QString::number(bare, 'f', 2) << " s for the same row count)\n"
        << "  ratio to limit:      " << QString::number(bare / seconds, 'f', 2) << '\n';
    return 0;
}

} // namespace pinedesk::bench
