#include "AnalyticsPage.h"

#include "AnalyticsCharts.h"
#include "KpiCard.h"
#include "Prompter.h"
#include "analytics/AnalyticsLoader.h"
#include "analytics/FigureClients.h"
#include "jobs/JobRunner.h"
#include "print/BusinessPdf.h"
#include "print/PdfFile.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

struct Computed
{
    std::optional<AnalyticsSnapshot> snapshot;
    std::shared_ptr<const BusinessMetrics> metrics;
    QString error;
};

constexpr int customRange = -1;

} // namespace

AnalyticsPage::AnalyticsPage(ConsoleContext context, QWidget *parent)
    : QWidget(parent)
    , m_ctx(std::move(context))
    , m_jobs(new JobRunner(m_ctx.database, this))
    , m_range(new QComboBox(this))
    , m_fromMonth(new QDateEdit(this))
    , m_toMonth(new QDateEdit(this))
    , m_export(new QPushButton(tr("Export &CSV"), this))
    , m_pdf(new QPushButton(tr("Export &PDF…"), this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_exportJobs(new JobRunner(m_ctx.database, this))
    , m_lookupJobs(new JobRunner(m_ctx.database, this))
    , m_chartGrid(new QGridLayout)
    , m_cohorts(new QTableWidget(this))
    , m_risk(new QLabel(this))
{
    setObjectName(u"analyticsPage"_s);
    auto *outer = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto *title = new QLabel(u"<h2>%1</h2>"_s.arg(tr("Analytics").toHtmlEscaped()), this);
    bar->addWidget(title);
    bar->addStretch(1);
    auto *rangeLabel = new QLabel(tr("&Range:"), this);
    rangeLabel->setBuddy(m_range);
    m_range->setObjectName(u"analyticsRange"_s);
    using R = AnalyticsSnapshot::Range;
    for (R r : {R::ThisMonth, R::Last3Months, R::Last6Months, R::Last12Months, R::YearToDate})
        m_range->addItem(AnalyticsSnapshot::rangeName(r), int(r));
    m_range->addItem(tr("Custom months"), customRange);
    m_range->setCurrentIndex(m_range->findData(int(R::Last12Months)));
    const QDate thisMonth = BusinessMetrics::monthStart(m_ctx.clock.nowUtc().date()).date();
    for (QDateEdit *edit : {m_fromMonth, m_toMonth}) {
        edit->setDisplayFormat(u"MMM yyyy"_s);
        edit->setMaximumDate(thisMonth.addMonths(12));
        edit->setVisible(false);
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_range->currentData().toInt() == customRange)
                refresh();
        });
    }
    m_fromMonth->setObjectName(u"analyticsFrom"_s);
    m_toMonth->setObjectName(u"analyticsTo"_s);
    m_fromMonth->setAccessibleName(tr("First month"));
    m_toMonth->setAccessibleName(tr("Last month"));
    m_fromMonth->setDate(thisMonth.addMonths(-11));
    m_toMonth->setDate(thisMonth);
    m_export->setObjectName(u"analyticsExport"_s);
    m_export->setEnabled(false);
    auto *tables = new QMenu(m_export);
    for (BusinessReport::Table table : BusinessReport::tables()) {
        tables->addAction(BusinessReport::tableName(table), this,
                          [this, table] { exportCsv(table); });
    }
    m_export->setMenu(tables);
    m_pdf->setObjectName(u"analyticsPdf"_s);
    m_pdf->setEnabled(false);
    m_pdf->setToolTip(tr("The business report of this range, to print or hand to an accountant"));
    bar->addWidget(rangeLabel);
    bar->addWidget(m_range);
    bar->addWidget(m_fromMonth);
    bar->addWidget(m_toMonth);
    bar->addWidget(m_export);
    bar->addWidget(m_pdf);
    outer->addLayout(bar);
    auto *statusRow = new QHBoxLayout;
    m_status->setObjectName(u"analyticsStatus"_s);
    m_status->setWordWrap(true);
    statusRow->addWidget(m_status, 1);
    m_progress->setObjectName(u"analyticsProgress"_s);
    m_progress->setMaximumWidth(220);
    m_progress->setVisible(false);
    m_cancel->setObjectName(u"analyticsCancel"_s);
    m_cancel->setVisible(false);
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_cancel);
    outer->addLayout(statusRow);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    auto *cards = new QGridLayout;
    for (const KpiSheet::Kpi &entry : KpiSheet::glossary()) {
        auto *card = new KpiCard(entry, this);
        const int index = int(m_cards.size());
        cards->addWidget(card, index / 6, index % 6);
        m_cards.insert(entry.key, card);
    }
    for (int column = 0; column < 6; ++column)
        cards->setColumnStretch(column, 1);
    layout->addLayout(cards);
    // Two charts a row, each half the width, whatever the window.
    m_chartGrid->setColumnStretch(0, 1);
    m_chartGrid->setColumnStretch(1, 1);
    layout->addLayout(m_chartGrid);

    auto *cohortTitle =
        new QLabel(u"<b>%1</b>"_s.arg(tr("Cohort retention: the share of each month's new "
                                         "clients active at the end of each later month")
                                          .toHtmlEscaped()),
                   content);
    cohortTitle->setWordWrap(true);
    layout->addWidget(cohortTitle);
    m_cohorts->setObjectName(u"cohortTable"_s);
    m_cohorts->setAccessibleName(tr("Cohort retention"));
    m_cohorts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_cohorts->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_cohorts->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_cohorts->setMinimumHeight(260);
    layout->addWidget(m_cohorts);
    m_risk->setObjectName(u"revenueAtRisk"_s);
    m_risk->setWordWrap(true);
    layout->addWidget(m_risk);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = m_range->currentData().toInt() == customRange;
        m_fromMonth->setVisible(custom);
        m_toMonth->setVisible(custom);
        refresh();
    });
    connect(m_pdf, &QPushButton::clicked, this, &AnalyticsPage::exportPdf);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_jobs->cancel();
        m_exportJobs->cancel();
        setIdle(tr("Cancelled."));
    });
    connect(m_exportJobs, &JobRunner::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, 100);
        m_progress->setValue(int(done * 100 / std::max<qint64>(1, total)));
    });
    connect(m_cohorts, &QTableWidget::cellClicked, this, [this](int row, int column) {
        if (!m_snapshot || row < 0 || row >= m_snapshot->cohorts.size())
            return;
        const QDate month = m_snapshot->cohorts.at(row).month;
        if (column == 0)
            openClients(Figure::New, month);
        else
            openClients(Figure::CohortActive, month, column - 1);
    });
}

