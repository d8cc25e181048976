#include "ConnectionStatus.h"

#include "sync/SyncEngine.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace pinedesk {

ConnectionStatus::ConnectionStatus(QWidget *parent)
    : QWidget(parent)
    , m_badge(new QLabel(this))
    , m_connection(new QLabel(this))
    , m_state(new QLabel(this))
    , m_queue(new QLabel(this))
    , m_progress(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_badge);
    layout->addWidget(m_connection);
    layout->addWidget(m_state);
    layout->addWidget(m_queue);
    layout->addWidget(m_progress);
    layout->addStretch(1);
    m_badge->setObjectName(QStringLiteral("connectionBadge"));
    m_connection->setObjectName(QStringLiteral("tvConnection"));
    m_state->setObjectName(QStringLiteral("engineState"));
    m_queue->setObjectName(QStringLiteral("queueDepth"));
    m_progress->setObjectName(QStringLiteral("syncProgress"));
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
    connect(engine, &SyncEngine::batchProgress, this, &ConnectionStatus::showProgress);
    connect(engine, &SyncEngine::idle, this, &ConnectionStatus::clearProgress);
    showState(EngineState::Idle);
}

void ConnectionStatus::attachConnection(TvConnection *tv)
{
    if (m_tv)
        disconnect(m_tv, nullptr, this, nullptr);
    m_tv = tv;
    if (tv)
        connect(tv, &TvConnection::stateChanged, this, &ConnectionStatus::showConnection);
    showConnection();
}

QString ConnectionStatus::connectionTextFor(const TvConnection &tv)
{
    switch (tv.state()) {
    case TvConnection::State::NoSession:
        return tr("No TradingView session");
    case TvConnection::State::Checking:
        return tr("Checking the session…");
    case TvConnection::State::Connected:
        return tv.isSandbox() ? tr("Sandbox account %1").arg(tv.accountName())
                              : tr("Signed in as %1").arg(tv.accountName());
    case TvConnection::State::Expired:
        return tr("Session expired");
    case TvConnection::State::Offline:
        return tr("TradingView offline");
    }
    return {};
}

void ConnectionStatus::showConnection()
{
    if (!m_tv) {
        m_connection->clear();
        m_connection->setToolTip(QString());
        return;
    }
    m_connection->setText(connectionTextFor(*m_tv));
    // The full sentence (with the network's reason when offline) is one hover away.
    m_connection->setToolTip(m_tv->stateText());
}

void ConnectionStatus::showProgress(const BatchProgress &progress)
{
    if (progress.remaining > 0)
        m_batches.insert(progress.batchId, progress);
    else
        m_batches.remove(progress.batchId);
    if (m_batches.isEmpty()) {
        clearProgress();
        return;
    }
    qint64 finished = 0;
    qint64 total = 0;
    for (const BatchProgress &p : std::as_const(m_batches)) {
        const qint64 ended = p.done + p.failed + p.cancelled;
        finished += ended;
        total += ended + p.remaining;
    }
    const QLocale locale;
    // The rate is the engine's, over all batches: the newest report has the freshest one.
    const QString text =
        progress.opsPerSecond > 0
            ? tr("Applying %1 of %2 · %3/s")
                  .arg(locale.toString(finished), locale.toString(total),
                       locale.toString(progress.opsPerSecond, 'f', 1))
            : tr("Applying %1 of %2").arg(locale.toString(finished), locale.toString(total));
    m_progress->setText(text);
}

void ConnectionStatus::clearProgress()
{
    m_batches.clear();
    m_progress->clear();
}

void ConnectionStatus::showState(EngineState state)
{
    m_state->setText(EngineStateNames::displayName(state));
}

void ConnectionStatus::showDepth(qint64 waiting)
{
    m_queue->setText(waiting > 0 ? tr("%n change(s) waiting", nullptr, int(waiting)) : QString());
    if (waiting == 0)
        clearProgress(); // a batch cancelled or drained without a last report
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

QString ConnectionStatus::connectionText() const
{
    return m_connection->text();
}

QString ConnectionStatus::progressText() const
{
    return m_progress->text();
}

} // namespace pinedesk
