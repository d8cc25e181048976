#pragma once

#include "ConsoleContext.h"
#include "analytics/AnalyticsSnapshot.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace pinedesk {

class JobRunner;
class KpiCard;

// Business › Analytics: the figures of docs/analytics.md for a range of months, each with its
// change against the period before, and the charts behind them (active and paying clients, new
// against churned and reactivated, revenue and MRR movement per currency, top indicators,
// cohort retention, revenue at risk). Computed on a worker (progress, cancel, never a frozen
// window), recomputed when the business changes.
class AnalyticsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit AnalyticsPage(ConsoleContext context, QWidget *parent = nullptr);
    ~AnalyticsPage() override;

    KpiCard *card(const QString &name) const;
    QList<QChartView *> charts() const;
    QTableWidget *cohortTable() const { return m_cohorts; }
    QString statusText() const;
    bool isLoading() const;

public Q_SLOTS:
    void reload();
    void setRange(AnalyticsSnapshot::Range range);

Q_SIGNALS:
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void present(const AnalyticsSnapshot &s);
    void showCards(const AnalyticsSnapshot &s);
    void showCohorts(const AnalyticsSnapshot &s);
    void showRisk(const AnalyticsSnapshot &s);
    void exportCsv();
    KpiCard *addCard(QGridLayout *grid, const QString &name, const QString &title,
                     const QString &definition);

    ConsoleContext m_ctx;
    JobRunner *m_jobs;
    QComboBox *m_range;
    QPushButton *m_export;
    QLabel *m_status;
    QMap<QString, KpiCard *> m_cards;
    QGridLayout *m_chartGrid;
    QList<QChartView *> m_charts;
    QTableWidget *m_cohorts;
    QLabel *m_risk;
    std::optional<AnalyticsSnapshot> m_snapshot;
    bool m_dirty = true;
};

} // namespace pinedesk
