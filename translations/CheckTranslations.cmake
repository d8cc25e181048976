# Fails when a user-visible string of the sources has no Spanish translation: lupdate merges the
# current sources into a scratch copy of the catalog, and any message left unfinished (new,
# changed, or never translated) is listed by its text.
file(MAKE_DIRECTORY ${WORK_DIR})
set(copy ${WORK_DIR}/pinedesk_es.ts)
file(COPY_FILE ${TS_ES} ${copy})
string(REPLACE "|" ";" source_dirs "${SOURCES}")
execute_process(
    COMMAND ${LUPDATE} -locations none -no-obsolete ${source_dirs} -ts ${copy}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc}): ${err}")
endif()
file(READ ${copy} ts)
string(REGEX MATCHALL "<message[^>]*>[^<]*<source>[^<]*</source>(<[^/][^>]*>[^<]*</[^>]+>|[ \t\r\n])*<translation type=\"unfinished\"" unfinished "${ts}")
string(REGEX MATCHALL "<translation type=\"unfinished\"" marks "${ts}")
list(LENGTH marks count)
if(count GREATER 0)
    foreach(m IN LISTS unfinished)
        string(REGEX MATCH "<source>[^<]*</source>" src "${m}")
        message("untranslated: ${src}")
    endforeach()
    message(FATAL_ERROR "${count} message(s) lack a Spanish translation; run `cmake --build build --target update_translations` and translate them in translations/pinedesk_es.ts")
endif()
message("Spanish catalog complete")
