#pragma once

#include "Backoff.h"
#include "BatchProgress.h"
#include "CircuitBreaker.h"
#include "EngineState.h"
#include "Pacer.h"
#include "SyncConfig.h"
#include "domain/LeaseHolder.h"
#include "domain/PairIntent.h"
#include "domain/SyncQueueRow.h"
#include "store/StoreContext.h"
#include "tradingview/TradingViewClient.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace pinedesk {

// Makes TradingView match the vendor's intent. Only the holder of the queue lease drains a
// database: an engine that finds the lease held by a live owner waits (leaseBusy) and takes over
// when that owner stops or its heartbeat goes stale; only then are rows left in flight recovered.
// Takes due rows of the outbox, reads each pair's intent at that moment, and makes the fewest calls
// that converge (add; on `exists`, modify; remove), paced per call class, with retries, a circuit
// breaker and a pause when the session expires. Every outcome is written with the row in one
// transaction. Lives on its own thread with its own database connection and network manager: other
// threads talk to it only through queued calls (QMetaObject::invokeMethod) and its signals.
class SyncEngine final : public QObject
{
    Q_OBJECT

public:
    SyncEngine(Database &database, const Clock &clock, const QUrl &baseUrl, SyncConfig config,
               QObject *parent = nullptr);
    ~SyncEngine() override;

    // Who this engine is in the lease ("gui", "sync", "serve"); set before start().
    void setOwnerKind(const QString &kind) { m_self.kind = kind; }
    QString ownerId() const { return m_self.ownerId; }
    bool holdsLease() const { return m_holdsLease; }
    // The pace the adaptive pacer has found for writes (calls a second), for the Sync page.
    double writePace() const { return m_pacer.currentRate(CallClass::Write); }

    EngineState state() const { return m_state; }
    quint64 requestCount() const;
    quint64 throttledCount() const { return m_throttled; }
    // One line of internals for logs and bug reports (never a cookie).
    QString diagnostics() const;

public Q_SLOTS:
    // Recovers rows a crash left in flight, then works until stopped.
    void start(const TvSession &session);
    void pauseAll();
    void resumeAll();
    // A fresh session after an expiry: work resumes.
    void supplySession(const TvSession &session);
    // New rows were queued: look now instead of at the next poll.
    void wake();
    // Stops taking rows; emits stopped() once the calls in flight have ended.
    void stop();

Q_SIGNALS:
    void stateChanged(pinedesk::EngineState state);
    void batchProgress(const pinedesk::BatchProgress &progress);
    void rowFinished(qint64 rowId, const QString &outcome, const QString &message);
    void sessionExpired();
    void sessionRotated(const pinedesk::TvSession &session);
    // Changes not yet applied (waiting or in flight), at most a few times a second.
    void queueDepthChanged(qint64 waiting);
    // Nothing in flight and nothing waiting (dead rows may remain): once when the engine
    // becomes idle, and again after each wake().
    void idle();
    void stopped();
    void fatalError(const QString &message);
    // The lease is held by another live engine: this one waits and retries.
    void leaseBusy(const pinedesk::LeaseHolder &holder);
    // This engine now drains the queue (after waiting, or at once).
    void leaseAcquired();
    // A read the engine needs failed (the queue's next due time, its depth): the engine keeps
    // trying, headless callers that must not act on a guess stop.
    void readFailed(const QString &message);
    // The write pace the pacer found changed noticeably (calls a second, calls at once).
    void paceChanged(double writesPerSecond, int inFlight);

private:
    static constexpr double pollSeconds = 5; // rows queued by another process are found this fast

    struct Operation
    {
        SyncQueueRow row;
        PairIntent intent;
        bool wantAccess = false;
        quint64 sessionGeneration = 0; // the session its current call was sent with
        bool probe = false;            // its current call is the circuit breaker's probe
        int restarts = 0;              // modify found no grant and add started over
    };
    // A call refused with 403 while other calls were still out: one of those may bring a
    // rotated cookie, so the verdict waits until they have all answered.
    struct ParkedCall
    {
        quint64 opId;
        quint64 generation;
        std::function<void()> again;
        QString reason;
    };
    struct PendingCall
    {
        quint64 opId;
        std::function<void()> run;
    };

    double monotonicNow() const { return double(m_monotonic.nsecsElapsed()) / 1e9; }
    StoreContext context() const;
    void pump();
    void acquireLease();
    void renewLease();
    void loseLease();
    void claimRows();
    void begin(const SyncQueueRow &row);
    void enqueueCall(CallClass callClass, quint64 opId, std::function<void()> run);
    void startCalls();
    void scheduleWake(double secondsFromNow);

    void callAdd(quint64 opId);
    void callModify(quint64 opId);
    void callRemove(quint64 opId);
    // Bookkeeping every answer goes through once: pacing and circuit. Returns false when the
    // answer was an error that this function already handled completely.
    bool settle(quint64 opId, CallClass callClass, const TvError *error,
                const std::function<void()> &again);

    // Writes an outcome; a database that refuses (busy, full) is retried until it accepts, the
    // operation staying open meanwhile, so nothing is lost or left half-done.
    void persist(quint64 opId, std::function<Status()> write, const QString &outcome,
                 const QString &message);
    void finishDone(quint64 opId, const QString &result, bool hasAccess);
    void finishDead(quint64 opId, const QString &reason, std::optional<bool> hasAccess = {});
    void finishRetry(quint64 opId, const TvError &error);
    void release(quint64 opId, const QString &why);
    void closeOperation(quint64 opId, const QString &outcome, const QString &message);
    void reportProgress(std::optional<qint64> batchId, bool force);
    void updateState();
    void reportDepth();
    void checkStopped();
    void resolveParked();

    Database &m_database;
    const Clock &m_clock;
    QUrl m_baseUrl;
    SyncConfig m_config;
    QNetworkAccessManager *m_network = nullptr;
    TradingViewClient *m_client = nullptr;
    Pacer m_pacer;
    CircuitBreaker m_circuit;
    Backoff m_backoff;
    QElapsedTimer m_monotonic;
    QRandomGenerator m_random;
    QTimer m_wakeTimer;
    QTimer m_pollTimer;
    QTimer m_leaseTimer;
    LeaseHolder m_self;
    bool m_holdsLease = false;
    bool m_leaseBusyReported = false;
    bool m_idleReported = false;

    QHash<quint64, Operation> m_ops;
    quint64 m_nextOpId = 1;
    std::deque<PendingCall> m_calls[3];
    QList<ParkedCall> m_parked;
    int m_callsInFlight = 0;
    bool m_started = false;
    bool m_pausedByUser = false;
    bool m_sessionExpired = false;
    bool m_stopping = false;
    bool m_draining = false;
    quint64 m_sessionGeneration = 0;
    bool m_lastFailureWasNetwork = false;
    EngineState m_state = EngineState::Idle;
    quint64 m_throttled = 0;
    std::deque<double> m_finishTimes;
    QHash<qint64, double> m_lastProgress;
    double m_lastDepthReport = -1;
    qint64 m_lastDepth = -1;
    double m_lastPace = -1;
};

} // namespace pinedesk
