#pragma once

#include "ConsoleContext.h"
#include "reports/CsvReport.h"

#include <QWidget>

#include <atomic>
#include <memory>

class QDateEdit;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace pinedesk {

class JobRunner;

// Reports to take away: CSV files of the accesses, of a period's payments and of the audit log,
// written in the background with progress and cancel. (Charts and PDF reports come with the
// analytics.)
class ReportsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ReportsPage(ConsoleContext context, QWidget *parent = nullptr);
    ~ReportsPage() override;

    bool isRunning() const { return m_running; }
    QString message() const;
    void setPeriod(QDate from, QDate to);
    void chooseReport(CsvReport::Kind kind);
    // Writes the chosen report to `path` in the background (exportReport() asks for the path).
    void exportTo(const QString &path);

public Q_SLOTS:
    void exportReport();
    void cancel();

private:
    CsvReport::Kind chosen() const;
    void updateState();

    ConsoleContext m_ctx;
    QListWidget *m_reports;
    QLabel *m_description;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_export;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_message;
    JobRunner *m_jobs;
    // Cancel stops the writer through its own flag, so its "cancelled" result still arrives
    // (and the half-written file is gone) rather than being dropped.
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
    bool m_running = false;
};

} // namespace pinedesk
