#pragma once
// Result<T>: a value or an Error that carries a Vietnamese message for the clerk and a detail
// for the developer. Core never reports failure as a bare false.

#include <QString>

#include <optional>
#include <utility>

struct Error {
    QString message; // shown to the user, already translated
    QString detail; // technical detail (SQL error, path…), for logs and "Chi tiết"
};

template <typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T value() && { return std::move(*m_value); } // by value: safe in a range-for over a temporary
    const Error& error() const { return m_error; }
    // The error, or null when there is a value: lets a loader check many reads in one loop.
    const Error* errorIf() const { return ok() ? nullptr : &m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_failed(true)
        , m_error(std::move(error))
    {
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;
