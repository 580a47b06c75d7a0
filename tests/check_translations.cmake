# Fails when a user-visible string of core/, ui/ or app/ has no English translation in
# resources/translations/thidua_en.ts. Runs lupdate on a copy, so the source tree is untouched.
# cmake -DLUPDATE=… -DSOURCE_DIR=… -DWORK_DIR=… -P check_translations.cmake
file(MAKE_DIRECTORY "${WORK_DIR}")
set(copy "${WORK_DIR}/thidua_en_check.ts")
configure_file("${SOURCE_DIR}/resources/translations/thidua_en.ts" "${copy}" COPYONLY)
execute_process(
    COMMAND "${LUPDATE}" -silent -no-obsolete -locations none
        -I "${SOURCE_DIR}" "${SOURCE_DIR}/core" "${SOURCE_DIR}/ui" "${SOURCE_DIR}/app" -ts "${copy}"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${result})")
endif()
file(READ "${copy}" content)
string(REGEX MATCHALL "<source>[^<]*</source>[ \n\r\t]*(<comment>[^<]*</comment>[ \n\r\t]*)?<translation type=\"unfinished\"" untranslated "${content}")
list(LENGTH untranslated count)
if(count GREATER 0)
    message(FATAL_ERROR "${count} strings without an English translation "
        "(run the update_translations target and translate them):\n${untranslated}")
endif()
message(STATUS "every user-visible string has an English translation")
