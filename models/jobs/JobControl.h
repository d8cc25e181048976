#pragma once

#include <QtGlobal>

#include <atomic>
#include <functional>

namespace pinedesk {

// What a background job sees of its runner: whether it should stop, and a way to report how
// far it got. Thread-safe; the progress callback is delivered on the runner's thread.
class JobControl
{
public:
    bool isCancelled() const { return m_cancelled.load(); }
    void cancel() { m_cancelled.store(true); }
    // For code that takes a plain cancel flag (exports, importers).
    const std::atomic<bool> &cancelFlag() const { return m_cancelled; }
    void reportProgress(qint64 done, qint64 total)
    {
        if (m_progress)
            m_progress(done, total);
    }
    void setProgressHandler(std::function<void(qint64, qint64)> handler)
    {
        m_progress = std::move(handler);
    }

private:
    std::atomic<bool> m_cancelled{false};
    std::function<void(qint64, qint64)> m_progress;
};

} // namespace pinedesk
