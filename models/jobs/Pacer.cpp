#include "Pacer.h"

#include <QThread>

namespace pinedesk {

bool Pacer::waitTurn(const std::atomic<bool> *cancel)
{
    // A little at a time, so a cancel is heard within 50 ms.
    while (!m_next.hasExpired()) {
        if (cancel && cancel->load())
            return false;
        QThread::msleep(std::min<qint64>(50, std::max<qint64>(1, m_next.remainingTime())));
    }
    if (cancel && cancel->load())
        return false;
    m_next.setRemainingTime(m_gap);
    return true;
}

} // namespace pinedesk