AnalyticsPage::~AnalyticsPage()
{
    delete m_lookupJobs;
    delete m_exportJobs; // waits for an export under way (cancelled)
    delete m_jobs;       // and for a computation
}

KpiCard *AnalyticsPage::card(const QString &name) const
{
    return m_cards.value(name);
}

QList<QChartView *> AnalyticsPage::charts() const
{
    return m_charts;
}

QString AnalyticsPage::statusText() const
{
    return m_status->text();
}

bool AnalyticsPage::isLoading() const
{
    return m_jobs->isRunning();
}

bool AnalyticsPage::isExporting() const
{
    return m_exportJobs->isRunning();
}

void AnalyticsPage::setBusy(const QString &text, bool determinate)
{
    m_status->setText(text);
    m_progress->setRange(0, determinate ? 100 : 0); // 0..0: busy without a known end
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_pdf->setEnabled(false);
    m_export->setEnabled(false);
}

void AnalyticsPage::setIdle(const QString &text)
{
    m_status->setText(text);
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_pdf->setEnabled(m_snapshot.has_value() && !m_exportJobs->isRunning());
    m_export->setEnabled(m_snapshot.has_value() && !m_exportJobs->isRunning());
}

void AnalyticsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void AnalyticsPage::setRange(AnalyticsSnapshot::Range range)
{
    m_range->setCurrentIndex(m_range->findData(int(range)));
}

