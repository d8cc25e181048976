#pragma once

#include <optional>

namespace pinedesk::test {

// Catches the value an asynchronous callback delivers, for QTRY_VERIFY(w.done()).
template<typename T>
class Waiter
{
public:
    auto callback()
    {
        return [this](const T &v) {
            m_value.emplace(v);
        };
    }
    bool done() const { return m_value.has_value(); }
    const T &value() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    void reset() { m_value.reset(); }

private:
    std::optional<T> m_value;
};

} // namespace pinedesk::test
