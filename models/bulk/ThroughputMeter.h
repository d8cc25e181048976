#pragma once

#include <QtGlobal>

#include <deque>
#include <optional>

namespace pinedesk {

// Operations per second over a sliding window, and the time left at that pace, from samples of
// a growing "finished" count. Pure: time is passed in as monotonic seconds.
class ThroughputMeter
{
public:
    explicit ThroughputMeter(double windowSeconds = 15)
        : m_window(windowSeconds)
    {}

    void sample(double now, qint64 finished);
    // Finished per second over the window; 0 until two samples a moment apart exist.
    double opsPerSecond() const;
    // Seconds until `remaining` more are finished at the current pace; nullopt while unknown.
    std::optional<double> etaSeconds(qint64 remaining) const;
    void reset() { m_samples.clear(); }

private:
    struct Sample
    {
        double at;
        qint64 finished;
    };
    double m_window;
    std::deque<Sample> m_samples;
};

} // namespace pinedesk
