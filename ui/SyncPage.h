#pragma once

#include "store/StoreContext.h"
#include "sync/EngineState.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace pinedesk {

class SyncEngine;
class SyncQueueModel;

// The queue of changes for TradingView: what waits, what is being sent, what failed and why,
// with pause and resume, retry and cancel. A banner asks for a new session when it expired.
class SyncPage final : public QWidget
{
    Q_OBJECT

public:
    SyncPage(StoreContext context, QWidget *parent = nullptr);

    // engine may live on another thread: it is driven through queued calls only.
    void attach(SyncEngine *engine);
    SyncQueueModel *model() const { return m_model; }
    QString message() const;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    // The vendor wants to paste a fresh TradingView session.
    void newSessionRequested();

private:
    void showState(EngineState state);
    void togglePause();
    void retryFailed();
    void cancelSelected();
    QList<qint64> selectedRowIds() const;
    void scheduleReload();

    StoreContext m_ctx;
    SyncEngine *m_engine = nullptr;
    SyncQueueModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_state;
    QLabel *m_message;
    QWidget *m_banner;
    QPushButton *m_pause;
    QTimer *m_reloadTimer;
    bool m_paused = false;
};

} // namespace pinedesk
