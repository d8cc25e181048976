#pragma once

#include "jobs/JobRunner.h"

#include "services/ServiceContext.h"
#include "sync/Reconciler.h"

#include <QGroupBox>
#include <QMap>
#include <QPointer>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;

namespace pinedesk {

class TradingViewClient;

// The Sync page's reconciliation: when TradingView was last compared with PineDesk and how many
// differences of each kind were found, "Reconcile now" (lists every script's users through the
// console's TradingView line, without blocking the window) and "Queue these fixes" (with a choice
// for users who are not clients). Fixes are queued on a worker thread.
class ReconciliationPanel final : public QGroupBox
{
    Q_OBJECT

public:
    // client may be null (no TradingView line): the last report is shown, reconciling is off.
    ReconciliationPanel(ServiceContext context, TradingViewClient *client,
                        QWidget *parent = nullptr);
    // Stops a reconciliation still running and waits for fixes being queued.
    ~ReconciliationPanel() override;

    bool isRunning() const { return m_reconciler || m_queueing; }
    const std::optional<ReconciliationReport> &report() const { return m_report; }
    QString summary() const;
    QString message() const;
    // What "Queue these fixes" does with users who hold access but are not clients.
    Reconciler::UnknownUsers unknownUsers() const;
    void setUnknownUsers(Reconciler::UnknownUsers choice);

public Q_SLOTS:
    // Shows the newest saved report.
    void loadLatest();
    void reconcileNow();
    void stop();
    void queueFixes();
    void showFixes(const Expected<Reconciler::Fixes> &fixes);

Q_SIGNALS:
    void reconciled();
    void fixesQueued(qint64 batchId, int queued);

private:
    void reconciliationFinished(const ReconciliationReport &report);
    void showReport();
    void updateButtons();

    ServiceContext m_ctx;
    QPointer<TradingViewClient> m_client;
    QPointer<Reconciler> m_reconciler;
    JobRunner *m_jobs = nullptr;
    bool m_queueing = false;
    bool m_fixesQueued = false; // for the report shown
    // Made in this session. A report loaded from an earlier one is shown, but its fixes are not
    // queued: clients, payments and TradingView may have changed since.
    bool m_fresh = false;
    bool m_stopped = false; // the vendor stopped the running reconciliation
    std::optional<ReconciliationReport> m_report;

    QLabel *m_summary;
    QMap<int, QLabel *> m_counts; // by ReconciliationReport::Kind
    QLabel *m_errors;
    QLabel *m_message;
    QPushButton *m_reconcile;
    QPushButton *m_stop;
    QComboBox *m_unknown;
    QPushButton *m_queue;
};

} // namespace pinedesk
