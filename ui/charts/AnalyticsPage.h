#pragma once

#include "ConsoleContext.h"
#include "analytics/AnalyticsSnapshot.h"
#include "analytics/FigureClients.h"
#include "crm/ClientFilter.h"
#include "reports/BusinessReport.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace pinedesk {

class JobRunner;
class KpiCard;

// Business › Analytics: the figures of docs/analytics.md for a range of months, each with its
// change against the period before, and the charts behind them (active and paying clients, new
// against churned and reactivated, revenue and MRR movement per currency, top indicators,
// cohort retention, revenue at risk). Computed on a worker (progress, cancel, never a frozen
// window), kept per range until the business changes. A click on a point, a bar or a cohort
// cell opens the clients behind it in the CRM. Exports the business report as PDF and each
// table as CSV.
class AnalyticsPage final : public QWidget
{
    Q_OBJECT

public:
    // The clients a click asks for.
    using Figure = FigureClients::Figure;

    explicit AnalyticsPage(ConsoleContext context, QWidget *parent = nullptr);
    ~AnalyticsPage() override;

    KpiCard *card(const QString &name) const;
    QList<QChartView *> charts() const;
    QTableWidget *cohortTable() const { return m_cohorts; }
    QString statusText() const;
    bool isLoading() const;
    bool isExporting() const;
    // Months first..last (custom range).
    void setCustomRange(QDate firstMonth, QDate lastMonth);
    // Writes the business report (PDF) or a table (CSV) of the shown range, on a worker.
    void exportPdfTo(const QString &path);
    void exportCsvTo(BusinessReport::Table table, const QString &path);
    // Finds the clients behind a figure of `month` (for CohortActive: of the cohort that
    // started in `month`, active `monthsAfter` months later) and asks for them in the CRM.
    void openClients(Figure figure, QDate month, int monthsAfter = 0);

public Q_SLOTS:
    void reload();
    void setRange(AnalyticsSnapshot::Range range);

Q_SIGNALS:
    void loaded();
    void exported(const QString &message);
    // The vendor clicked a figure: show these clients (a filter the CRM can save or bulk-edit).
    void clientsRequested(const ClientFilter &filter);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void present(const AnalyticsSnapshot &s);
    void showCards(const AnalyticsSnapshot &s);
    void showCohorts(const AnalyticsSnapshot &s);
    void showRisk(const AnalyticsSnapshot &s);
    void exportCsv(BusinessReport::Table table);
    void exportPdf();
    void refresh();
    std::pair<QDate, QDate> chosenMonths() const;
    void setBusy(const QString &text, bool determinate);
    void setIdle(const QString &text);
    void connectClicks(QChart *clients, QChart *movement);

    ConsoleContext m_ctx;
    JobRunner *m_jobs;
    QComboBox *m_range;
    QDateEdit *m_fromMonth;
    QDateEdit *m_toMonth;
    QPushButton *m_export;
    QPushButton *m_pdf;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    // Exports run on their own: a refresh from the change feed must not make them stale.
    JobRunner *m_exportJobs;
    JobRunner *m_lookupJobs; // the clients behind a click
    QMap<QString, KpiCard *> m_cards;
    QGridLayout *m_chartGrid;
    QList<QChartView *> m_charts;
    QTableWidget *m_cohorts;
    QLabel *m_risk;
    std::optional<AnalyticsSnapshot> m_snapshot;
    // The figures' source, kept until the business changes; snapshots per range ("from/to").
    std::shared_ptr<const BusinessMetrics> m_metrics;
    QHash<QString, AnalyticsSnapshot> m_cache;
    bool m_dirty = true;
};

} // namespace pinedesk
