#pragma once

#include "ConsoleContext.h"
#include "domain/LeaseHolder.h"
#include "store/StoreContext.h"
#include "sync/EngineState.h"
#include "sync/SyncConfig.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace pinedesk {

class JobRunner;

class BatchList;
class ReconciliationPanel;
class SyncEngine;
class SyncQueueModel;

// The queue of changes for TradingView: what waits, what is being sent, what failed and why,
// with pause and resume, retry and cancel; the batches with their progress; the engine's state
// and pacing; the last reconciliation with "Reconcile now" and "Queue these fixes". A banner
// asks for a new session when it expired.
class SyncPage final : public QWidget
{
    Q_OBJECT

public:
    // context.tv (may be null) is the line "Reconcile now" lists TradingView's users through.
    SyncPage(ConsoleContext context, QWidget *parent = nullptr);
    // Without a TradingView line: reconciling is off, the last report is still shown.
    SyncPage(StoreContext context, QWidget *parent = nullptr);

    // engine may live on another thread: it is driven through queued calls only.
    void attach(SyncEngine *engine);
    // The pacing the engine was started with (by default the one in the settings).
    void setPacing(const SyncConfig &config);
    SyncQueueModel *model() const { return m_model; }
    BatchList *batchList() const { return m_batches; }
    ReconciliationPanel *reconciliationPanel() const { return m_reconciliation; }
    QString message() const;
    QString pacingText() const;

    // A reload is still reading (the queue or the batches).
    bool isLoading() const;

public Q_SLOTS:
    // Reads the queue and the batches on workers; loaded() when both are shown.
    void reload();

Q_SIGNALS:
    // The vendor wants to paste a fresh TradingView session.
    void newSessionRequested();
    void loaded();

private:
    void showState(EngineState state);
    void showLeaseHolder(const LeaseHolder &holder);
    void showPace(double writesPerSecond, int inFlight);
    void togglePause();
    void retryFailed();
    void cancelSelected();
    QList<qint64> selectedRowIds() const;
    void scheduleReload();
    void wakeEngine();
    void showChange(const QString &message);

    StoreContext m_ctx;
    ChangeFeed *m_feed = nullptr;
    SyncEngine *m_engine = nullptr;
    SyncQueueModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_state;
    QLabel *m_message;
    QWidget *m_banner;
    QLabel *m_pacing;
    QLabel *m_leaseBanner;
    SyncConfig m_config;
    QPushButton *m_pause;
    QTimer *m_reloadTimer;
    JobRunner *m_jobs;
    BatchList *m_batches;
    ReconciliationPanel *m_reconciliation;
    bool m_paused = false;
};

} // namespace pinedesk
