#pragma once

#include "ConsoleContext.h"
#include "bulk/BulkDraft.h"
#include "bulk/BulkQueue.h"
#include "bulk/ThroughputMeter.h"
#include "sync/BatchProgress.h"
#include "sync/EngineState.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace pinedesk {

class BulkResultsModel;
class JobRunner;
class SyncEngine;

// Step 5 of the bulk wizard: queues the run (one transaction, one batch, on a worker thread),
// then follows it user by user from the database every half second, whatever the engine does:
// live status, changes per second, time left, failures with their reasons. Pause, resume and
// cancel act on the batch; failed changes can be retried and the results exported to CSV.
// Closing the wizard does not stop the run.
class BulkRunPage final : public QWizardPage
{
    Q_OBJECT

public:
    BulkRunPage(ConsoleContext context, BulkDraft &draft, QWidget *parent = nullptr);
    ~BulkRunPage() override;

    // The engine may live on another thread: only queued calls and its signals are used.
    void attachEngine(SyncEngine *engine);
    qint64 batchId() const { return m_batchId; }
    bool isQueueing() const;
    // Nothing waiting or in flight any more (failed and cancelled ones included).
    bool isFinished() const;
    BulkResultsModel *model() const { return m_model; }
    // Reads the batch's progress now (the page also does it every half second).
    void poll();
    // Writes the results to `path`; false with a message to the vendor when it failed.
    bool exportResults(const QString &path);

    void initializePage() override;
    bool isComplete() const override;

Q_SIGNALS:
    void batchQueued(qint64 batchId);
    // The batch has nothing left waiting or in flight.
    void runFinished();

private:
    void queued(const Expected<BulkQueue::Outcome> &outcome);
    void updateLabels();
    void togglePause();
    void cancelWaiting();
    void retryFailed();
    void exportClicked();
    void wakeEngine();
    void showEngineState(EngineState state);
    void engineProgress(const BatchProgress &progress);

    ConsoleContext m_ctx;
    BulkDraft &m_draft;
    BulkResultsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_headline;
    QProgressBar *m_progress;
    QLabel *m_counts;
    QLabel *m_pace;
    QLabel *m_engineState;
    QLabel *m_message;
    QPushButton *m_pause;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_export;
    QPushButton *m_tryAgain; // shown when queueing failed (nothing was written)
    QComboBox *m_filter;
    QTableView *m_table;
    QTimer *m_poll;
    JobRunner *m_jobs;
    QPointer<SyncEngine> m_engine;
    ThroughputMeter m_meter;
    QElapsedTimer m_clock;
    std::optional<BatchProgress> m_engineProgress;
    double m_engineProgressAt = -1;
    qint64 m_batchId = 0;
    bool m_finishedOnce = false;
    bool m_started = false;
};

} // namespace pinedesk
