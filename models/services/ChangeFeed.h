#pragma once

#include <QFlags>
#include <QMetaType>
#include <QObject>
#include <QTimer>

#include <functional>

namespace pinedesk {

// What a commit changed, so that whoever shows it reloads just that.
enum class Change : unsigned {
    Clients = 0x01,  // clients, their usernames, segments of them
    Accesses = 0x02, // intended accesses (grants, extensions, revokes, plan changes)
    Payments = 0x04,
    Catalog = 0x08, // indicators and plans
    Queue = 0x10,   // sync queue rows and batches (including the engine's outcomes)
    Campaigns = 0x20,
    Segments = 0x40,
    SyncOutcome = 0x80, // the engine finished queue rows (TradingView's state was recorded)
    Team = 0x100,       // the members of a team database and their roles
};
// Every change above, for messages that carry them between processes.
inline constexpr unsigned allChangeBits = 0x1ff;
Q_DECLARE_FLAGS(Changes, Change)
Q_DECLARE_OPERATORS_FOR_FLAGS(Changes)

// The change feed: services announce what they changed after their transaction committed;
// pages, the status bar and (later) the server subscribe instead of wiring to each other or
// polling. Announcements from any thread are merged and delivered on the feed's thread at most
// every `coalesceMs`, so a burst of commits (the engine finishing 50 rows a second) is one
// reload, not fifty.
class ChangeFeed final : public QObject
{
    Q_OBJECT

public:
    static constexpr int coalesceMs = 150;

    explicit ChangeFeed(QObject *parent = nullptr);

    // Thread-safe.
    void announce(Changes changes);
    // What another desktop or process committed (heard through the team database): delivered
    // like the rest, never sent on again.
    void announceFromElsewhere(Changes changes);

    // Calls `react` on the receiver's thread whenever a delivered change touches `mask`. With
    // a minimum interval, a page whose reload is costly reacts at most that often (the last
    // change of a burst is never lost: it is reacted to when the interval ends).
    void subscribe(QObject *receiver, Changes mask, std::function<void()> react,
                   int minIntervalMs = 0);

Q_SIGNALS:
    void changed(pinedesk::Changes changes);
    // With each delivery: the part committed in this process, for the team database's relay.
    void committedHere(pinedesk::Changes changes);

private:
    void deliver();
    void merge(Changes changes, bool here);

    Changes m_pending;
    Changes m_pendingHere;
    QTimer m_timer;
};

} // namespace pinedesk

Q_DECLARE_METATYPE(pinedesk::Changes)
