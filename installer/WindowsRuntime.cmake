# Windows: the programs, Qt's plugins and every DLL they need, so that the installer carries a
# whole program. The DLLs are found by reading the import tables — BundleWindowsDlls.cmake with
# objdump when cross-compiling with MinGW, install(RUNTIME_DEPENDENCY_SET) on Windows — and searched
# in Qt's and the libraries' folders; a dependency found nowhere, and not one of Windows' own,
# fails the install, and with it the installer.

# Windows' own DLLs are never shipped: the API sets, and whatever resolves to the system folder
# (System32 on Windows; the names in windows-system-dlls.txt when cross-compiling).
set(THIDUA_SYSTEM_DLL_PRE_EXCLUDES "^api-ms-" "^ext-ms-")
set(THIDUA_SYSTEM_DLL_POST_EXCLUDES ".*[/\\\\][Ss][Yy][Ss][Tt][Ee][Mm]32[/\\\\].*")

# The plugins ThiDua loads: the Windows platform and style, SQLite, the image formats of scanned
# certificate blanks.
set(THIDUA_QT_PLUGINS QWindowsIntegrationPlugin QWindowsVistaStylePlugin QSQLiteDriverPlugin
    QJpegPlugin QGifPlugin QICOPlugin)

function(thidua_install_windows_programs)
    if(CMAKE_CROSSCOMPILING)
        install(TARGETS ${ARGN} RUNTIME DESTINATION bin)
        # windeployqt runs on Windows only: each plugin into the folder Qt looks in beside the
        # program (platforms/, styles/, sqldrivers/, imageformats/).
        foreach(plugin IN LISTS THIDUA_QT_PLUGINS)
            if(NOT TARGET Qt6::${plugin} AND plugin MATCHES "^(QWindowsIntegrationPlugin|QSQLiteDriverPlugin)$")
                message(FATAL_ERROR "Qt's ${plugin} is missing: without it ThiDua cannot start or open its data")
            elseif(NOT TARGET Qt6::${plugin})
                continue()
            endif()
            get_target_property(location Qt6::${plugin} IMPORTED_LOCATION_RELEASE)
            if(NOT location)
                get_target_property(location Qt6::${plugin} IMPORTED_LOCATION)
            endif()
            get_filename_component(plugin_dir "${location}" DIRECTORY)
            get_filename_component(plugin_type "${plugin_dir}" NAME)
            install(FILES "${location}" DESTINATION bin/${plugin_type})
        endforeach()
        # Then every DLL they import, from Qt, the cross-built libraries and the compiler's runtime,
        # looked for in that order.
        set(search_folders "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
        if(THIDUA_WINDOWS_PREFIX)
            list(APPEND search_folders "${THIDUA_WINDOWS_PREFIX}/bin")
        endif()
        foreach(runtime libstdc++-6.dll libgcc_s_seh-1.dll libwinpthread-1.dll)
            execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=${runtime}
                OUTPUT_VARIABLE runtime_path OUTPUT_STRIP_TRAILING_WHITESPACE)
            if(IS_ABSOLUTE "${runtime_path}")
                get_filename_component(runtime_dir "${runtime_path}" DIRECTORY)
                list(APPEND search_folders "${runtime_dir}")
            endif()
        endforeach()
        list(APPEND search_folders /usr/x86_64-w64-mingw32/lib)
        find_program(THIDUA_OBJDUMP NAMES x86_64-w64-mingw32-objdump objdump REQUIRED)
        install(CODE "execute_process(COMMAND \"${CMAKE_COMMAND}\" \"-DBIN_DIR=\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/bin\"
            \"-DSEARCH_DIRS=${search_folders}\" \"-DSYSTEM_DLLS_FILE=${PROJECT_SOURCE_DIR}/installer/windows-system-dlls.txt\" \"-DOBJDUMP=${THIDUA_OBJDUMP}\"
            -P \"${PROJECT_SOURCE_DIR}/installer/BundleWindowsDlls.cmake\" COMMAND_ERROR_IS_FATAL ANY)")
        return()
    endif()

    # Built on Windows: Qt's own deployment (windeployqt) for Qt's DLLs and plugins, the other
    # DLLs (vcpkg's) through CMake's reading of the import tables.
    install(TARGETS ${ARGN} RUNTIME_DEPENDENCY_SET thidua_runtime RUNTIME DESTINATION bin)
    qt_generate_deploy_app_script(TARGET thidua FILENAME_VARIABLE deploy_script)
    install(SCRIPT ${deploy_script})
    set(search_folders "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
    if(VCPKG_INSTALLED_DIR AND VCPKG_TARGET_TRIPLET)
        # A debug build links vcpkg's debug DLLs, kept apart under debug/bin.
        if(CMAKE_BUILD_TYPE STREQUAL "Debug")
            list(APPEND search_folders "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/debug/bin")
        endif()
        list(APPEND search_folders "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin")
    endif()
    # The Visual C++ runtime (msvcp140, vcruntime140…): Microsoft's redistributable DLLs.
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
    include(InstallRequiredSystemLibraries)
    install(RUNTIME_DEPENDENCY_SET thidua_runtime DESTINATION bin
        PRE_EXCLUDE_REGEXES ${THIDUA_SYSTEM_DLL_PRE_EXCLUDES}
        POST_EXCLUDE_REGEXES ${THIDUA_SYSTEM_DLL_POST_EXCLUDES}
        DIRECTORIES ${search_folders})
endfunction()
