#pragma once

#include "jobs/JobRunner.h"

#include "analytics/OverviewTrends.h"
#include "reports/BusinessSummary.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QTableWidget;

namespace pinedesk {

class Clock;
class Database;
class Sparkline;

// The overview a vendor opens with: clients, active accesses, what expires this week, revenue
// of the last 30 days and the sync backlog, with twelve-month trend lines under the figures
// that have one. Figures load on a worker thread; the trends on another, after them.
class DashboardPage final : public QWidget
{
    Q_OBJECT

public:
    DashboardPage(Database &database, const Clock &clock, QWidget *parent = nullptr);
    // Waits for a load still running: it uses the database, which may go right after.
    ~DashboardPage() override;

    void reload();
    bool isLoading() const { return m_jobs->isRunning(); }
    bool isLoadingTrends() const { return m_trendJobs->isRunning(); }
    Sparkline *trend(const QString &name) const;

Q_SIGNALS:
    void loaded();
    void trendsLoaded();

private:
    void show(const Expected<BusinessSummary> &result);
    void showTrends(const Expected<OverviewTrends> &result);
    QLabel *addFigure(QGridLayout *grid, int index, const QString &caption,
                      Sparkline *trend = nullptr);

    Database &m_database;
    const Clock &m_clock;
    JobRunner *m_jobs = nullptr;
    JobRunner *m_trendJobs = nullptr; // its own runner: figures never wait for the trends
    QLabel *m_clients = nullptr;
    QLabel *m_activeClients = nullptr;
    QLabel *m_activeAccesses = nullptr;
    QLabel *m_expiring = nullptr;
    QLabel *m_revenue = nullptr;
    QLabel *m_queue = nullptr;
    QLabel *m_message = nullptr;
    QTableWidget *m_upcoming = nullptr;
    Sparkline *m_newTrend = nullptr;
    Sparkline *m_activeTrend = nullptr;
    Sparkline *m_revenueTrend = nullptr;
};

} // namespace pinedesk
