#include "AnalyticsPage.h"

#include "AnalyticsCharts.h"
#include "KpiCard.h"
#include "Prompter.h"
#include "analytics/AnalyticsLoader.h"
#include "domain/Money.h"
#include "jobs/JobRunner.h"
#include "reports/BusinessReport.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
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
    QString error;
};

QString moneyText(const BusinessMetrics::PerCurrency &values)
{
    if (values.isEmpty())
        return QStringLiteral("—");
    QStringList parts;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        parts.append(Money(qRound64(it.value()), it.key()).toDisplayString(QLocale()));
    return parts.join(u'\n');
}

QString rateText(const std::optional<double> &rate)
{
    return rate ? QLocale().toString(*rate * 100.0, 'f', 1) + u'%' : QStringLiteral("—");
}

// The currency a money card compares: the one with the most now.
QString leading(const BusinessMetrics::PerCurrency &values)
{
    QString best;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (best.isEmpty() || it.value() > values.value(best))
            best = it.key();
    }
    return best;
}

} // namespace

AnalyticsPage::AnalyticsPage(ConsoleContext context, QWidget *parent)
    : QWidget(parent)
    , m_ctx(std::move(context))
    , m_jobs(new JobRunner(m_ctx.database, this))
    , m_range(new QComboBox(this))
    , m_export(new QPushButton(tr("&Export CSV…"), this))
    , m_status(new QLabel(this))
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
    m_range->setCurrentIndex(m_range->findData(int(R::Last12Months)));
    m_export->setObjectName(u"analyticsExport"_s);
    m_export->setEnabled(false);
    bar->addWidget(rangeLabel);
    bar->addWidget(m_range);
    bar->addWidget(m_export);
    outer->addLayout(bar);
    m_status->setObjectName(u"analyticsStatus"_s);
    m_status->setWordWrap(true);
    outer->addWidget(m_status);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    auto *cards = new QGridLayout;
    addCard(cards, u"active"_s, tr("Active clients"),
            tr("Clients with at least one access covering the end of the range (lifetime "
               "included)."));
    addCard(cards, u"paying"_s, tr("Paying clients"),
            tr("Active clients whose access comes from a payment or a priced plan, not a gift "
               "or a campaign."));
    addCard(cards, u"new"_s, tr("New clients"),
            tr("Clients whose first access ever began in the range."));
    addCard(cards, u"churned"_s, tr("Churned"),
            tr("Clients whose access ended and stayed ended for longer than the grace period; "
               "counted when the grace runs out."));
    addCard(cards, u"reactivated"_s, tr("Reactivated"),
            tr("Clients who had churned and got access again in the range."));
    addCard(cards, u"churnRate"_s, tr("Churn rate"),
            tr("Churned ÷ (active at the start + new in the range)."));
    addCard(cards, u"renewalRate"_s, tr("Renewal rate"),
            tr("Of the paid, dated periods that ended in the range, the share followed by "
               "another of the same plan or indicator within the grace period."));
    addCard(cards, u"revenue"_s, tr("Revenue"),
            tr("Payments received in the range, minus refunds, per currency (never added "
               "across currencies)."));
    addCard(cards, u"mrr"_s, tr("MRR"),
            tr("For each paying client, the last payment divided by the months it bought; "
               "lifetime purchases are one-off revenue, not MRR."));
    addCard(cards, u"arpu"_s, tr("ARPU"), tr("MRR ÷ paying clients with a recurring plan."));
    addCard(cards, u"ltv"_s, tr("LTV"),
            tr("ARPU ÷ the monthly churn rate; shown only when clients churn."));
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

    connect(m_range, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(m_export, &QPushButton::clicked, this, &AnalyticsPage::exportCsv);
}

AnalyticsPage::~AnalyticsPage()
{
    delete m_jobs; // waits for a computation under way
}

KpiCard *AnalyticsPage::addCard(QGridLayout *grid, const QString &name, const QString &title,
                                const QString &definition)
{
    auto *card = new KpiCard(title, definition, this);
    card->setObjectName(u"kpi_"_s + name);
    const int index = int(m_cards.size());
    grid->addWidget(card, index / 6, index % 6);
    m_cards.insert(name, card);
    return card;
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

void AnalyticsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        reload();
}

void AnalyticsPage::setRange(AnalyticsSnapshot::Range range)
{
    m_range->setCurrentIndex(m_range->findData(int(range)));
}

