#include "ConnectionStatus.h"

#include "sync/SyncEngine.h"

#include <QHBoxLayout>
#include <QLabel>

namespace pinedesk {

ConnectionStatus::ConnectionStatus(QWidget *parent)
    : QWidget(parent)
    , m_badge(new QLabel(this))
    , m_state(new QLabel(this))
    , m_queue(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_badge);
    layout->addWidget(m_state);
    layout->addWidget(m_queue);
    m_badge->setObjectName(QStringLiteral("connectionBadge"));
    m_state->setObjectName(QStringLiteral("engineState"));
    m_queue->setObjectName(QStringLiteral("queueDepth"));
    m_state->setText(tr("Not connected"));
}

void ConnectionStatus::attach(SyncEngine *engine, bool sandbox)
{
    if (sandbox) {
        m_badge->setText(tr("SANDBOX"));
        m_badge->setToolTip(
            tr("PineDesk talks to its built-in TradingView sandbox: nothing reaches "
               "the real TradingView. Start PineDesk with --real to use your account."));
        // A badge that stands out in light and dark palettes alike.
        m_badge->setStyleSheet(
            QStringLiteral("QLabel { background: #b26a00; color: white; "
                           "font-weight: bold; padding: 1px 6px; border-radius: 3px; }"));
    } else {
        m_badge->setText(tr("TradingView"));
        m_badge->setStyleSheet(QString());
    }
    connect(engine, &SyncEngine::stateChanged, this, &ConnectionStatus::showState);
    connect(engine, &SyncEngine::queueDepthChanged, this, &ConnectionStatus::showDepth);
    showState(EngineState::Idle);
}

void ConnectionStatus::showState(EngineState state)
{
    m_state->setText(EngineStateNames::displayName(state));
}

void ConnectionStatus::showDepth(qint64 waiting)
{
    m_queue->setText(waiting > 0 ? tr("%n change(s) waiting", nullptr, int(waiting)) : QString());
}

QString ConnectionStatus::badgeText() const
{
    return m_badge->text();
}

QString ConnectionStatus::stateText() const
{
    return m_state->text();
}

QString ConnectionStatus::queueText() const
{
    return m_queue->text();
}

} // namespace pinedesk
