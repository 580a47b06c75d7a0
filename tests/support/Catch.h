#pragma once
// The one place that knows which Catch2 is installed: v2.13 (Debian 12) or v3 (vcpkg).

#ifdef THIDUA_CATCH3
#include <catch2/catch_approx.hpp>
#include <catch2/catch_session.hpp>
#include <catch2/catch_test_macros.hpp>
#else
#include <catch2/catch.hpp>
#endif