void AnalyticsPage::setCustomRange(QDate firstMonth, QDate lastMonth)
{
    const QSignalBlocker fromBlocker(m_fromMonth);
    const QSignalBlocker toBlocker(m_toMonth);
    m_fromMonth->setDate(firstMonth);
    m_toMonth->setDate(lastMonth);
    if (m_range->currentData().toInt() == customRange)
        refresh();
    else
        m_range->setCurrentIndex(m_range->findData(customRange));
}

std::pair<QDate, QDate> AnalyticsPage::chosenMonths() const
{
    if (m_range->currentData().toInt() == customRange) {
        const QDate a = BusinessMetrics::monthStart(m_fromMonth->date()).date();
        const QDate b = BusinessMetrics::monthStart(m_toMonth->date()).date();
        return {std::min(a, b), std::max(a, b)};
    }
    return AnalyticsSnapshot::monthsFor(AnalyticsSnapshot::Range(m_range->currentData().toInt()),
                                        m_ctx.clock.nowUtc().date());
}

void AnalyticsPage::reload()
{
    // The business changed: what was computed is out of date.
    m_metrics.reset();
    m_cache.clear();
    refresh();
}

void AnalyticsPage::refresh()
{
    if (!isVisible()) {
        m_dirty = true; // computed when the vendor looks
        return;
    }
    m_dirty = false;
    const auto months = chosenMonths();
    const QString key =
        months.first.toString(Qt::ISODate) + u'/' + months.second.toString(Qt::ISODate);
    if (m_metrics && m_cache.contains(key)) {
        m_jobs->cancel();
        present(m_cache.value(key));
        Q_EMIT loaded();
        return;
    }
    setBusy(tr("Computing the figures…"), false);
    m_jobs->run<Computed>(
        [store = m_ctx.store(), months, metrics = m_metrics](JobControl &control) {
            Computed out;
            out.metrics = metrics;
            if (!out.metrics) {
                auto facts = AnalyticsLoader(store).load(&control.cancelFlag());
                if (!facts) {
                    out.error = facts.error().message();
                    return out;
                }
                out.metrics = std::make_shared<const BusinessMetrics>(std::move(facts).value());
            }
            out.snapshot = AnalyticsSnapshot::compute(*out.metrics, months.first, months.second);
            return out;
        },
        [this, key](const Computed &computed) {
            if (!computed.snapshot) {
                setIdle(tr("The figures cannot be computed: %1").arg(computed.error));
                Q_EMIT loaded();
                return;
            }
            m_metrics = computed.metrics;
            m_cache.insert(key, *computed.snapshot);
            present(*computed.snapshot);
            Q_EMIT loaded();
        });
}

void AnalyticsPage::present(const AnalyticsSnapshot &s)
{
    m_snapshot = s;
    const QLocale locale;
    setIdle(tr("%1 to %2, compared with the same length before. Churn allows %n day(s) of grace. "
               "Computed %3 (UTC). Click a point, a bar or a cohort cell to see those clients.",
               nullptr, s.graceDays)
                .arg(locale.toString(s.firstMonth, u"MMMM yyyy"_s),
                     locale.toString(s.lastMonth, u"MMMM yyyy"_s),
                     locale.toString(s.computedAt,
                                     locale.dateFormat(QLocale::ShortFormat) + u" HH:mm"_s)));
    showCards(s);
    for (QChartView *view : std::as_const(m_charts)) {
        m_chartGrid->removeWidget(view);
        delete view;
    }
    m_charts.clear();
    const QPalette pal = palette();
    const QList<QChart *> charts{
        AnalyticsCharts::clients(s, pal), AnalyticsCharts::movement(s, pal),
        AnalyticsCharts::revenue(s, pal), AnalyticsCharts::mrrMovement(s, pal),
        AnalyticsCharts::topIndicators(s, pal)};
    for (QChart *chart : charts) {
        auto *view = new QChartView(chart, this);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(260);
        view->setAccessibleName(chart->title());
        const int i = int(m_charts.size());
        if (chart == charts.last())
            m_chartGrid->addWidget(view, i / 2, 0, 1, 2); // names need the width
        else
            m_chartGrid->addWidget(view, i / 2, i % 2);
        m_charts.append(view);
    }
    connectClicks(charts.at(0), charts.at(1));
    showCohorts(s);
    showRisk(s);
}

