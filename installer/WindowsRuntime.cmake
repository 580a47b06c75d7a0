# Windows: the programs, Qt's plugins and every DLL they need, so that the installer carries a
# whole program. The DLLs are found by reading the import tables (install(RUNTIME_DEPENDENCY_SET):
# objdump when cross-compiling with MinGW, dumpbin with MSVC) and searched in Qt's and the
# libraries' folders; a dependency found nowhere, and not one of Windows' own, fails the install,
# and with it the installer.

# Windows' own DLLs are never shipped: the API sets, and whatever resolves to the system folder
# (System32 on Windows; Wine's copy of it, THIDUA_WINDOWS_SYSTEM_DLLS, when cross-compiling).
set(THIDUA_SYSTEM_DLL_PRE_EXCLUDES "^api-ms-" "^ext-ms-")
set(THIDUA_SYSTEM_DLL_POST_EXCLUDES ".*[/\\\\][Ss][Yy][Ss][Tt][Ee][Mm]32[/\\\\].*")

# The plugins ThiDua loads: the Windows platform and style, SQLite, the image formats of scanned
# certificate blanks.
set(THIDUA_QT_PLUGINS QWindowsIntegrationPlugin QWindowsVistaStylePlugin QSQLiteDriverPlugin
    QJpegPlugin QGifPlugin QICOPlugin)

function(thidua_install_windows_programs)
    install(TARGETS ${ARGN} RUNTIME_DEPENDENCY_SET thidua_runtime RUNTIME DESTINATION bin)
    set(search_folders "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
    set(post_excludes ${THIDUA_SYSTEM_DLL_POST_EXCLUDES})
    if(CMAKE_CROSSCOMPILING)
        # windeployqt runs on Windows only: each plugin into the folder Qt looks in beside the
        # program (platforms/, styles/, sqldrivers/, imageformats/), its own DLLs through the set.
        foreach(plugin IN LISTS THIDUA_QT_PLUGINS)
            if(NOT TARGET Qt6::${plugin})
                find_package(Qt6 QUIET COMPONENTS Gui Sql Widgets)
            endif()
            if(NOT TARGET Qt6::${plugin})
                continue()
            endif()
            get_target_property(location Qt6::${plugin} IMPORTED_LOCATION_RELEASE)
            if(NOT location)
                get_target_property(location Qt6::${plugin} IMPORTED_LOCATION)
            endif()
            get_filename_component(plugin_dir "${location}" DIRECTORY)
            get_filename_component(plugin_type "${plugin_dir}" NAME)
            install(IMPORTED_RUNTIME_ARTIFACTS Qt6::${plugin} RUNTIME_DEPENDENCY_SET thidua_runtime
                LIBRARY DESTINATION bin/${plugin_type} RUNTIME DESTINATION bin/${plugin_type})
        endforeach()
        # The C++ runtime of the MinGW compiler (libstdc++, libgcc, winpthread).
        foreach(runtime libstdc++-6.dll libgcc_s_seh-1.dll libwinpthread-1.dll)
            execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=${runtime}
                OUTPUT_VARIABLE runtime_path OUTPUT_STRIP_TRAILING_WHITESPACE)
            if(IS_ABSOLUTE "${runtime_path}")
                get_filename_component(runtime_dir "${runtime_path}" DIRECTORY)
                list(APPEND search_folders "${runtime_dir}")
            endif()
        endforeach()
        list(APPEND search_folders /usr/x86_64-w64-mingw32/lib)
        if(THIDUA_WINDOWS_PREFIX)
            list(APPEND search_folders "${THIDUA_WINDOWS_PREFIX}/bin")
        endif()
        if(NOT THIDUA_WINDOWS_SYSTEM_DLLS OR NOT EXISTS "${THIDUA_WINDOWS_SYSTEM_DLLS}/kernel32.dll")
            message(FATAL_ERROR "THIDUA_WINDOWS_SYSTEM_DLLS must name a folder of Windows' own DLLs (Wine's x86_64-windows folder)")
        endif()
        list(APPEND search_folders "${THIDUA_WINDOWS_SYSTEM_DLLS}")
        list(APPEND post_excludes "^${THIDUA_WINDOWS_SYSTEM_DLLS}/.*")
    else()
        # Qt's own deployment (windeployqt) for Qt's DLLs and plugins.
        qt_generate_deploy_app_script(TARGET thidua FILENAME_VARIABLE deploy_script)
        install(SCRIPT ${deploy_script})
        if(VCPKG_INSTALLED_DIR AND VCPKG_TARGET_TRIPLET)
            list(APPEND search_folders "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin")
        endif()
        # The Visual C++ runtime (msvcp140, vcruntime140…): Microsoft's redistributable DLLs.
        set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
        include(InstallRequiredSystemLibraries)
    endif()
    install(RUNTIME_DEPENDENCY_SET thidua_runtime DESTINATION bin
        PRE_EXCLUDE_REGEXES ${THIDUA_SYSTEM_DLL_PRE_EXCLUDES}
        POST_EXCLUDE_REGEXES ${post_excludes}
        DIRECTORIES ${search_folders})
endfunction()
