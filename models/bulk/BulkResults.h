#pragma once

#include "BulkPreview.h"
#include "domain/Expected.h"
#include "domain/QueueState.h"
#include "store/StoreContext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QIODevice>
#include <QList>

namespace pinedesk {

// A bulk run as it goes (step 5 of the wizard): every recipient with the planned change and,
// pair by pair, what the sync engine has done with it, read from the batch's queue rows. It
// polls the database, so it is right whatever happens to the engine (paused, restarted, on
// another thread). Usernames left out at the check are listed too, so the results account for
// every username the vendor gave; exports to CSV.
class BulkResults
{
    Q_DECLARE_TR_FUNCTIONS(BulkResults)

public:
    enum class State {
        Excluded,
        NoChange,
        Waiting,
        Paused,
        Sending,
        Retrying,
        Done,
        Failed,
        Cancelled
    };
    struct Excluded
    {
        QString username;
        QString reason;
    };
    struct Pair
    {
        BulkPreview::Change change;
        bool hasRow = false;
        qint64 rowId = 0;
        QueueState state = QueueState::Pending;
        QString result;
        QString error;
        int attempts = 0;
        QDateTime finishedAt;
    };
    struct User
    {
        QString username;
        QString reason; // why it was left out
        bool excluded = false;
        QList<Pair> pairs;
    };
    // Over the pairs that change (no-changes and exclusions are not queued).
    struct Counts
    {
        qint64 total = 0;
        qint64 done = 0;
        qint64 failed = 0;
        qint64 waiting = 0;
        qint64 inFlight = 0;
        qint64 cancelled = 0;
        qint64 remaining() const { return waiting + inFlight; }
    };

    BulkResults() = default;
    BulkResults(qint64 batchId, const BulkPreview::Result &plan, const QList<Excluded> &excluded);

    qint64 batchId() const { return m_batchId; }
    // Reads the batch's rows changed lately (every row when `full`, and the first time) and
    // whether the batch is paused. Returns the indexes of users whose status may have changed.
    Expected<QList<int>> refresh(const StoreContext &context, bool full = false);

    // The run's failed changes become due again, in one transaction. Returns how many.
    Expected<int> retryFailed(const StoreContext &context) const;

    const QList<User> &users() const { return m_users; }
    State state(int user) const;
    // Why a user failed, what was done, or why nothing was.
    QString detail(int user) const;
    // The planned change, one line: "Alpha: new, until 2 Dec 2026".
    QString change(int user) const;
    Counts counts() const { return m_counts; }
    bool isFinished() const { return m_counts.remaining() == 0; }
    bool isPaused() const { return m_paused; }

    // One line per user and indicator: what was planned and how it ended.
    Status exportCsv(QIODevice &device) const;

    static QString stateName(State state);
    static State pairState(const Pair &pair, bool paused);

private:
    void recount();

    qint64 m_batchId = 0;
    QList<User> m_users;
    QHash<QString, std::pair<int, int>> m_index; // "username\npine id" -> (user, pair)
    Counts m_counts;
    bool m_paused = false;
    bool m_readOnce = false;
    QString m_lastUpdate; // newest updated_at seen (UTC text)
};

} // namespace pinedesk
