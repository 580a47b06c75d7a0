#pragma once
// The one place that knows which Catch2 is installed: v2.13 (Debian 12) or v3 (vcpkg).

#ifdef THIDUA_CATCH3
#include <catch2/catch_approx.hpp>
#include <catch2/catch_session.hpp>
#include <catch2/catch_test_macros.hpp>
#else
#include <catch2/catch.hpp>
#endif

#include <QString>

// Failed comparisons of Qt text print the text, not a list of characters.
namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString& value) { return value.toStdString(); }
};
} // namespace Catch
