#pragma once

#include "Clock.h"

namespace pinedesk {

// A clock that only moves when told to: tests and reproducible demo data use it.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime &now)
        : m_now(now.toUTC())
    {}
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now.toUTC(); }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace pinedesk