void AnalyticsPage::connectClicks(QChart *clients, QChart *movement)
{
    const QList<QDate> months = [this] {
        QList<QDate> out;
        for (const auto &m : m_snapshot->months)
            out.append(m.month);
        return out;
    }();
    for (QAbstractSeries *series : clients->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(series)) {
            connect(line, &QLineSeries::clicked, this, [this, months](const QPointF &point) {
                const int i = qRound(point.x());
                if (i >= 0 && i < months.size())
                    openClients(Figure::Active, months.at(i));
            });
        }
    }
    for (QAbstractSeries *series : movement->series()) {
        auto *bars = qobject_cast<QAbstractBarSeries *>(series);
        if (!bars)
            continue;
        const QList<Figure> figures{Figure::New, Figure::Reactivated, Figure::Churned};
        for (int set = 0; set < bars->barSets().size() && set < figures.size(); ++set) {
            connect(bars->barSets().at(set), &QBarSet::clicked, this,
                    [this, months, figure = figures.at(set)](int i) {
                        if (i >= 0 && i < months.size())
                            openClients(figure, months.at(i));
                    });
        }
    }
}

void AnalyticsPage::openClients(Figure figure, QDate month, int monthsAfter)
{
    if (!m_metrics)
        return;
    // Reading the figures is quick, but a hundred thousand clients still belong on a worker.
    m_lookupJobs->run<QList<qint64>>(
        [metrics = m_metrics, figure, month, monthsAfter](JobControl &) {
            return FigureClients::of(*metrics, figure, month, monthsAfter);
        },
        [this, label = FigureClients::label(figure, month, monthsAfter)](const QList<qint64> &ids) {
            ClientFilter filter;
            filter.clientIds = ids;
            filter.idsLabel = label;
            Q_EMIT clientsRequested(filter);
        });
}

void AnalyticsPage::showCards(const AnalyticsSnapshot &s)
{
    for (const KpiSheet::Kpi &kpi : KpiSheet::of(s))
        m_cards.value(kpi.key)->setKpi(kpi);
}

void AnalyticsPage::showCohorts(const AnalyticsSnapshot &s)
{
    const QLocale locale;
    int columns = 0;
    for (const auto &c : s.cohorts)
        columns = std::max(columns, int(c.retained.size()));
    m_cohorts->clear();
    m_cohorts->setRowCount(int(s.cohorts.size()));
    m_cohorts->setColumnCount(columns + 1);
    QStringList header{tr("Clients")};
    for (int k = 0; k < columns; ++k)
        header.append(tr("Month %1").arg(k));
    m_cohorts->setHorizontalHeaderLabels(header);
    const QColor base = palette().color(QPalette::Base);
    const QColor strong = palette().color(QPalette::Highlight);
    for (int row = 0; row < s.cohorts.size(); ++row) {
        const auto &c = s.cohorts[row];
        m_cohorts->setVerticalHeaderItem(
            row, new QTableWidgetItem(locale.toString(c.month, u"MMM yyyy"_s)));
        m_cohorts->setItem(row, 0, new QTableWidgetItem(locale.toString(c.size)));
        for (int k = 0; k < c.retained.size(); ++k) {
            if (!c.retained[k])
                continue;
            const double share = *c.retained[k];
            auto *item = new QTableWidgetItem(locale.toString(share * 100.0, 'f', 0) + u'%');
            // The heat: the highlight colour, as strong as the share kept.
            QColor heat;
            heat.setRgbF(base.redF() + (strong.redF() - base.redF()) * share,
                         base.greenF() + (strong.greenF() - base.greenF()) * share,
                         base.blueF() + (strong.blueF() - base.blueF()) * share);
            item->setBackground(heat);
            item->setForeground(share > 0.55 ? palette().color(QPalette::HighlightedText)
                                             : palette().color(QPalette::Text));
            item->setToolTip(tr("%1 of %2 clients who started in %3 were active at the end of "
                                "month %4.")
                                 .arg(qRound(share * c.size))
                                 .arg(c.size)
                                 .arg(locale.toString(c.month, u"MMMM yyyy"_s))
                                 .arg(k));
            item->setTextAlignment(Qt::AlignCenter);
            m_cohorts->setItem(row, k + 1, item);
        }
    }
}