void AnalyticsPage::reload()
{
    if (!isVisible()) {
        m_dirty = true; // computed when the vendor looks
        return;
    }
    m_dirty = false;
    const auto range = AnalyticsSnapshot::Range(m_range->currentData().toInt());
    const auto months = AnalyticsSnapshot::monthsFor(range, m_ctx.clock.nowUtc().date());
    m_status->setText(tr("Computing the figures…"));
    m_jobs->run<Computed>(
        [store = m_ctx.store(), months](JobControl &control) {
            Computed out;
            auto facts = AnalyticsLoader(store).load(&control.cancelFlag());
            if (!facts) {
                out.error = facts.error().message();
                return out;
            }
            const BusinessMetrics metrics(std::move(facts).value());
            out.snapshot = AnalyticsSnapshot::compute(metrics, months.first, months.second);
            return out;
        },
        [this](const Computed &computed) {
            if (!computed.snapshot) {
                m_status->setText(tr("The figures cannot be computed: %1").arg(computed.error));
                Q_EMIT loaded();
                return;
            }
            present(*computed.snapshot);
            Q_EMIT loaded();
        });
}

void AnalyticsPage::present(const AnalyticsSnapshot &s)
{
    m_snapshot = s;
    const QLocale locale;
    m_status->setText(
        tr("%1 to %2, compared with the same length before. Churn allows %n day(s) of grace. "
           "Computed %3 (UTC).",
           nullptr, s.graceDays)
            .arg(locale.toString(s.firstMonth, u"MMMM yyyy"_s),
                 locale.toString(s.lastMonth, u"MMMM yyyy"_s),
                 locale.toString(s.computedAt, QLocale::ShortFormat)));
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
    showCohorts(s);
    showRisk(s);
    m_export->setEnabled(true);
}

void AnalyticsPage::showCards(const AnalyticsSnapshot &s)
{
    const QLocale locale;
    const auto &c = s.current;
    const auto &p = s.previous;
    const auto count = [&](const QString &name, int now, int before, bool higherIsBetter) {
        m_cards[name]->setValue(locale.toString(now));
        m_cards[name]->setChange(now, before, higherIsBetter);
    };
    count(u"active"_s, c.activeAtEnd, p.activeAtEnd, true);
    count(u"paying"_s, c.payingAtEnd, p.payingAtEnd, true);
    count(u"new"_s, c.newClients, p.newClients, true);
    count(u"churned"_s, c.churned, p.churned, false);
    count(u"reactivated"_s, c.reactivated, p.reactivated, true);
    m_cards[u"churnRate"_s]->setValue(rateText(c.churnRate));
    m_cards[u"churnRate"_s]->setChange(c.churnRate, p.churnRate, false, true);
    m_cards[u"renewalRate"_s]->setValue(rateText(c.renewalRate));
    m_cards[u"renewalRate"_s]->setChange(c.renewalRate, p.renewalRate, true, true);
    const auto money = [&](const QString &name, const BusinessMetrics::PerCurrency &now,
                           const BusinessMetrics::PerCurrency &before) {
        m_cards[name]->setValue(moneyText(now));
        const QString currency = leading(now);
        m_cards[name]->setChange(
            now.isEmpty() ? std::nullopt : std::optional(now.value(currency)),
            before.contains(currency) ? std::optional(before.value(currency)) : std::nullopt, true);
        if (now.size() > 1)
            m_cards[name]->setChangePrefix(currency);
    };
    money(u"revenue"_s, c.revenue, p.revenue);
    money(u"mrr"_s, c.mrr, p.mrr);
    money(u"arpu"_s, c.arpu, p.arpu);
    money(u"ltv"_s, c.ltv, p.ltv);
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
                .arg(moneyText(r.revenue)));
    }
    m_risk->setText(u"<b>%1</b><br>%2"_s.arg(tr("Revenue at risk").toHtmlEscaped(),
                                             lines.join(u"<br>"_s).toHtmlEscaped()));
}

void AnalyticsPage::exportCsv()
{
    if (!m_snapshot)
        return;
    const QString path = Prompter::instance().saveFile(
        this, tr("Export the monthly figures"), u"business-report.csv"_s, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QDate first = m_snapshot->firstMonth;
    const QDate last = m_snapshot->lastMonth;
    m_export->setEnabled(false);
    m_status->setText(tr("Exporting…"));
    m_jobs->run<QString>(
        [store = m_ctx.store(), path, first, last](JobControl &control) {
            auto facts = AnalyticsLoader(store).load(&control.cancelFlag());
            if (!facts)
                return facts.error().message();
            const BusinessMetrics metrics(std::move(facts).value());
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return file.errorString();
            if (const Status s = BusinessReport(metrics, first, last).writeMonthlyCsv(file); !s)
                return s.error().message();
            return file.commit() ? QString() : file.errorString();
        },
        [this, path](const QString &error) {
            m_export->setEnabled(true);
            m_status->setText(error.isEmpty() ? tr("Exported to %1.").arg(path)
                                              : tr("The export failed: %1").arg(error));
        });
}

} // namespace pinedesk
