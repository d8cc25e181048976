#pragma once

#include <QDeadlineTimer>

#include <atomic>
#include <chrono>

namespace pinedesk {

// Spaces out calls to a server that limits how fast it takes them (the mail server, a team
// channel): waitTurn() returns when the next slot has come, or false as soon as `cancel` is set.
// Blocking: for worker threads and commands only.
class Pacer
{
public:
    explicit Pacer(std::chrono::milliseconds gap)
        : m_gap(gap)
    {}

    [[nodiscard]] bool waitTurn(const std::atomic<bool> *cancel);

private:
    std::chrono::milliseconds m_gap;
    QDeadlineTimer m_next{0};
};

} // namespace pinedesk
