#pragma once

#include "sync/EngineState.h"

#include <QWidget>

class QLabel;

namespace pinedesk {

class SyncEngine;

// The status bar's view of TradingView: which TradingView (a SANDBOX badge, or the real one),
// what the sync engine is doing, and how many changes wait to be applied.
class ConnectionStatus final : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionStatus(QWidget *parent = nullptr);

    // engine may live on another thread: its signals arrive queued.
    void attach(SyncEngine *engine, bool sandbox);
    QString badgeText() const;
    QString stateText() const;
    QString queueText() const;

private:
    void showState(EngineState state);
    void showDepth(qint64 waiting);

    QLabel *m_badge;
    QLabel *m_state;
    QLabel *m_queue;
};

} // namespace pinedesk
