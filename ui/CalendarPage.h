#pragma once

#include "jobs/JobRunner.h"

#include "ConsoleContext.h"
#include "reports/ExpiryMonth.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace pinedesk {

class ExpiryCalendarModel;
class ExpiryCalendarView;

// The expiry calendar: a month view with the number of accesses that end each day, and below it
// who they are for the selected day (client, username, indicator, expiry, sync state). Months
// load on a worker thread; days within the "expiring soon" threshold stand out.
class CalendarPage final : public QWidget
{
    Q_OBJECT

public:
    CalendarPage(ConsoleContext context, QWidget *parent = nullptr);
    // Waits for a load still running: it uses the database, which may go right after.
    ~CalendarPage() override;

    ExpiryCalendarView *calendar() const { return m_calendar; }
    ExpiryCalendarModel *model() const { return m_model; }
    bool isLoading() const { return m_jobs->isRunning(); }
    QString message() const;
    QString legend() const;
    // The local date the clock says it is.
    QDate today() const;

public Q_SLOTS:
    // Re-reads the month on show (accesses change elsewhere in the console).
    void reload();
    void showToday();
    void showMonth(int year, int month);
    // The "expiring soon" threshold changed in Settings.
    void setExpiringWithinDays(int days);
    // Writes the accesses ending in the month shown and the 11 after it as .ics, on a worker;
    // asks where unless a path is given. Returns the path chosen (empty: cancelled).
    QString exportIcs(const QString &path = {});

Q_SIGNALS:
    void loaded();
    void exported(const QString &error); // empty: written

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load(int year, int month);
    void showLoaded(const Expected<ExpiryMonth> &result);
    void showDay(QDate day);
    void pageChanged(int year, int month);

    ConsoleContext m_ctx;
    ExpiryCalendarView *m_calendar;
    ExpiryCalendarModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_monthSummary;
    QLabel *m_legend;
    QLabel *m_dayTitle;
    QLabel *m_message;
    QPushButton *m_today;
    QPushButton *m_exportIcs;
    QLabel *m_exportNote;
    JobRunner *m_jobs = nullptr;
    JobRunner *m_exports = nullptr;
    int m_expiringDays;
};

} // namespace pinedesk
