#pragma once

#include <QFlags>
#include <QMetaType>
#include <QObject>
#include <QTimer>

namespace pinedesk {

// What a commit changed, so that whoever shows it reloads just that.
enum class Change : unsigned {
    Clients = 0x01,   // clients, their usernames, segments of them
    Accesses = 0x02,  // intended accesses (grants, extensions, revokes, plan changes)
    Payments = 0x04,
    Catalog = 0x08,   // indicators and plans
    Queue = 0x10,     // sync queue rows and batches (including the engine's outcomes)
    Campaigns = 0x20,
    Segments = 0x40,
};
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

Q_SIGNALS:
    void changed(pinedesk::Changes changes);

private:
    void deliver();

    Changes m_pending;
    QTimer m_timer;
};

} // namespace pinedesk

Q_DECLARE_METATYPE(pinedesk::Changes)
