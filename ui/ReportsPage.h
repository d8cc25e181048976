#pragma once

#include "ConsoleContext.h"
#include "print/PageSetup.h"
#include "reports/CsvReport.h"

#include <QWidget>

#include <atomic>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace pinedesk {

class JobRunner;

// Reports to take away: CSV files of the accesses, of a period's payments and of the audit log;
// PDF reports to print or hand over: the business report of a range of months, the expiry
// agenda of a period and the client list; on the business's paper (A4 or Letter). Written in the
// background with progress and cancel; a cancelled report leaves no file.
class ReportsPage final : public QWidget
{
    Q_OBJECT

public:
    enum class Choice { Accesses, Payments, AuditLog, BusinessPdf, AgendaPdf, ClientsPdf };

    explicit ReportsPage(ConsoleContext context, QWidget *parent = nullptr);
    ~ReportsPage() override;

    bool isRunning() const { return m_running; }
    QString message() const;
    void setPeriod(QDate from, QDate to);
    void chooseReport(CsvReport::Kind kind);
    void choose(Choice choice);
    void setPaper(PageSetup::Paper paper);
    // Writes the chosen report to `path` in the background (exportReport() asks for the path).
    void exportTo(const QString &path);

public Q_SLOTS:
    void exportReport();
    void cancel();

private:
    Choice chosen() const;
    void updateState();
    void exportPdf(Choice choice, const QString &path);

    ConsoleContext m_ctx;
    QListWidget *m_reports;
    QLabel *m_description;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_paper;
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
