# Cross-compiling for 64-bit Windows with Debian's MinGW-w64 (posix threads: std::thread and
# std::mutex need them). THIDUA_WINDOWS_PREFIX is the folder the third-party libraries and Qt
# were installed into by scripts/windows-build; programs (moc, rcc, pkg-config) come from the host.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(CMAKE_C_COMPILER x86_64-w64-mingw32-gcc-posix)
set(CMAKE_CXX_COMPILER x86_64-w64-mingw32-g++-posix)
set(CMAKE_RC_COMPILER x86_64-w64-mingw32-windres)
set(CMAKE_AR x86_64-w64-mingw32-ar CACHE FILEPATH "")
set(CMAKE_RANLIB x86_64-w64-mingw32-ranlib CACHE FILEPATH "")

if(DEFINED ENV{THIDUA_WINDOWS_PREFIX})
    set(THIDUA_WINDOWS_PREFIX "$ENV{THIDUA_WINDOWS_PREFIX}" CACHE PATH "Cross-built libraries")
endif()
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES THIDUA_WINDOWS_PREFIX)
set(CMAKE_FIND_ROOT_PATH /usr/x86_64-w64-mingw32 ${THIDUA_WINDOWS_PREFIX})
if(THIDUA_WINDOWS_PREFIX)
    list(APPEND CMAKE_PREFIX_PATH ${THIDUA_WINDOWS_PREFIX}/qt ${THIDUA_WINDOWS_PREFIX})
endif()
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE BOTH)

# Which DLLs a program needs, read from its import table (install(RUNTIME_DEPENDENCY_SET)).
set(CMAKE_GET_RUNTIME_DEPENDENCIES_PLATFORM "windows+pe")
set(CMAKE_GET_RUNTIME_DEPENDENCIES_TOOL "objdump")
set(CMAKE_GET_RUNTIME_DEPENDENCIES_COMMAND x86_64-w64-mingw32-objdump)

# pkg-config reads the cross-built libraries' .pc files only, never the host's.
if(THIDUA_WINDOWS_PREFIX)
    set(ENV{PKG_CONFIG_LIBDIR} "${THIDUA_WINDOWS_PREFIX}/lib/pkgconfig")
    set(ENV{PKG_CONFIG_PATH} "")
endif()
