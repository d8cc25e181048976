#include "UiBench.h"

#include "BenchFigures.h"
#include "ClientsPage.h"
#include "crm/ClientQuery.h"
#include "demo/DemoDataGenerator.h"
#include "domain/ManualClock.h"
#include "items/ClientTableModel.h"
#include "store/Database.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk::bench {

int runUiBench(const QStringList &args)
{
    QTextStream out(stdout);
    int clients = 100000;
    const qsizetype at = args.indexOf(u"--clients"_s);
    if (at >= 0 && at + 1 < args.size())
        clients = args[at + 1].toInt();
    const ManualClock clock(QDateTime(QDate(2026, 11, 24), QTime(12, 0), QTimeZone::utc()));
    const QString path = QDir::temp().filePath(u"pinedesk-bench-ui-%1.sqlite"_s.arg(clients));
    if (!QFile::exists(path)) {
        out << "generating " << clients << " clients into " << path << " (kept for next runs)…\n";
        out.flush();
        Database db(path);
        if (!db.open() || !DemoDataGenerator(db, clock).generate({clients, 1})) {
            out << "could not generate the database\n";
            QFile::remove(path);
            return 1;
        }
    }

    // Cold start: open the file, build the page, wait for the first painted table.
    QElapsedTimer timer;
    timer.start();
    Database database(path);
    if (const Status s = database.open(); !s) {
        out << s.error() << '\n';
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

    // Scroll to the end of the whole table and paint it.
    timer.restart();
    page.table()->scrollToBottom();
    page.table()->viewport()->repaint();
    const double scrollEnd = ms(timer);
    const QString last = page.model()->index(page.model()->rowCount() - 1, 0).data().toString();

    const double p50 = percentile(keys.latencies, 0.5);
    const double p95 = percentile(keys.latencies, 0.95);
    const double limit50 = percentile(keys.limits, 0.5);
    const double limit95 = percentile(keys.limits, 0.95);
    out << "ui: " << rows << " clients (" << path << ")\n"
        << "  first painted table (cold start): " << QString::number(firstPaint, 'f', 1) << " ms\n"
        << "  filter keystroke latency:         p50 " << QString::number(p50, 'f', 1) << " ms, p95 "
        << QString::number(p95, 'f', 1) << " ms (" << keys.latencies.size() << " keystrokes)\n"
        << "  limit (bare SQL, same filters):   p50 " << QString::number(limit50, 'f', 1)
        << " ms, p95 " << QString::number(limit95, 'f', 1) << " ms\n"
        << "  ratio to limit (p50, p95):        "
        << QString::number(limit50 / qMax(0.001, p50), 'f', 2) << ", "
        << QString::number(limit95 / qMax(0.001, p95), 'f', 2) << '\n'
        << "  scroll to the end:                " << QString::number(scrollEnd, 'f', 1)
        << " ms (last row " << last << ")\n"
        << "  resident memory:                  " << residentKb() / 1024 << " MB\n";
    return 0;
}

} // namespace pinedesk::bench
