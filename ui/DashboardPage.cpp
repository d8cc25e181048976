#include "DashboardPage.h"

#include "jobs/JobRunner.h"

#include "Sparkline.h"
#include "domain/AccessStatus.h"
#include "domain/Clock.h"
#include "domain/Money.h"
#include "items/DateText.h"
#include "store/Database.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

DashboardPage::DashboardPage(Database &database, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_clock(clock)
{
    m_jobs = new JobRunner(m_database, this);
    m_trendJobs = new JobRunner(m_database, this);
    m_newTrend = new Sparkline(this);
    m_activeTrend = new Sparkline(this);
    m_revenueTrend = new Sparkline(this);
    m_newTrend->setObjectName(u"trendNewClients"_s);
    m_activeTrend->setObjectName(u"trendActiveClients"_s);
    m_revenueTrend->setObjectName(u"trendRevenue"_s);
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Overview"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    auto *grid = new QGridLayout;
    m_clients = addFigure(grid, 0, tr("Clients"), m_newTrend);
    m_activeClients = addFigure(grid, 1, tr("Clients with access"), m_activeTrend);
    m_activeAccesses = addFigure(grid, 2, tr("Active accesses"));
    m_expiring = addFigure(
        grid, 3, tr("Expiring in %n day(s)", nullptr, AccessStatusRule::defaultExpiringDays));
    m_revenue = addFigure(grid, 4, tr("Revenue, last 30 days"), m_revenueTrend);
    m_queue = addFigure(grid, 5, tr("Changes waiting for TradingView"));
    m_clients->setObjectName(u"figureClients"_s);
    m_activeClients->setObjectName(u"figureActiveClients"_s);
    m_activeAccesses->setObjectName(u"figureActiveAccesses"_s);
    m_expiring->setObjectName(u"figureExpiring"_s);
    m_revenue->setObjectName(u"figureRevenue"_s);
    m_queue->setObjectName(u"figureQueue"_s);
    layout->addLayout(grid);

    m_message = new QLabel(this);
    m_message->setObjectName(u"dashboardMessage"_s);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto *upcomingTitle = new QLabel(tr("Expiring soon"), this);
    QFont bold = upcomingTitle->font();
    bold.setBold(true);
    upcomingTitle->setFont(bold);
    layout->addWidget(upcomingTitle);

    m_upcoming = new QTableWidget(0, 3, this);
    m_upcoming->setObjectName(u"upcomingExpiries"_s);
    m_upcoming->setHorizontalHeaderLabels({tr("TradingView user"), tr("Indicator"), tr("Expires")});
    m_upcoming->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_upcoming->verticalHeader()->hide();
    m_upcoming->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_upcoming->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_upcoming, 1);
}

QLabel *DashboardPage::addFigure(QGridLayout *grid, int index, const QString &caption,
                                 Sparkline *trend)
{
    auto *box = new QWidget(this);
    auto *v = new QVBoxLayout(box);
    auto *value = new QLabel(u"…"_s, box);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    value->setFont(big);
    auto *label = new QLabel(caption, box);
    label->setForegroundRole(QPalette::PlaceholderText);
    v->addWidget(value);
    v->addWidget(label);
    if (trend) {
        trend->setParent(box);
        v->addWidget(trend);
    } else {
        v->addSpacing(Sparkline::lineHeight); // figures line up across the row
    }
    grid->addWidget(box, index / 3, index % 3);
    return value;
}

DashboardPage::~DashboardPage()
{
    delete m_trendJobs;
    delete m_jobs; // waits for a computation still running
}

Sparkline *DashboardPage::trend(const QString &name) const
{
    return findChild<Sparkline *>(name);
}

void DashboardPage::reload()
{
    // Figures still being computed are stale now: they are dropped, these are shown.
    m_message->setText(tr("Loading…"));
    Database *database = &m_database;
    const QDateTime now = m_clock.nowUtc();
    m_jobs->run<Expected<BusinessSummary>>(
        [database, now](JobControl &) {
            return BusinessSummary::compute(*database, now, AccessStatusRule::defaultExpiringDays);
        },
        [this](const Expected<BusinessSummary> &result) { show(result); });
    const StoreContext store{m_database, m_clock, u"gui"_s};
    m_trendJobs->run<Expected<OverviewTrends>>(
        [store](JobControl &control) {
            return OverviewTrends::compute(store, &control.cancelFlag());
        },
        [this](const Expected<OverviewTrends> &result) { showTrends(result); });
}

void DashboardPage::showTrends(const Expected<OverviewTrends> &result)
{
    if (!result) {
        // The figures stand on their own; the trends say why they are missing.
        for (Sparkline *line : {m_newTrend, m_activeTrend, m_revenueTrend})
            line->setToolTip(tr("The trend could not be computed: %1").arg(result.error()));
        Q_EMIT trendsLoaded();
        return;
    }
    const QLocale locale;
    QStringList labels;
    for (const QDate &m : result->months)
        labels.append(locale.toString(m, u"MMM yyyy"_s));
    m_newTrend->setValues(tr("New clients per month"), labels, result->newClients);
    m_activeTrend->setValues(tr("Clients with access at each month's end"), labels,
                             result->activeClients);
    m_revenueTrend->setValues(result->currency.isEmpty()
                                  ? tr("Revenue per month")
                                  : tr("Revenue per month (%1)").arg(result->currency),
                              labels, result->revenue, 2);
    Q_EMIT trendsLoaded();
}

void DashboardPage::show(const Expected<BusinessSummary> &result)
{
    if (!result) {
        m_message->setText(tr("The overview could not be loaded: %1").arg(result.error()));
        Q_EMIT loaded();
        return;
    }
    const BusinessSummary &s = *result;
    const QLocale locale;
    m_clients->setText(locale.toString(s.clients));
    m_activeClients->setText(locale.toString(s.activeClients));
    m_activeAccesses->setText(locale.toString(s.activeAccesses));
    m_expiring->setText(locale.toString(s.expiringSoon));
    QStringList revenue;
    for (auto it = s.revenueLast30Days.cbegin(); it != s.revenueLast30Days.cend(); ++it)
        revenue.append(Money(it.value(), it.key()).toDisplayString(locale));
    m_revenue->setText(revenue.isEmpty() ? locale.toString(0) : revenue.join(u"  ·  "_s));
    m_queue->setText(locale.toString(s.queuedChanges));
    m_message->setText(s.deadChanges > 0
                           ? tr("%n change(s) could not be applied on TradingView and need your "
                                "attention.",
                                nullptr, int(s.deadChanges))
                           : (s.clients == 0 ? tr("No clients yet. Import them or add the first "
                                                  "one to get started.")
                                             : QString()));
    m_upcoming->setRowCount(int(s.upcoming.size()));
    for (int row = 0; row < s.upcoming.size(); ++row) {
        const BusinessSummary::Expiry &e = s.upcoming[row];
        m_upcoming->setItem(row, 0, new QTableWidgetItem(e.tvUsername));
        m_upcoming->setItem(row, 1, new QTableWidgetItem(e.indicator));
        m_upcoming->setItem(row, 2, new QTableWidgetItem(DateText::minutes(e.expiresAt)));
        m_upcoming->item(row, 2)->setToolTip(
            locale.toString(e.expiresAt.toLocalTime(), QLocale::LongFormat));
    }
    Q_EMIT loaded();
}

} // namespace pinedesk
