#pragma once

#include "jobs/JobRunner.h"

#include "ConsoleContext.h"
#include "campaigns/CampaignFigures.h"
#include "domain/Expected.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace pinedesk {

class CampaignDetail;
class CampaignTableModel;

// The saved campaigns compared: for each, how many of the clients it reached paid again
// afterwards, how fast and how much, so the vendor can tell which offer works (e.g. "VIP 30D"
// against "inactive 7D"). A pane shows the selected campaign's days-to-payment distribution.
// Delete, and export the comparison as CSV. Figures load on a worker thread.
class CampaignsPage final : public QWidget
{
    Q_OBJECT

public:
    CampaignsPage(ConsoleContext context, QWidget *parent = nullptr);
    // Waits for a load still running: it uses the database, which may go right after.
    ~CampaignsPage() override;

    CampaignTableModel *model() const { return m_model; }
    CampaignDetail *detail() const { return m_detail; }
    bool isLoading() const { return m_jobs->isRunning(); }
    QString message() const;
    QString comparisonText() const;
    qint64 selectedId() const;
    bool select(qint64 id);
    // 0: every payment after the start; else only those within that many days.
    int horizonDays() const;
    void setHorizonDays(int days);
    // Writes the comparison shown (all campaigns) to `path`.
    Status exportTo(const QString &path);

public Q_SLOTS:
    void reload();
    void deleteSelected();
    // Asks where to save the comparison, then writes it.
    void exportCsv();

Q_SIGNALS:
    void loaded();
    void campaignsChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    using Rows = Expected<QList<CampaignFigures>>;
    void showRows(const Rows &rows);
    void showSelection();
    void updateButtons();

    ConsoleContext m_ctx;
    CampaignTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    JobRunner *m_jobs = nullptr;
    bool m_emptyShown = false;

    QComboBox *m_horizon;
    QPushButton *m_export;
    QPushButton *m_delete;
    QLabel *m_summary;
    QLabel *m_message;
    QTableView *m_table;
    CampaignDetail *m_detail;
};

} // namespace pinedesk
