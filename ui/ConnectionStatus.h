#pragma once

#include "sync/BatchProgress.h"
#include "sync/EngineState.h"
#include "tradingview/TvConnection.h"

#include <QHash>
#include <QWidget>

class QLabel;

namespace pinedesk {

class SyncEngine;

// The status bar's view of TradingView: which TradingView (a SANDBOX badge, or the real one),
// whose account the session is (or that it expired, or TradingView is unreachable), what the
// sync engine is doing, how many changes wait to be applied and how far the running batches are.
class ConnectionStatus final : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionStatus(QWidget *parent = nullptr);

    // engine may live on another thread: its signals arrive queued.
    void attach(SyncEngine *engine, bool sandbox);
    // The console's own line to TradingView: its account name or what is wrong with it.
    void attachConnection(TvConnection *tv);
    QString badgeText() const;
    QString stateText() const;
    QString queueText() const;
    QString connectionText() const;
    // "Applying 120 of 6,500 · 4.0/s" while batches run; empty otherwise.
    QString progressText() const;

    // The status bar's words for a connection state (the account name when connected).
    static QString connectionTextFor(const TvConnection &tv);

private:
    void showState(EngineState state);
    void showDepth(qint64 waiting);
    void showConnection();
    void showProgress(const BatchProgress &progress);
    void clearProgress();

    QLabel *m_badge;
    QLabel *m_connection;
    QLabel *m_state;
    QLabel *m_queue;
    QLabel *m_progress;
    TvConnection *m_tv = nullptr;
    QHash<qint64, BatchProgress> m_batches; // batches with changes still to apply
};

} // namespace pinedesk
