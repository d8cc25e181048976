// Business › Analytics as the vendor sees it, on the demo business: the figures arrive from a
// worker and match what the metrics say, each with its change against the period before; the
// charts draw something; the cohort grid is filled; the range changes the figures; the monthly
// table exports as CSV. A client's profile tells that client's story the history keeps.
#include "ClientProfileDialog.h"
#include "ClientsPage.h"
#include "ScriptedPrompter.h"
#include "TestDatabase.h"
#include "analytics/AnalyticsLoader.h"
#include "charts/AnalyticsPage.h"
#include "charts/KpiCard.h"
#include "demo/DemoDataGenerator.h"
#include "items/ClientTableModel.h"
#include "services/ClientTimeline.h"

#include <QChartView>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace pinedesk;
using namespace pinedesk::test;

class TestAnalyticsPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    ConsoleContext context() { return {m_db->database(), m_db->clock(), u"gui:test"_s}; }

    static bool drawsSomething(QWidget *widget)
    {
        const QImage image = widget->grab().toImage();
        const QRgb first = image.pixel(0, 0);
        int different = 0;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4)
                different += image.pixel(x, y) != first ? 1 : 0;
        }
        return different > 50;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY(m_db->isOpen());
        m_db->clock().set(QDateTime(QDate(2026, 12, 7), QTime(9, 0), QTimeZone::utc()));
        QVERIFY(DemoDataGenerator(m_db->database(), m_db->clock()).generate({600, 7}));
    }

    void theFiguresArriveAndMatchTheMetrics()
    {
        AnalyticsPage page(context());
        QSignalSpy loaded(&page, &AnalyticsPage::loaded);
        page.resize(1366, 900);
        page.show();
        QVERIFY(loaded.wait(60000));
        QVERIFY2(!page.statusText().contains(u"cannot"_s), qPrintable(page.statusText()));

        const BusinessMetrics metrics(AnalyticsLoader(m_db->context()).load().value());
        const auto months = AnalyticsSnapshot::monthsFor(AnalyticsSnapshot::Range::Last12Months,
                                                         QDate(2026, 12, 7));
        const auto f = metrics.figures(BusinessMetrics::monthStart(months.first),
                                       BusinessMetrics::monthStart(months.second).addMonths(1));
        QVERIFY(f.activeAtEnd > 0);
        QCOMPARE(page.card(u"active"_s)->valueText(), QLocale().toString(f.activeAtEnd));
        QCOMPARE(page.card(u"churned"_s)->valueText(), QLocale().toString(f.churned));
        QVERIFY(!page.card(u"active"_s)->changeText().isEmpty());
        QVERIFY(page.card(u"revenue"_s)->valueText().contains(u"USD"_s) ||
                page.card(u"revenue"_s)->valueText().contains(u"$"_s));
        QVERIFY(!page.card(u"churnRate"_s)->toolTip().isEmpty()); // the definition

        QCOMPARE(page.charts().size(), 5);
        for (QChartView *view : page.charts())
            QVERIFY2(drawsSomething(view), qPrintable(view->accessibleName()));
        QVERIFY(page.cohortTable()->rowCount() >= 12);
        QVERIFY(page.cohortTable()->item(0, 1) != nullptr);

        const QString dir = qEnvironmentVariable("PINEDESK_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QCoreApplication::sendPostedEvents(); // the new charts laid out before the picture
            QVERIFY(page.grab().save(dir + u"/analytics.png"_s));
            QVERIFY(page.charts().first()->grab().save(dir + u"/analytics-chart.png"_s));
        }

        // Another range, other figures.
        page.setRange(AnalyticsSnapshot::Range::ThisMonth);
        QVERIFY(loaded.wait(60000));
        const auto month = metrics.figures(BusinessMetrics::monthStart(QDate(2026, 12, 1)),
                                           BusinessMetrics::monthStart(QDate(2027, 1, 1)));
        QCOMPARE(page.card(u"new"_s)->valueText(), QLocale().toString(month.newClients));
    }

    void theMonthlyTableExports()
    {
        QTemporaryDir dir;
        AnalyticsPage page(context());
        QSignalSpy loaded(&page, &AnalyticsPage::loaded);
        page.show();
        QVERIFY(loaded.wait(60000));
        // One CSV per table, from the export button's menu.
        auto *button = page.findChild<QPushButton *>(u"analyticsExport"_s);
        QVERIFY(button->isEnabled());
        QCOMPARE(button->menu()->actions().size(), int(BusinessReport::tables().size()));
        ScriptedPrompter prompter;
        const QString path = dir.filePath(u"report.csv"_s);
        prompter.files.enqueue(path);
        QSignalSpy exported(&page, &AnalyticsPage::exported);
        button->menu()->actions().first()->trigger();
        QVERIFY(exported.wait(60000));
        QVERIFY(page.statusText().contains(u"report.csv"_s));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 13); // the header and twelve months
        QVERIFY(lines.first().contains("Churn rate"));

        const QString cohorts = dir.filePath(u"cohorts.csv"_s);
        page.exportCsvTo(BusinessReport::Table::Cohorts, cohorts);
        QVERIFY(exported.wait(60000));
        QFile cohortFile(cohorts);
        QVERIFY(cohortFile.open(QIODevice::ReadOnly));
        QCOMPARE(int(cohortFile.readAll().trimmed().split('\n').size()), 13);
    }

    // A custom range, and a range seen before comes back from the cache without a worker.
    void aCustomRangeAndTheCache()
    {
        AnalyticsPage page(context());
        QSignalSpy loaded(&page, &AnalyticsPage::loaded);
        page.show();
        QVERIFY(loaded.wait(60000));
        page.setCustomRange(QDate(2026, 3, 1), QDate(2026, 5, 1));
        QVERIFY(page.isLoading());
        QVERIFY(loaded.wait(60000));
        QVERIFY2(page.statusText().contains(QLocale().toString(QDate(2026, 3, 1), u"MMMM yyyy"_s)),
                 qPrintable(page.statusText()));
        const auto facts = AnalyticsLoader(m_db->context()).load();
        QVERIFY(facts);
        const BusinessMetrics metrics(*facts);
        const auto f = metrics.figures(BusinessMetrics::monthStart(QDate(2026, 3, 1)),
                                       BusinessMetrics::monthStart(QDate(2026, 6, 1)));
        QCOMPARE(page.card(u"new"_s)->valueText(), QLocale().toString(f.newClients));
        page.setRange(AnalyticsSnapshot::Range::Last12Months);
        QVERIFY(!page.isLoading()); // seen before: from the cache
        QCOMPARE(loaded.size(), 3);
        page.reload(); // the business changed: computed again
        QVERIFY(page.isLoading());
        QVERIFY(loaded.wait(60000));
    }

    // A click on a figure opens exactly the clients behind it in the CRM.
    void aClickOpensTheClientsBehindAFigure()
    {
        AnalyticsPage page(context());
        QSignalSpy loaded(&page, &AnalyticsPage::loaded);
        page.show();
        QVERIFY(loaded.wait(60000));
        QSignalSpy asked(&page, &AnalyticsPage::clientsRequested);
        const QDate month(2026, 9, 1);
        page.openClients(AnalyticsPage::Figure::Churned, month);
        QVERIFY(asked.wait(60000));
        const ClientFilter filter = asked.first().first().value<ClientFilter>();
        const auto facts = AnalyticsLoader(m_db->context()).load();
        QVERIFY(facts);
        const BusinessMetrics metrics(*facts);
        QList<qint64> expected = metrics.churnedIn(BusinessMetrics::monthStart(month),
                                                   BusinessMetrics::monthStart(month.addMonths(1)));
        QVERIFY(!expected.isEmpty());
        QVERIFY(filter.clientIds);
        QList<qint64> got = *filter.clientIds;
        std::sort(expected.begin(), expected.end());
        std::sort(got.begin(), got.end());
        QCOMPARE(got, expected);
        QVERIFY(filter.idsLabel.contains(QLocale().toString(month, u"MMMM yyyy"_s)));

        ClientsPage clients(context());
        clients.showClients(filter);
        QTRY_VERIFY_WITH_TIMEOUT(!clients.model()->isLoading(), 60000);
        QCOMPARE(clients.model()->rowCount(), int(expected.size()));
        QVERIFY(clients.findChild<QWidget *>(u"pinnedClients"_s)->isVisibleTo(&clients));

        // A cohort cell: that month's new clients still active k months later.
        asked.clear();
        page.openClients(AnalyticsPage::Figure::CohortActive, QDate(2026, 1, 1), 3);
        QVERIFY(asked.wait(60000));
        const ClientFilter cohort = asked.first().first().value<ClientFilter>();
        const QDateTime at = BusinessMetrics::monthStart(QDate(2026, 5, 1)).addSecs(-1);
        int kept = 0;
        for (qint64 id : metrics.newIn(BusinessMetrics::monthStart(QDate(2026, 1, 1)),
                                       BusinessMetrics::monthStart(QDate(2026, 2, 1))))
            kept += metrics.isActive(id, at) ? 1 : 0;
        QCOMPARE(int(cohort.clientIds->size()), kept);
    }

    // The profile's timeline: every access change, payment and sync outcome, newest first,
    // exportable.
    void aClientsTimelineTellsItsStory()
    {
        const qint64 id = m_db->scalar(u"SELECT client_id FROM payments GROUP BY client_id "
                                       "ORDER BY COUNT(*) DESC, client_id LIMIT 1"_s)
                              .toLongLong();
        const auto entries = ClientTimeline(ServiceContext(m_db->context())).entries(id).value();
        const auto count = [&](ClientTimeline::Kind kind) {
            return int(std::count_if(entries.cbegin(), entries.cend(),
                                     [kind](const auto &e) { return e.kind == kind; }));
        };
        QCOMPARE(count(ClientTimeline::Kind::Access),
                 m_db->scalar(u"SELECT COUNT(*) FROM access_history WHERE client_id = :c"_s,
                              {{u":c"_s, id}})
                     .toInt());
        QCOMPARE(
            count(ClientTimeline::Kind::Payment),
            m_db->scalar(u"SELECT COUNT(*) FROM payments WHERE client_id = :c"_s, {{u":c"_s, id}})
                .toInt());
        QVERIFY(count(ClientTimeline::Kind::Payment) > 1);
        for (qsizetype i = 1; i < entries.size(); ++i)
            QVERIFY(entries[i - 1].at >= entries[i].at);

        ClientProfileDialog dialog(context(), id);
        dialog.show();
        auto *table = dialog.findChild<QTableWidget *>(u"timeline"_s);
        QVERIFY(table);
        QCOMPARE(table->rowCount(), int(entries.size()));
        bool granted = false;
        for (int row = 0; row < table->rowCount(); ++row)
            granted = granted || table->item(row, 1)->text().contains(u"Granted"_s);
        QVERIFY(granted);

        QTemporaryDir dir;
        ScriptedPrompter prompter;
        prompter.files.enqueue(dir.filePath(u"timeline.csv"_s));
        QSignalSpy exported(&dialog, &ClientProfileDialog::timelineExported);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"exportTimeline"_s), Qt::LeftButton);
        QVERIFY(exported.wait(60000));
        QFile file(dir.filePath(u"timeline.csv"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), entries.size() + 1);
        QVERIFY(lines.first().contains("When (UTC)"));
        // And as a PDF, chosen by the file's name.
        dialog.exportTimelineTo(dir.filePath(u"timeline.pdf"_s));
        QVERIFY(exported.wait(60000));
        QFile pdf(dir.filePath(u"timeline.pdf"_s));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");

        // The same story from the shell.
        const QString username =
            m_db->scalar(u"SELECT tv_username FROM clients WHERE id = :c"_s, {{u":c"_s, id}})
                .toString();
        QProcess p;
        p.start(QStringLiteral(PINEDESK_EXE), {u"--db"_s, m_db->path(), u"report"_s, u"client"_s,
                                               username, u"--format"_s, u"json"_s});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(json.value(u"timeline"_s).toArray().size(), entries.size());
        p.start(QStringLiteral(PINEDESK_EXE),
                {u"--db"_s, m_db->path(), u"report"_s, u"client"_s, u"nobody_here"_s});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains("nobody_here"));
    }
};

QTEST_MAIN(TestAnalyticsPage)
#include "tst_analyticspage.moc"