void AnalyticsPage::showRisk(const AnalyticsSnapshot &s)
{
    QStringList lines;
    for (const auto &r : s.atRisk) {
        lines.append(
            tr("Next %1 days: %n paying client(s) whose access ends, %2", nullptr, r.clients)
                .arg(r.days)
                .arg(KpiSheet::moneyText(r.revenue)));
    }
    m_risk->setText(u"<b>%1</b><br>%2"_s.arg(tr("Revenue at risk").toHtmlEscaped(),
                                             lines.join(u"<br>"_s).toHtmlEscaped()));
}

void AnalyticsPage::exportCsv(BusinessReport::Table table)
{
    if (!m_snapshot)
        return;
    const QString path = Prompter::instance().saveFile(
        this, tr("Export %1").arg(BusinessReport::tableName(table)),
        tr("%1-%2-to-%3.csv")
            .arg(BusinessReport::tableCode(table), m_snapshot->firstMonth.toString(u"yyyy-MM"_s),
                 m_snapshot->lastMonth.toString(u"yyyy-MM"_s)),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsvTo(table, path);
}

void AnalyticsPage::exportCsvTo(BusinessReport::Table table, const QString &path)
{
    if (!m_snapshot || !m_metrics || m_exportJobs->isRunning())
        return;
    setBusy(tr("Writing %1…").arg(path), false);
    m_exportJobs->run<QString>(
        [metrics = m_metrics, table, path, first = m_snapshot->firstMonth,
         last = m_snapshot->lastMonth](JobControl &) {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return file.errorString();
            if (const Status s = BusinessReport(*metrics, first, last).writeCsv(table, file); !s)
                return s.error().message();
            return file.commit() ? QString() : file.errorString();
        },
        [this, path](const QString &error) {
            const QString message = error.isEmpty() ? tr("Exported to %1.").arg(path)
                                                    : tr("The export failed: %1").arg(error);
            setIdle(message);
            Q_EMIT exported(message);
        });
}

void AnalyticsPage::exportPdf()
{
    if (!m_snapshot)
        return;
    const QString path = Prompter::instance().saveFile(this, tr("Export the business report"),
                                                       BusinessPdf::suggestedFileName(*m_snapshot),
                                                       tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        exportPdfTo(path);
}

void AnalyticsPage::exportPdfTo(const QString &path)
{
    if (!m_snapshot || m_exportJobs->isRunning())
        return;
    setBusy(tr("Writing %1…").arg(path), true);
    m_exportJobs->run<Expected<int>>(
        [store = m_ctx.store(), snapshot = *m_snapshot, path](JobControl &control) {
            return PdfFile(PageSetup::load(store), BusinessPdf::title())
                .write(
                    path,
                    [&](ReportDocument &document) {
                        return BusinessPdf::build(document, snapshot);
                    },
                    control.cancelFlag(),
                    [&control](qint64 done, qint64 total) { control.reportProgress(done, total); });
        },
        [this, path](const Expected<int> &pages) {
            const QString message =
                pages ? tr("The business report is in %1 (%n page(s)).", nullptr, *pages).arg(path)
                      : tr("The export failed: %1").arg(pages.error().message());
            setIdle(message);
            Q_EMIT exported(message);
        });
}

} // namespace pinedesk
