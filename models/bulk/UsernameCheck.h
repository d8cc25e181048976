#pragma once

#include "sync/Backoff.h"
#include "sync/Pacer.h"
#include "sync/SyncConfig.h"
#include "tradingview/TvResponseParser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QStringList>
#include <QTimer>

#include <deque>
#include <optional>

namespace pinedesk {

class TradingViewClient;

// Checks thousands of usernames against TradingView (step 3 of the wizard) without a thread:
// the client is asynchronous, so this runs on the caller's event loop. Calls are paced as the
// sync engine's look-ups are (Pacer with the lookup call class of SyncConfig): a 429 pauses the
// class for its Retry-After and the same username is asked again without counting an attempt;
// server and network trouble is retried with back-off, and after maxAttempts the username is
// reported as an error. Answers already known are kept, so checking the same list again only
// asks about what is new. Cancel stops at once; answers still on their way are ignored.
class UsernameCheck final : public QObject
{
    Q_OBJECT

public:
    enum class Outcome { Pending, Valid, NotFound, Error };
    struct Result
    {
        QString username; // as asked
        Outcome outcome = Outcome::Pending;
        QString canonical; // TradingView's spelling, when valid
        QString message;   // why it is an error
        int attempts = 0;
    };

    UsernameCheck(TradingViewClient *client, SyncConfig config, QObject *parent = nullptr);

    // Checks these usernames (results() follows their order), from scratch except for answers
    // already known.
    void start(const QStringList &usernames);
    // Checks another spelling for one entry (the vendor fixed a username that was not found).
    void recheck(int index, const QString &username);
    // Asks again about the entries that ended in an error.
    void retryErrors();
    void cancel();

    bool isRunning() const { return m_running; }
    const QList<Result> &results() const { return m_results; }
    int doneCount() const { return m_done; }
    int count(Outcome outcome) const;
    quint64 throttled() const { return m_throttled; }

Q_SIGNALS:
    void resultReady(int index);
    void progress(int done, int total);
    // Every username has an answer (or the check was cancelled).
    void finished(bool cancelled);

private:
    struct Delayed
    {
        double at;
        int index;
    };
    double now() const { return double(m_clock.nsecsElapsed()) / 1e9; }
    void enqueue(int index);
    void pump();
    void ask(int index);
    void answer(quint64 generation, int index, const QString &asked,
                const TvResult<std::optional<QString>> &result);
    void settle(int index, Outcome outcome, const QString &canonical, const QString &message);
    void finishIfDone();

    QPointer<TradingViewClient> m_client;
    SyncConfig m_config;
    Pacer m_pacer;
    Backoff m_backoff;
    QElapsedTimer m_clock;
    QRandomGenerator m_random;
    QTimer m_timer;
    QList<Result> m_results;
    QHash<QString, Result> m_known; // final answers by lower-case username
    std::deque<int> m_queue;
    QList<Delayed> m_delayed;
    int m_inFlight = 0;
    int m_done = 0;
    quint64 m_generation = 0;
    quint64 m_throttled = 0;
    bool m_running = false;
};

} // namespace pinedesk
