# One INTERFACE target carries the language level, warnings and Qt defines that every
# PineDesk target shares. Third-party code never links it, so -Werror only hits our code.
add_library(pinedesk_options INTERFACE)
add_library(PineDesk::options ALIAS pinedesk_options)

target_compile_features(pinedesk_options INTERFACE cxx_std_20)
set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)

option(PINEDESK_WERROR "Treat warnings as errors in PineDesk code" ON)

target_compile_options(pinedesk_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough -Wno-missing-field-initializers
    $<$<BOOL:${PINEDESK_WERROR}>:-Werror>)

target_compile_definitions(pinedesk_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    PINEDESK_VERSION="${PROJECT_VERSION}")
