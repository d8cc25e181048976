#pragma once

#include "jobs/JobRunner.h"

#include "reports/BusinessSummary.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QTableWidget;

namespace pinedesk {

class Clock;
class Database;

// The overview a vendor opens with: clients, active accesses, what expires this week, revenue
// of the last 30 days and the sync backlog. Figures load on a worker thread.
class DashboardPage final : public QWidget
{
    Q_OBJECT

public:
    DashboardPage(Database &database, const Clock &clock, QWidget *parent = nullptr);
    // Waits for a load still running: it uses the database, which may go right after.
    ~DashboardPage() override;

    void reload();
    bool isLoading() const { return m_jobs->isRunning(); }

Q_SIGNALS:
    void loaded();

private:
    void show(const Expected<BusinessSummary> &result);
    QLabel *addFigure(QGridLayout *grid, int index, const QString &caption);

    Database &m_database;
    const Clock &m_clock;
    JobRunner *m_jobs = nullptr;
    QLabel *m_clients = nullptr;
    QLabel *m_activeClients = nullptr;
    QLabel *m_activeAccesses = nullptr;
    QLabel *m_expiring = nullptr;
    QLabel *m_revenue = nullptr;
    QLabel *m_queue = nullptr;
    QLabel *m_message = nullptr;
    QTableWidget *m_upcoming = nullptr;
};

} // namespace pinedesk
