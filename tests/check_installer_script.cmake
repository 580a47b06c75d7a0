# Reads the NSIS script CPack generated for the `installer` test and fails unless it says what the
# clerk's installer must do: be a 64-bit Unicode program, start ThiDua on the finish page through
# Explorer (as the signed-in user, not the administrator the installer runs as), give .thidua files
# the program's second icon, and register the file type.
# cmake -DINSTALLER_DIR=… -P check_installer_script.cmake
file(GLOB_RECURSE scripts "${INSTALLER_DIR}/_CPack_Packages/*/project.nsi")
list(LENGTH scripts count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one project.nsi under ${INSTALLER_DIR}, found ${count}")
endif()
file(READ "${scripts}" script)
foreach(expected
        "Target amd64-unicode"
        "!define MUI_FINISHPAGE_RUN_FUNCTION StartThiDuaAsUser"
        "Exec '\"$WINDIR\\explorer.exe\" \"$INSTDIR\\bin\\thidua.exe\"'"
        "WriteRegStr HKCR \"ThiDua.Database\\DefaultIcon\" \"\" \"$INSTDIR\\bin\\thidua.exe,1\""
        "WriteRegStr HKCR \"ThiDua.Database\\shell\\open\\command\" \"\" '\"$INSTDIR\\bin\\thidua.exe\" \"%1\"'")
    string(FIND "${script}" "${expected}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the installer script lacks: ${expected}")
    endif()
endforeach()
foreach(code RANGE 1 8)
    string(ASCII ${code} control)
    string(FIND "${script}" "${control}" at)
    if(NOT at EQUAL -1)
        message(FATAL_ERROR "the installer script holds the control character ${code} (a backslash sequence typed as an escape?)")
    endif()
endforeach()
message(STATUS "installer script: 64-bit Unicode, starts ThiDua as the user, .thidua icon and association")
