#include "ChangeFeed.h"

#include <memory>

namespace pinedesk {

ChangeFeed::ChangeFeed(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<pinedesk::Changes>();
    m_timer.setSingleShot(true);
    m_timer.setInterval(coalesceMs);
    connect(&m_timer, &QTimer::timeout, this, &ChangeFeed::deliver);
}

void ChangeFeed::announce(Changes changes)
{
    merge(changes, true);
}

void ChangeFeed::announceFromElsewhere(Changes changes)
{
    merge(changes, false);
}

void ChangeFeed::merge(Changes changes, bool here)
{
    if (!changes)
        return;
    // Merged on the feed's own thread; the first change of a burst starts the clock.
    QMetaObject::invokeMethod(
        this,
        [this, changes, here] {
            m_pending |= changes;
            if (here)
                m_pendingHere |= changes;
            if (!m_timer.isActive())
                m_timer.start();
        },
        Qt::AutoConnection);
}

void ChangeFeed::subscribe(QObject *receiver, Changes mask, std::function<void()> react,
                           int minIntervalMs)
{
    if (minIntervalMs <= 0) {
        connect(this, &ChangeFeed::changed, receiver, [mask, react](Changes changes) {
            if (changes & mask)
                react();
        });
        return;
    }
    // The timer lives and dies with the receiver: it holds back reactions within the interval.
    auto *gate = new QTimer(receiver);
    gate->setSingleShot(true);
    gate->setInterval(minIntervalMs);
    auto pending = std::make_shared<bool>(false);
    connect(gate, &QTimer::timeout, receiver, [gate, pending, react] {
        if (!*pending)
            return;
        *pending = false;
        react();
        gate->start();
    });
    connect(this, &ChangeFeed::changed, receiver, [mask, react, gate, pending](Changes changes) {
        if (!(changes & mask))
            return;
        if (gate->isActive()) {
            *pending = true;
            return;
        }
        react();
        gate->start();
    });
}

void ChangeFeed::deliver()
{
    const Changes changes = std::exchange(m_pending, {});
    const Changes here = std::exchange(m_pendingHere, {});
    if (changes)
        Q_EMIT changed(changes);
    if (here)
        Q_EMIT committedHere(here);
}

} // namespace pinedesk
