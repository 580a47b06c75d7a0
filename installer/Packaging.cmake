# Packaging with CPack: TGZ and DEB on Linux, NSIS on Windows. The NSIS configuration is set on
# every platform so the `installer` test can generate the Windows installer script and compile it
# with makensis (Debian's nsis) here: a broken installer script fails the tests, not the release.
set(CPACK_PACKAGE_NAME "ThiDua")
set(CPACK_PACKAGE_VENDOR "ThiDua")
set(CPACK_PACKAGE_CONTACT "ThiDua <dev@thidua.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "ThiDua")
# Start-menu entry for bin/thidua.exe, and a desktop shortcut to it.
set(CPACK_PACKAGE_EXECUTABLES "thidua;ThiDua")
set(CPACK_CREATE_DESKTOP_LINKS "thidua")

set(CPACK_NSIS_PACKAGE_NAME "ThiDua ${PROJECT_VERSION}")
set(CPACK_NSIS_DISPLAY_NAME "ThiDua")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\thidua.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
# The finish page offers to start ThiDua. The installer runs as administrator; Explorer starts the
# program as the signed-in user, so the first database and the settings land in that user's
# profile, not the administrator's. The installer is a 64-bit Unicode program (Vietnamese on every
# page; ThiDua itself is 64-bit, and a 64-bit installer sees the 64-bit registry and Program Files).
set(CPACK_NSIS_DEFINES [=[
  Target amd64-unicode
  !define MUI_FINISHPAGE_RUN
  !define MUI_FINISHPAGE_RUN_FUNCTION StartThiDuaAsUser
Function StartThiDuaAsUser
  Exec '"$WINDIR\explorer.exe" "$INSTDIR\bin\thidua.exe"'
FunctionEnd
]=])
set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/resources/icons/thidua.ico")
set(CPACK_NSIS_MUI_UNIICON "${PROJECT_SOURCE_DIR}/resources/icons/thidua.ico")
# The options page offers the desktop shortcut (and, unticked by default, adding ThiDua to PATH).
set(CPACK_NSIS_MODIFY_PATH ON)
# The installer's pages follow the system language; CPack's template offers Vietnamese and English
# among its languages.
# Double-clicking a .thidua file opens it in ThiDua (the application takes the path as argument);
# such files show the program's second icon, a page with ThiDua's mark.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
  WriteRegStr HKCR ".thidua" "" "ThiDua.Database"
  WriteRegStr HKCR "ThiDua.Database" "" "ThiDua database"
  WriteRegStr HKCR "ThiDua.Database\DefaultIcon" "" "$INSTDIR\bin\thidua.exe,1"
  WriteRegStr HKCR "ThiDua.Database\shell\open\command" "" '"$INSTDIR\bin\thidua.exe" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, i 0, i 0)'
]=])
# The uninstaller removes what the installer put there and nothing else: databases, their backups
# and attachments live in the user's folders and are never touched.
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
  DeleteRegKey HKCR ".thidua"
  DeleteRegKey HKCR "ThiDua.Database"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, i 0, i 0)'
]=])

# Values reach the generated scripts as written (quotes and backslashes included).
set(CPACK_VERBATIM_VARIABLES ON)

if(WIN32)
    set(CPACK_GENERATOR "NSIS")
else()
    set(CPACK_GENERATOR "TGZ;DEB")
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_SECTION "office")
endif()
include(CPack)
