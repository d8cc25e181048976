#include "AnalyticsBench.h"

#include "analytics/AnalyticsLoader.h"
#include "analytics/AnalyticsSnapshot.h"
#include "crm/ClientQuery.h"
#include "demo/DemoDataGenerator.h"
#include "domain/ManualClock.h"
#include "print/BusinessPdf.h"
#include "print/ClientListPdf.h"
#include "print/PdfFile.h"
#include "reports/BusinessReport.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

#include <sys/resource.h>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk::bench {

namespace {

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

// Every row analytics reads, read once with bare SQL: the floor under any computation.
double bareReadSeconds(Database &database, qint64 &rows)
{
    const QSqlDatabase db = database.connection();
    QElapsedTimer timer;
    timer.start();
    rows = 0;
    for (const QString &sql :
         {u"SELECT client_id, indicator_id, plan_id, change, term_start, term_end, paid "
          "FROM access_history"_s,
          u"SELECT client_id, plan_id, currency, amount_minor, refunded_minor, paid_at, status "
          "FROM payments"_s}) {
        Statement st(db, sql);
        if (!st.exec())
            return -1;
        while (st.next()) {
            for (int c = 0; c < 7; ++c)
                Q_UNUSED(st.value(c));
            ++rows;
        }
    }
    return seconds(timer);
}

long peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace

int runAnalyticsBench(const QStringList &args)
{
    QTextStream out(stdout);
    int clients = 100000;
    const qsizetype at = args.indexOf(u"--clients"_s);
    if (at >= 0 && at + 1 < args.size())
        clients = args[at + 1].toInt();
    QTemporaryDir dir;
    ManualClock clock(QDateTime(QDate(2026, 12, 7), QTime(12, 0), QTimeZone::utc()));
    const QString path = dir.filePath(u"demo.sqlite"_s);
    {
        Database db(path);
        if (const Status s = db.open(); !s) {
            out << s.error() << '\n';
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        if (const auto made = DemoDataGenerator(db, clock).generate({clients, 1}); !made) {
            out << made.error() << '\n';
            return 1;
        }
        out << "analytics: " << clients << " demo clients with 18 months of history ("
            << QString::number(seconds(timer), 'f', 1) << " s to generate)\n";
    }
    Database db(path);
    if (const Status s = db.open(); !s) {
        out << s.error() << '\n';
        return 1;
    }
    const StoreContext store{db, clock, u"bench"_s};
    const QDate month(2026, 12, 1);
    const auto refresh = [&](std::shared_ptr<const BusinessMetrics> &metrics) {
        auto facts = AnalyticsLoader(store).load();
        if (!facts)
            return false;
        metrics = std::make_shared<const BusinessMetrics>(std::move(facts).value());
        AnalyticsSnapshot::compute(*metrics, month.addMonths(-11), month);
        return true;
    };
    std::shared_ptr<const BusinessMetrics> metrics;
    QElapsedTimer timer;
    // Where a refresh goes: reading, folding into client lines, the figures.
    timer.start();
    auto parts = AnalyticsLoader(store).load();
    const double loading = seconds(timer);
    timer.restart();
    const BusinessMetrics folded(std::move(parts).value());
    const double folding = seconds(timer);
    timer.restart();
    AnalyticsSnapshot::compute(folded, month.addMonths(-11), month);
    const double figuring = seconds(timer);
    timer.restart();
    if (!refresh(metrics)) {
        out << "the figures could not be read\n";
        return 1;
    }
    const double cold = seconds(timer);
    timer.restart();
    refresh(metrics);
    const double warm = seconds(timer);
    timer.restart();
    AnalyticsSnapshot::compute(*metrics, month.addMonths(-2), month);
    const double cached = seconds(timer);

    timer.restart();
    const auto facts = AnalyticsLoader(store).load();
    const BusinessMetrics jsonMetrics(*facts);
    const QByteArray json =
        QJsonDocument(BusinessReport(jsonMetrics, month.addMonths(-11), month).toJson()).toJson();
    const double report = seconds(timer);

    const std::atomic<bool> never{false};
    timer.restart();
    const auto snapshot = AnalyticsSnapshot::compute(*metrics, month.addMonths(-11), month);
    const auto pdfPages =
        PdfFile(PageSetup(), BusinessPdf::title())
            .write(
                dir.filePath(u"business.pdf"_s),
                [&](ReportDocument &document) { return BusinessPdf::build(document, snapshot); },
                never);
    const double pdf = seconds(timer);

    timer.restart();
    const ClientQuery everyone(ClientFilter(), clock.nowUtc());
    const auto listPages =
        ClientListPdf::write(dir.filePath(u"clients.pdf"_s), PageSetup(), db, everyone, never);
    const double list = seconds(timer);

    qint64 rows = 0;
    const double bare = bareReadSeconds(db, rows);
    const auto ratio = [&](double s) {
        return QString::number(bare / s, 'f', 2);
    };
    out << "  history and payment rows:     " << rows
        << " (bare SQL read: " << QString::number(bare, 'f', 3) << " s, the limit)\n"
        << "  of a refresh: read " << QString::number(loading * 1000, 'f', 0) << " ms, fold "
        << QString::number(folding * 1000, 'f', 0) << " ms, figures "
        << QString::number(figuring * 1000, 'f', 0) << " ms\n"
        << "  dashboard, 12 months, cold:   " << QString::number(cold * 1000, 'f', 0)
        << " ms (goal < 1000; ratio to limit " << ratio(cold) << ")\n"
        << "  dashboard, 12 months, warm:   " << QString::number(warm * 1000, 'f', 0)
        << " ms (goal < 300; ratio to limit " << ratio(warm) << ")\n"
        << "  another range, from the page's kept figures: "
        << QString::number(cached * 1000, 'f', 0) << " ms\n"
        << "  report business --format json: " << QString::number(report * 1000, 'f', 0) << " ms, "
        << json.size() / 1024 << " KiB (goal < 2000; ratio to limit " << ratio(report) << ")\n"
        << "  business PDF:                 " << QString::number(pdf * 1000, 'f', 0) << " ms, "
        << (pdfPages ? *pdfPages : -1) << " pages (goal < 5000)\n"
        << "  client list PDF:              " << QString::number(list, 'f', 1) << " s, "
        << (listPages ? *listPages : -1) << " pages\n"
        << "  peak memory:                  " << peakMegabytes() << " MiB\n";
    return 0;
}

} // namespace pinedesk::bench
