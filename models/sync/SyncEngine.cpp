#include "SyncEngine.h"

#include "logging/LogCategories.h"
#include "store/AccessStore.h"
#include "store/QueueLeaseStore.h"
#include "store/SyncLedger.h"
#include "store/SyncQueueStore.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QUuid>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

constexpr double progressEverySeconds = 0.2;

bool isNetworkKind(TvError::Kind kind)
{
    return kind == TvError::Kind::NetworkError || kind == TvError::Kind::Timeout;
}

} // namespace

SyncEngine::SyncEngine(Database &database, const Clock &clock, const QUrl &baseUrl,
                       SyncConfig config, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_baseUrl(baseUrl)
    , m_config(config)
    , m_pacer(config)
    , m_circuit(config)
    , m_backoff(config.retryBaseSeconds, config.retryCapSeconds)
    , m_random(QRandomGenerator::securelySeeded())
{
    qRegisterMetaType<pinedesk::EngineState>();
    qRegisterMetaType<pinedesk::BatchProgress>();
    qRegisterMetaType<pinedesk::TvSession>();
    qRegisterMetaType<pinedesk::LeaseHolder>();
    m_monotonic.start();
    // Parented, so that moveToThread() takes the timers along with the engine.
    m_wakeTimer.setParent(this);
    m_pollTimer.setParent(this);
    m_leaseTimer.setParent(this);
    m_wakeTimer.setSingleShot(true);
    m_self.ownerId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_self.kind = u"engine"_s;
    m_self.pid = QCoreApplication::applicationPid();
    m_self.host = QueueLeaseStore::thisHost();
    connect(&m_leaseTimer, &QTimer::timeout, this, [this] {
        if (m_holdsLease)
            renewLease();
        else
            acquireLease();
    });
    connect(&m_wakeTimer, &QTimer::timeout, this, &SyncEngine::pump);
    connect(&m_pollTimer, &QTimer::timeout, this, &SyncEngine::pump);
}

SyncEngine::~SyncEngine()
{
    // The client aborts its requests; their rows stay in flight in the database and run again
    // at the next start, exactly as after a crash.
    delete m_client;
    delete m_network;
    if (m_holdsLease) {
        // Rows still in flight are recovered by the next owner, which may start at once.
        if (const Status s = QueueLeaseStore(context()).release(m_self.ownerId); !s)
            qCWarning(lcLease) << "could not release the queue lease:" << s.error().detail();
    }
    m_database.closeThreadConnection();
}

StoreContext SyncEngine::context() const
{
    return {m_database, m_clock, u"sync"_s};
}

quint64 SyncEngine::requestCount() const
{
    return m_client ? m_client->requestCount() : 0;
}

QString SyncEngine::diagnostics() const
{
    QString ops;
    for (auto it = m_ops.cbegin(); it != m_ops.cend(); ++it)
        ops += u" %1:%2"_s.arg(it->row.id).arg(it->sessionGeneration);
    return u"ops=%1 calls=%2/%3/%4 inflight=%5 paused=%6 expired=%7 gen=%8 circuit=%9 pacerW=%10/%11 ops:%12"_s
               .arg(m_ops.size())
               .arg(m_calls[0].size())
               .arg(m_calls[1].size())
               .arg(m_calls[2].size())
               .arg(m_callsInFlight)
               .arg(m_pausedByUser)
               .arg(m_sessionExpired)
               .arg(m_sessionGeneration)
               .arg(int(m_circuit.state(monotonicNow())))
               .arg(m_pacer.inFlight(CallClass::Write))
               .arg(m_pacer.allowedInFlight(CallClass::Write))
               .arg(ops) +
           u" client-pending=%1"_s.arg(m_client ? m_client->pendingRequests() : -1);
}

void SyncEngine::start(const TvSession &session)
{
    if (m_started)
        return;
    m_started = true;
    // Created here, on the engine's thread, so they live where they are used.
    m_network = new QNetworkAccessManager;
    m_client = new TradingViewClient(m_network, m_baseUrl);
    m_client->setSession(session);
    m_client->setTimeoutMs(m_config.requestTimeoutMs);
    connect(m_client, &TradingViewClient::sessionRotated, this, [this](const TvSession &rotated) {
        ++m_sessionGeneration; // calls sent with the previous cookie may come back 403
        Q_EMIT sessionRotated(rotated);
    });
    m_leaseTimer.start(int(m_config.leaseHeartbeatSeconds * 1000));
    acquireLease();
}

void SyncEngine::pauseAll()
{
    m_pausedByUser = true;
    updateState();
}

void SyncEngine::resumeAll()
{
    m_pausedByUser = false;
    m_idleReported = false;
    pump();
}

void SyncEngine::supplySession(const TvSession &session)
{
    if (m_client)
        m_client->setSession(session);
    ++m_sessionGeneration;
    m_sessionExpired = false;
    m_idleReported = false;
    pump();
}

void SyncEngine::wake()
{
    m_idleReported = false; // whoever wakes the engine hears whether there was anything to do
    pump();
}

void SyncEngine::stop()
{
    m_stopping = true;
    m_pollTimer.stop();
    checkStopped();
}

void SyncEngine::scheduleWake(double secondsFromNow)
{
    const int ms = std::clamp(int(std::ceil(secondsFromNow * 1000)), 0, int(pollSeconds * 1000));
    if (!m_wakeTimer.isActive() || m_wakeTimer.remainingTime() > ms)
        m_wakeTimer.start(ms);
}

void SyncEngine::pump()
{
    if (!m_started || m_stopping || !m_holdsLease)
        return;
    if (!m_pausedByUser && !m_sessionExpired)
        claimRows();
    startCalls();
    updateState();
    reportDepth();
    if (m_ops.isEmpty() && !m_pausedByUser && !m_sessionExpired) {
        const auto due = SyncLedger(context()).nextDue();
        if (!due) {
            // Not knowing is not "nothing to do": look again, and tell whoever waits for idle.
            qCWarning(lcSync) << "cannot read when the next change is due:" << due.error().detail();
            Q_EMIT readFailed(due.error().message());
            scheduleWake(1);
            return;
        }
        if (!*due) {
            // Once per quiet spell: the poll that finds nothing again says nothing again.
            if (!m_idleReported) {
                m_idleReported = true;
                Q_EMIT idle();
            }
            return;
        }
        scheduleWake(double(m_clock.nowUtc().msecsTo(**due)) / 1000.0);
    }
}

void SyncEngine::claimRows()
{
    SyncLedger ledger(context(), m_self.ownerId);
    while (m_ops.size() < m_config.maxRowsInFlight) {
        const auto row = ledger.claimNext();
        if (!row) {
            if (row.error().kind() == SyncLedger::leaseLostKind) {
                loseLease();
                return;
            }
            qCWarning(lcSync) << "cannot take the next change:" << row.error().detail();
            Q_EMIT readFailed(row.error().message());
            scheduleWake(1); // the database is busy or failing: look again shortly
            return;
        }
        if (!row.value())
            return;
        begin(*row.value());
    }
}

void SyncEngine::begin(const SyncQueueRow &row)
{
    m_idleReported = false;
    const quint64 opId = m_nextOpId++;
    Operation op;
    op.row = row;
    const auto intent = AccessStore(context()).intentForPair(row.tvUsername, row.pineId);
    m_ops.insert(opId, op);
    if (!intent) {
        // The intent could not be read: the change waits for a later attempt, not counted.
        const QString why = intent.error();
        const qint64 rowId = row.id;
        persist(
            opId,
            [this, rowId, why] {
                return SyncLedger(context(), m_self.ownerId)
                    .finishRetry(rowId, m_clock.nowUtc().addSecs(2), why, false);
            },
            u"released"_s, why);
        return;
    }
    if (!intent.value()) {
        // Nothing is intended for this pair any more (the client was renamed, say): nothing to do.
        finishDone(opId, u"no_intent"_s, false);
        return;
    }
    Operation &stored = m_ops[opId];
    stored.intent = *intent.value();
    stored.wantAccess = stored.intent.intent == IntendedState::Granted &&
                        !stored.intent.expiration.isPastAt(m_clock.nowUtc());
    if (stored.wantAccess)
        callAdd(opId);
    else
        callRemove(opId);
}

void SyncEngine::enqueueCall(CallClass callClass, quint64 opId, std::function<void()> run)
{
    if (!m_holdsLease) {
        m_ops.remove(opId); // taken over meanwhile: the new owner runs this change
        return;
    }
    m_calls[int(callClass)].push_back({opId, std::move(run)});
    startCalls();
}

void SyncEngine::startCalls()
{
    // While a 403 waits for its verdict no new call goes out (it would be refused too).
    if (m_pausedByUser || m_sessionExpired || m_stopping || !m_parked.isEmpty())
        return;
    const double now = monotonicNow();
    std::optional<double> wakeAt;
    for (CallClass c : allCallClasses) {
        auto &queue = m_calls[int(c)];
        while (!queue.empty()) {
            const auto next = m_pacer.nextStart(c, now);
            if (!next)
                break; // a finishing call frees the slot
            if (*next > now + 1e-6) {
                wakeAt = wakeAt ? std::min(*wakeAt, *next) : *next;
                break;
            }
            const auto circuit = m_circuit.state(now);
            if (circuit == CircuitBreaker::State::Open) {
                const double reopen = m_circuit.reopensAt();
                wakeAt = wakeAt ? std::min(*wakeAt, reopen) : reopen;
                break;
            }
            if (circuit == CircuitBreaker::State::HalfOpen && m_circuit.probeInFlight())
                break; // the probe's answer pumps
            if (!m_pacer.tryStart(c, now)) {
                const double retry = now + 0.001; // not quite due after all: look again soon
                wakeAt = wakeAt ? std::min(*wakeAt, retry) : retry;
                break;
            }
            bool probe = false;
            if (circuit == CircuitBreaker::State::HalfOpen)
                m_circuit.allow(now, &probe);
            PendingCall call = std::move(queue.front());
            queue.pop_front();
            ++m_callsInFlight;
            if (auto op = m_ops.find(call.opId); op != m_ops.end()) {
                op->sessionGeneration = m_sessionGeneration;
                op->probe = probe;
            }
            call.run();
        }
    }
    if (wakeAt)
        scheduleWake(*wakeAt - now);
}

bool SyncEngine::settle(quint64 opId, CallClass callClass, const TvError *error,
                        const std::function<void()> &again)
{
    --m_callsInFlight;
    const double now = monotonicNow();
    const bool probe = m_ops.value(opId).probe;
    bool handled = false;
    if (!error) {
        m_pacer.succeeded(callClass, now);
        m_circuit.succeeded(probe);
    } else {
        switch (error->kind) {
        case TvError::Kind::SessionExpired:
            m_pacer.failed(callClass, now);
            m_circuit.neutral(probe);
            handled = true;
            if (m_ops.value(opId).sessionGeneration != m_sessionGeneration) {
                // Sent with a cookie that has since been replaced: send it again.
                again();
                break;
            }
            m_parked.append({opId, m_ops.value(opId).sessionGeneration, again, error->message()});
            resolveParked();
            break;
        case TvError::Kind::RateLimited:
            ++m_throttled;
            m_circuit.neutral(probe);
            m_pacer.rateLimited(callClass, error->retryAfterSeconds, now);
            handled = true;
            again(); // the same call, queued until the class may go again
            updateState();
            break;
        case TvError::Kind::ServerError:
        case TvError::Kind::NetworkError:
        case TvError::Kind::Timeout:
        case TvError::Kind::ProtocolError:
            m_pacer.failed(callClass, now);
            m_circuit.failed(now, probe);
            m_lastFailureWasNetwork = isNetworkKind(error->kind);
            handled = true;
            finishRetry(opId, *error);
            break;
        case TvError::Kind::UserNotFound:
        case TvError::Kind::ScriptNotFound:
        case TvError::Kind::AlreadyExists:
        case TvError::Kind::BadRequest:
            // The server answered properly; the answer is the caller's to interpret.
            m_pacer.succeeded(callClass, now);
            m_circuit.succeeded(probe);
            break;
        }
    }
    if (!m_parked.isEmpty())
        resolveParked();
    if (m_stopping)
        QMetaObject::invokeMethod(this, &SyncEngine::checkStopped, Qt::QueuedConnection);
    return !handled;
}

void SyncEngine::resolveParked()
{
    if (m_callsInFlight > 0 || m_parked.isEmpty())
        return; // the answers still out may carry a rotated cookie
    const QList<ParkedCall> parked = std::exchange(m_parked, {});
    bool expired = false;
    for (const ParkedCall &call : parked) {
        if (call.generation != m_sessionGeneration) {
            call.again(); // a newer cookie arrived meanwhile: try with it
            continue;
        }
        expired = true;
        release(call.opId, call.reason);
    }
    if (expired && !m_sessionExpired) {
        m_sessionExpired = true;
        // Queued: a slot that stops the engine or supplies a session runs after this answer is
        // fully handled.
        QMetaObject::invokeMethod(this, &SyncEngine::sessionExpired, Qt::QueuedConnection);
    }
    updateState();
    if (!expired)
        startCalls();
}

void SyncEngine::persist(quint64 opId, std::function<Status()> write, const QString &outcome,
                         const QString &message)
{
    if (!m_ops.contains(opId))
        return;
    if (const Status s = write(); !s) {
        if (s.error().kind() == SyncLedger::leaseLostKind) {
            // Another engine owns the queue now and runs this row again: drop it here.
            m_ops.remove(opId);
            return;
        }
        qCWarning(lcSync) << "cannot record an outcome yet, retrying:" << s.error().detail();
        QTimer::singleShot(1000, this, [this, opId, write, outcome, message] {
            persist(opId, write, outcome, message);
        });
        return;
    }
    closeOperation(opId, outcome, message);
}

void SyncEngine::finishDone(quint64 opId, const QString &result, bool hasAccess)
{
    const Operation op = m_ops.value(opId);
    std::optional<ServerObservation> observed;
    if (op.intent.accessId > 0)
        observed = ServerObservation{op.intent.accessId, hasAccess, op.intent.expiration};
    persist(
        opId,
        [this, rowId = op.row.id, result, observed] {
            return SyncLedger(context(), m_self.ownerId).finishDone(rowId, result, observed);
        },
        result, QString());
}

void SyncEngine::finishDead(quint64 opId, const QString &reason, std::optional<bool> hasAccess)
{
    const Operation op = m_ops.value(opId);
    std::optional<ServerObservation> observed;
    if (hasAccess && op.intent.accessId > 0)
        observed = ServerObservation{op.intent.accessId, *hasAccess, op.intent.expiration};
    persist(
        opId,
        [this, rowId = op.row.id, reason, observed] {
            return SyncLedger(context(), m_self.ownerId).finishDead(rowId, reason, observed);
        },
        u"dead"_s, reason);
}

void SyncEngine::finishRetry(quint64 opId, const TvError &error)
{
    const Operation op = m_ops.value(opId);
    if (op.row.attempts >= m_config.maxAttempts) {
        finishDead(
            opId,
            tr("Gave up after %n attempt(s): %1", nullptr, op.row.attempts).arg(error.message()));
        return;
    }
    const double delay = m_backoff.delaySeconds(op.row.attempts, m_random.generateDouble());
    const QDateTime at = m_clock.nowUtc().addMSecs(qint64(delay * 1000));
    const QString why = error.message();
    persist(
        opId,
        [this, rowId = op.row.id, at, why] {
            return SyncLedger(context(), m_self.ownerId).finishRetry(rowId, at, why, true);
        },
        u"retry"_s, why);
}

void SyncEngine::release(quint64 opId, const QString &why)
{
    const Operation op = m_ops.value(opId);
    persist(
        opId,
        [this, rowId = op.row.id, why] {
            return SyncLedger(context(), m_self.ownerId)
                .finishRetry(rowId, m_clock.nowUtc(), why, false);
        },
        u"released"_s, why);
}

void SyncEngine::closeOperation(quint64 opId, const QString &outcome, const QString &message)
{
    if (!m_ops.contains(opId))
        return;
    const Operation op = m_ops.take(opId);
    if (outcome != u"released"_s && outcome != u"retry"_s) {
        const double now = monotonicNow();
        m_finishTimes.push_back(now);
        while (!m_finishTimes.empty() && m_finishTimes.front() < now - 30)
            m_finishTimes.pop_front();
    }
    Q_EMIT rowFinished(op.row.id, outcome, message);
    reportProgress(op.row.batchId, false);
    if (m_stopping) {
        if (!m_draining)
            checkStopped();
        return;
    }
    // Let the finishing call's slot go to the next row before looking again.
    QMetaObject::invokeMethod(this, &SyncEngine::pump, Qt::QueuedConnection);
}

void SyncEngine::reportProgress(std::optional<qint64> batchId, bool force)
{
    if (!batchId)
        return;
    const double now = monotonicNow();
    const auto read = SyncQueueStore(context()).countsByState(*batchId);
    if (!read)
        return; // progress is shown again at the next change
    const auto &counts = *read;
    BatchProgress p;
    p.batchId = *batchId;
    p.done = counts.value(QueueState::Done);
    p.failed = counts.value(QueueState::Dead);
    p.cancelled = counts.value(QueueState::Cancelled);
    p.remaining = counts.value(QueueState::Pending) + counts.value(QueueState::Retry) +
                  counts.value(QueueState::InFlight);
    if (!force && p.remaining > 0 &&
        now - m_lastProgress.value(*batchId, -1) < progressEverySeconds)
        return;
    m_lastProgress.insert(*batchId, now);
    if (m_finishTimes.size() >= 2) {
        const double span = std::max(0.001, now - m_finishTimes.front());
        p.opsPerSecond = double(m_finishTimes.size()) / span;
        p.etaSeconds = p.opsPerSecond > 0 ? double(p.remaining) / p.opsPerSecond : -1;
    }
    Q_EMIT batchProgress(p);
}

void SyncEngine::reportDepth()
{
    const double now = monotonicNow();
    if (now - m_lastDepthReport < 0.25 && !m_ops.isEmpty())
        return;
    m_lastDepthReport = now;
    const double pace = m_pacer.currentRate(CallClass::Write);
    if (std::abs(pace - m_lastPace) > 0.01 * std::max(1.0, m_lastPace)) {
        m_lastPace = pace;
        Q_EMIT paceChanged(pace, m_pacer.allowedInFlight(CallClass::Write));
    }
    const auto read = SyncLedger(context()).waitingCount();
    if (!read)
        return;
    const qint64 depth = *read;
    if (depth != m_lastDepth) {
        m_lastDepth = depth;
        Q_EMIT queueDepthChanged(depth);
    }
}

void SyncEngine::updateState()
{
    EngineState next = EngineState::Idle;
    const auto circuit = m_circuit.state(monotonicNow());
    if (m_started && !m_holdsLease && !m_stopping)
        next = EngineState::WaitingForQueue;
    else if (m_pausedByUser)
        next = EngineState::PausedByUser;
    else if (m_sessionExpired)
        next = EngineState::PausedSessionExpired;
    else if (circuit == CircuitBreaker::State::Open)
        next = m_lastFailureWasNetwork ? EngineState::Offline : EngineState::CircuitOpen;
    else if (!m_ops.isEmpty())
        next = EngineState::Running;
    if (next != m_state) {
        m_state = next;
        Q_EMIT stateChanged(next);
    }
}

void SyncEngine::checkStopped()
{
    if (!m_stopping || m_draining || m_callsInFlight > 0)
        return;
    m_draining = true;
    // Rows whose next call had not started yet go back to the queue untouched.
    const auto ids = m_ops.keys();
    for (quint64 opId : ids)
        release(opId, tr("Stopped before this change was sent."));
    for (auto &queue : m_calls)
        queue.clear();
    m_parked.clear();
    m_wakeTimer.stop();
    m_leaseTimer.stop();
    if (m_holdsLease) {
        if (const Status s = QueueLeaseStore(context()).release(m_self.ownerId); !s)
            qCWarning(lcLease) << "could not release the queue lease:" << s.error().detail();
        m_holdsLease = false;
    }
    Q_EMIT stopped();
}

} // namespace pinedesk
