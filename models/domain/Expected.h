#pragma once

#include "Error.h"

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace pinedesk {

// A value or an error. std::expected arrives with C++23; until the toolchain has it this small
// type keeps fallible calls explicit without exceptions. [[nodiscard]]: an ignored failure is a
// compile error waiting to happen, so the compiler warns (and -Werror refuses) when a caller
// drops one.
template<typename T, typename E = Error>
class [[nodiscard]] Expected
{
public:
    Expected(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    static Expected failure(E error) { return Expected(std::in_place_index<1>, std::move(error)); }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const E &error() const { return std::get<1>(m_data); }

private:
    template<std::size_t I, typename V>
    Expected(std::in_place_index_t<I> tag, V &&v)
        : m_data(tag, std::forward<V>(v))
    {}

    std::variant<T, E> m_data;
};

// The outcome of an operation that yields nothing but may fail.
class [[nodiscard]] Status
{
public:
    Status() = default;
    static Status failure(Error error) { return Status(std::move(error)); }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    Error error() const { return m_error.value_or(Error(QString())); }

private:
    explicit Status(Error error)
        : m_error(std::move(error))
    {}
    std::optional<Error> m_error;
};

} // namespace pinedesk
