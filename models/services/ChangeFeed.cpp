#include "ChangeFeed.h"

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
    if (!changes)
        return;
    // Merged on the feed's own thread; the first change of a burst starts the clock.
    QMetaObject::invokeMethod(
        this,
        [this, changes] {
            m_pending |= changes;
            if (!m_timer.isActive())
                m_timer.start();
        },
        Qt::AutoConnection);
}

void ChangeFeed::deliver()
{
    const Changes changes = std::exchange(m_pending, {});
    if (changes)
        Q_EMIT changed(changes);
}

} // namespace pinedesk
