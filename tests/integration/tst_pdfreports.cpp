// The PDF reports as the vendor's accountant reads them, on the demo business: poppler reads
// every page back (pdfinfo, pdftotext, pdfimages), so the figures, the table rows, the repeated
// headers, the page numbers, the paper and the vector charts are checked in the file itself. A
// cancelled report leaves nothing behind, the pages export from the window on workers, and the
// command line writes every report, in Spanish too.
#include "ClientsPage.h"
#include "ReportsPage.h"
#include "ScriptedPrompter.h"
#include "TestDatabase.h"
#include "analytics/AnalyticsLoader.h"
#include "analytics/KpiSheet.h"
#include "charts/AnalyticsPage.h"
#include "demo/DemoDataGenerator.h"
#include "items/ClientTableModel.h"
#include "print/BusinessPdf.h"
#include "print/ClientHistoryPdf.h"
#include "print/ClientListPdf.h"
#include "print/ExpiryAgendaPdf.h"
#include "print/PdfFile.h"
#include "print/ReportChart.h"
#include "reports/ExpiryMonth.h"
#include "services/ClientTimeline.h"
#include "store/ClientStore.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace pinedesk;
using namespace pinedesk::test;

class TestPdfReports : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_dir;
    ConsoleContext context() { return {m_db->database(), m_db->clock(), u"gui:test"_s}; }

    static QString run(const QString &program, const QStringList &arguments)
    {
        QProcess p;
        p.start(program, arguments);
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return u"<%1 failed: %2>"_s.arg(program, QString::fromUtf8(p.readAllStandardError()));
        return QString::fromUtf8(p.readAllStandardOutput());
    }
    // The text of one page (1-based), or of all of them (0), as poppler reads it.
    static QString text(const QString &pdf, int page = 0)
    {
        QStringList args{u"-layout"_s};
        if (page > 0)
            args << u"-f"_s << QString::number(page) << u"-l"_s << QString::number(page);
        return run(u"pdftotext"_s, args << pdf << u"-"_s);
    }
    static QString info(const QString &pdf, const QString &field)
    {
        const QRegularExpression line(u"^%1:\\s*(.+)$"_s.arg(field),
                                      QRegularExpression::MultilineOption);
        return line.match(run(u"pdfinfo"_s, {pdf})).captured(1).trimmed();
    }
    static int pages(const QString &pdf) { return info(pdf, u"Pages"_s).toInt(); }
    // The lines of the text that begin with `start` (after spaces).
    static QString lineStarting(const QString &text, const QString &start)
    {
        for (const QString &line : text.split(u'\n')) {
            if (line.trimmed().startsWith(start))
                return line;
        }
        return {};
    }

    AnalyticsSnapshot snapshot(QDate first, QDate last)
    {
        const auto facts = AnalyticsLoader(m_db->context()).load();
        if (!facts)
            qFatal("facts: %s", qPrintable(facts.error().message()));
        return AnalyticsSnapshot::compute(BusinessMetrics(*facts), first, last);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty() ||
            QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty())
            QFAIL("poppler-utils (pdftotext, pdfinfo, pdfimages) is needed to read the PDFs "
                  "back: packaging/deps.sh installs it.");
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<TestDatabase>();
        QVERIFY(m_db->isOpen());
        m_db->clock().set(QDateTime(QDate(2026, 12, 7), QTime(9, 0), QTimeZone::utc()));
        QVERIFY(DemoDataGenerator(m_db->database(), m_db->clock()).generate({600, 7}));
    }

    // Cover with every figure, its change and its definition; the months; the header and the
    // page numbers on every page; A4 or Letter as chosen; charts as vectors, not pictures.
    void theBusinessReportCarriesEveryFigure()
    {
        const auto s = snapshot(QDate(2026, 1, 1), QDate(2026, 12, 1));
        PageSetup setup;
        setup.vendor = u"Pine Labs"_s;
        const QString path = m_dir.filePath(u"business.pdf"_s);
        const std::atomic<bool> never{false};
        const auto written =
            PdfFile(setup, BusinessPdf::title())
                .write(
                    path, [&](ReportDocument &document) { return BusinessPdf::build(document, s); },
                    never);
        if (!written)
            QFAIL(qPrintable(written.error().message()));
        QCOMPARE(pages(path), *written);
        QVERIFY(*written >= 4);
        QVERIFY2(info(path, u"Page size"_s).contains(u"(A4)"_s),
                 qPrintable(info(path, u"Page size"_s)));

        const QString all = text(path);
        const QString cover = text(path, 1);
        QVERIFY2(cover.contains(u"Business report"_s), qPrintable(cover));
        QVERIFY(cover.contains(u"January 2026 to December 2026"_s));
        const QList<KpiSheet::Kpi> kpis = KpiSheet::of(s);
        QCOMPARE(kpis.size(), 11);
        for (const KpiSheet::Kpi &k : kpis) {
            const QString line = lineStarting(cover, k.name);
            QVERIFY2(!line.isEmpty(), qPrintable(k.name));
            // The value (its first currency's line for money) and the change, on the figure's row.
            QVERIFY2(line.contains(k.value.split(u'\n').first()),
                     qPrintable(line + u" / "_s + k.value));
            QVERIFY2(line.contains(k.change.left(12)), qPrintable(line + u" / "_s + k.change));
            // Its definition as a footnote.
            QVERIFY2(all.simplified().contains(k.definition.left(40).simplified()),
                     qPrintable(k.definition));
        }
        QCOMPARE(lineStarting(cover, u"Active clients"_s)
                     .contains(QLocale().toString(s.current.activeAtEnd)),
                 true);
        for (int m = 1; m <= 12; ++m) {
            const QString month = QLocale().toString(QDate(2026, m, 1), u"MMM yyyy"_s);
            QVERIFY2(!lineStarting(all, month).isEmpty(), qPrintable(month));
        }
        for (int page = 1; page <= *written; ++page) {
            const QString t = text(path, page);
            QVERIFY2(t.contains(u"Pine Labs"_s), qPrintable(u"page %1"_s.arg(page)));
            QVERIFY(t.contains(u"Page %1 of %2"_s.arg(page).arg(*written)));
        }
        // Charts are drawn, not pasted: the file holds no image at all.
        const QString images = run(u"pdfimages"_s, {u"-list"_s, path});
        QCOMPARE(images.trimmed().split(u'\n').size(), 2); // the list's two header lines only

        setup.paper = PageSetup::Paper::Letter;
        const QString letter = m_dir.filePath(u"business-letter.pdf"_s);
        QVERIFY(PdfFile(setup, BusinessPdf::title())
                    .write(
                        letter,
                        [&](ReportDocument &document) { return BusinessPdf::build(document, s); },
                        never));
        QVERIFY2(info(letter, u"Page size"_s).startsWith(u"612 x 792"_s),
                 qPrintable(info(letter, u"Page size"_s)));
    }

    // A chart paints its series in their colours, above and below the zero line.
    void aChartPaintsItsSeries()
    {
        ReportChart chart;
        chart.kind = ReportChart::Kind::StackedBars;
        chart.title = u"Movement"_s;
        chart.categories = {u"Jan"_s, u"Feb"_s, u"Mar"_s};
        chart.series = {{u"New"_s, ReportChart::colour(2), {5, 8, 3}},
                        {u"Churned"_s, ReportChart::colour(3), {-2, -4, -1}}};
        QImage image(900, 400, QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            chart.paint(painter, QRectF(0, 0, 900, 400), 900 / 170.0);
        }
        int green = 0;
        int red = 0;
        int greenBottom = 0;
        int redTop = 400;
        // Below the title and the legend (whose swatches carry the colours too).
        for (int y = 80; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (c == ReportChart::colour(2)) {
                    ++green;
                    greenBottom = std::max(greenBottom, y);
                } else if (c == ReportChart::colour(3)) {
                    ++red;
                    redTop = std::min(redTop, y);
                }
            }
        }
        QVERIFY2(green > 2000 && red > 800, qPrintable(u"%1 %2"_s.arg(green).arg(red)));
        QVERIFY(redTop > greenBottom); // churn hangs below the line, new stands above it
        QVERIFY(!chart.isEmpty());
    }

    // Six hundred clients over many pages: every one listed once, the header on every page.
    void theClientListRepeatsItsHeaderOnEveryPage()
    {
        const QString path = m_dir.filePath(u"clients.pdf"_s);
        const ClientQuery everyone(ClientFilter(), m_db->clock().nowUtc());
        const std::atomic<bool> never{false};
        const auto written =
            ClientListPdf::write(path, PageSetup(), m_db->database(), everyone, never);
        QVERIFY(written);
        QVERIFY(*written >= 10);
        for (int page = 1; page <= *written; ++page) {
            const QString t = text(path, page);
            QVERIFY2(!lineStarting(t, u"Username"_s).isEmpty(), qPrintable(u"page %1"_s.arg(page)));
        }
        const QString all = text(path);
        QVERIFY(all.contains(u"600 client"_s)); // "clients" with the English plurals installed
        QSqlQuery usernames(m_db->database().connection());
        QVERIFY(usernames.exec(u"SELECT tv_username FROM clients"_s));
        int listed = 0;
        while (usernames.next()) {
            const QString u = usernames.value(0).toString();
            QVERIFY2(!lineStarting(all, u + u' ').isEmpty(), qPrintable(u));
            ++listed;
        }
        QCOMPARE(listed, 600);
    }

    void aCancelledReportLeavesNoFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cancelled.pdf"_s);
        const ClientQuery everyone(ClientFilter(), m_db->clock().nowUtc());
        std::atomic<bool> cancel{false};
        const auto written = ClientListPdf::write(path, PageSetup(), m_db->database(), everyone,
                                                  cancel, [&](qint64, qint64) { cancel = true; });
        QVERIFY(!written);
        QCOMPARE(written.error().message(), PdfFile::cancelledMessage());
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
    }

    // The agenda lists each day's endings, as the calendar has them.
    void theAgendaListsEachEnding()
    {
        const QDate from(2026, 12, 7);
        const QDate to(2027, 1, 31);
        QStringList expected;
        for (QDate month(2026, 12, 1); month <= to; month = month.addMonths(1)) {
            const auto loaded = ExpiryMonth::load(m_db->database(), month.year(), month.month());
            QVERIFY(loaded);
            for (QDate day = std::max(from, month); day.month() == month.month() && day <= to;
                 day = day.addDays(1)) {
                for (const auto &e : loaded->entriesOn(day))
                    expected.append(e.tvUsername);
            }
        }
        QVERIFY(expected.size() > 20);
        const QString path = m_dir.filePath(u"agenda.pdf"_s);
        const std::atomic<bool> never{false};
        QVERIFY(PdfFile(PageSetup(), ExpiryAgendaPdf::title())
                    .write(
                        path,
                        [&](ReportDocument &document) {
                            return ExpiryAgendaPdf::build(document, m_db->database(), from, to,
                                                          never);
                        },
                        never));
        const QString all = text(path);
        QVERIFY(all.contains(u"%1 access"_s.arg(expected.size())));
        for (const QString &username : std::as_const(expected))
            QVERIFY2(all.contains(username), qPrintable(username));
        const QRegularExpression seconds(u"\\b\\d\\d:\\d\\d:\\d\\d\\b"_s);
        QVERIFY2(!seconds.match(all).hasMatch(), "times are to the minute");
    }

    void oneClientsHistory()
    {
        const qint64 id = m_db->scalar(u"SELECT client_id FROM payments GROUP BY client_id "
                                       "ORDER BY COUNT(*) DESC, client_id LIMIT 1"_s)
                              .toLongLong();
        const Client client = ClientStore(m_db->context()).findById(id).value().value();
        const auto entries = ClientTimeline(ServiceContext(m_db->context())).entries(id).value();
        const QString path = m_dir.filePath(u"history.pdf"_s);
        const std::atomic<bool> never{false};
        QVERIFY(PdfFile(PageSetup(), ClientHistoryPdf::title(client))
                    .write(
                        path,
                        [&](ReportDocument &document) {
                            return ClientHistoryPdf::build(document, client, entries);
                        },
                        never));
        const QString all = text(path);
        QVERIFY(all.contains(u"History of "_s + client.tvUsername));
        QVERIFY(all.contains(u"%1 event"_s.arg(entries.size())));
        const int paid = int(all.count(QRegularExpression(u"Payment\\s+Paid"_s)));
        QCOMPARE(paid, int(std::count_if(entries.cbegin(), entries.cend(), [](const auto &e) {
                     return e.kind == ClientTimeline::Kind::Payment;
                 })));
    }

    // The window writes the reports on workers, with the business's paper.
    void thePagesExportPdfs()
    {
        AnalyticsPage analytics(context());
        QSignalSpy loaded(&analytics, &AnalyticsPage::loaded);
        analytics.show();
        QVERIFY(loaded.wait(60000));
        QSignalSpy exported(&analytics, &AnalyticsPage::exported);
        const QString business = m_dir.filePath(u"from-page.pdf"_s);
        analytics.exportPdfTo(business);
        QVERIFY(analytics.isExporting());
        QVERIFY(exported.wait(60000));
        QVERIFY2(exported.first().first().toString().contains(u"from-page.pdf"_s),
                 qPrintable(exported.first().first().toString()));
        QVERIFY(pages(business) >= 4);

        QVERIFY(PageSetup::savePaper(m_db->context(), PageSetup::Paper::Letter));
        ReportsPage reports(context());
        reports.choose(ReportsPage::Choice::AgendaPdf);
        reports.setPeriod(QDate(2026, 12, 1), QDate(2026, 12, 31));
        const QString agenda = m_dir.filePath(u"agenda-page.pdf"_s);
        reports.exportTo(agenda);
        QTRY_VERIFY_WITH_TIMEOUT(!reports.isRunning(), 60000);
        QVERIFY2(reports.message().contains(u"written"_s), qPrintable(reports.message()));
        QVERIFY(info(agenda, u"Page size"_s).startsWith(u"612 x 792"_s));
        QVERIFY(PageSetup::savePaper(m_db->context(), PageSetup::Paper::A4));

        ClientsPage clients(context());
        const QString list = m_dir.filePath(u"view.pdf"_s);
        ClientFilter active;
        active.statuses = {ClientStatus::Active};
        clients.showClients(active);
        QTRY_VERIFY_WITH_TIMEOUT(!clients.model()->isLoading(), 60000);
        clients.exportTo(list);
        QTRY_VERIFY_WITH_TIMEOUT(!clients.isExporting(), 60000);
        const int activeCount =
            m_db->scalar(u"SELECT COUNT(*) FROM clients WHERE status = 'active'"_s).toInt();
        QVERIFY2(clients.message().contains(QString::number(activeCount)),
                 qPrintable(clients.message()));
        QVERIFY(text(list).contains(u"status Active"_s));
    }

    // Every report from the shell, and the business report in Spanish.
    void theCommandLineWritesEveryReport()
    {
        const auto pinedesk = [&](const QStringList &args, const QString &configHome = {}) {
            QProcess p;
            if (!configHome.isEmpty()) {
                QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
                env.insert(u"XDG_CONFIG_HOME"_s, configHome);
                p.setProcessEnvironment(env);
            }
            p.start(QStringLiteral(PINEDESK_EXE), QStringList{u"--db"_s, m_db->path()} + args);
            p.waitForFinished(120000);
            return std::pair{p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
        };
        const QString business = m_dir.filePath(u"cli-business.pdf"_s);
        auto [code, err] = pinedesk({u"report"_s, u"business"_s, u"--from"_s, u"2026-01"_s,
                                     u"--to"_s, u"2026-12"_s, u"--format"_s, u"pdf"_s, u"--paper"_s,
                                     u"letter"_s, u"--out"_s, business});
        QVERIFY2(code == 0, qPrintable(err));
        QVERIFY(err.contains(u"US Letter"_s));
        QVERIFY(info(business, u"Page size"_s).startsWith(u"612 x 792"_s));
        QVERIFY(text(business, 1).contains(u"Business report"_s));

        const QString csv = m_dir.filePath(u"active.csv"_s);
        std::tie(code, err) =
            pinedesk({u"report"_s, u"clients"_s, u"--status"_s, u"active"_s, u"--out"_s, csv});
        QVERIFY2(code == 0, qPrintable(err));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const int active =
            m_db->scalar(u"SELECT COUNT(*) FROM clients WHERE status = 'active'"_s).toInt();
        QCOMPARE(int(file.readAll().trimmed().split('\n').size()), active + 1);

        std::tie(code, err) = pinedesk({u"report"_s, u"clients"_s, u"--format"_s, u"pdf"_s});
        QCOMPARE(code, 2);
        QVERIFY(err.contains(u"--out"_s));
        std::tie(code, err) =
            pinedesk({u"report"_s, u"clients"_s, u"--status"_s, u"sleeping"_s, u"--out"_s, csv});
        QCOMPARE(code, 2);
        QVERIFY(err.contains(u"sleeping"_s));

        const QString agenda = m_dir.filePath(u"cli-agenda.pdf"_s);
        std::tie(code, err) =
            pinedesk({u"report"_s, u"expiries"_s, u"--from"_s, u"2026-12-07"_s, u"--to"_s,
                      u"2026-12-31"_s, u"--format"_s, u"pdf"_s, u"--out"_s, agenda});
        QVERIFY2(code == 0, qPrintable(err));
        QVERIFY(text(agenda, 1).contains(u"Expiry agenda"_s));

        const QString cohorts = m_dir.filePath(u"cohorts.csv"_s);
        std::tie(code, err) =
            pinedesk({u"report"_s, u"business"_s, u"--format"_s, u"csv"_s, u"--table"_s,
                      u"cohorts"_s, u"--no-bom"_s, u"--out"_s, cohorts});
        QVERIFY2(code == 0, qPrintable(err));
        QFile cohortFile(cohorts);
        QVERIFY(cohortFile.open(QIODevice::ReadOnly));
        QVERIFY(cohortFile.readLine().startsWith("Cohort,Clients,Month 0 (%)"));

        // In Spanish when the vendor chose Spanish.
        QTemporaryDir config;
        QDir(config.path()).mkpath(u"PineDesk"_s);
        QFile conf(config.filePath(u"PineDesk/PineDesk.conf"_s));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("[ui]\nlanguage=es\n");
        conf.close();
        const QString spanish = m_dir.filePath(u"informe.pdf"_s);
        std::tie(code, err) =
            pinedesk({u"report"_s, u"business"_s, u"--format"_s, u"pdf"_s, u"--out"_s, spanish},
                     config.path());
        QVERIFY2(code == 0, qPrintable(err));
        const QString cover = text(spanish, 1);
        QVERIFY2(cover.contains(u"Informe de negocio"_s), qPrintable(cover));
        QVERIFY(cover.contains(u"Clientes activos"_s));
        QVERIFY(text(spanish, 1).contains(u"Página 1 de"_s));
    }
};

QTEST_MAIN(TestPdfReports)
#include "tst_pdfreports.moc"
