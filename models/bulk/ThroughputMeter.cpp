#include "ThroughputMeter.h"

namespace pinedesk {

void ThroughputMeter::sample(double now, qint64 finished)
{
    if (!m_samples.empty() && finished < m_samples.back().finished)
        m_samples.clear(); // rows went back (retried): start measuring again
    m_samples.push_back({now, finished});
    // Keep one sample older than the window so the rate spans the whole window.
    while (m_samples.size() > 2 && m_samples[1].at <= now - m_window)
        m_samples.pop_front();
}

double ThroughputMeter::opsPerSecond() const
{
    if (m_samples.size() < 2)
        return 0;
    const Sample &first = m_samples.front();
    const Sample &last = m_samples.back();
    const double span = last.at - first.at;
    if (span < 0.2)
        return 0;
    return double(last.finished - first.finished) / span;
}

std::optional<double> ThroughputMeter::etaSeconds(qint64 remaining) const
{
    if (remaining <= 0)
        return 0.0;
    const double rate = opsPerSecond();
    if (rate <= 0)
        return std::nullopt;
    return double(remaining) / rate;
}

} // namespace pinedesk
