# SPDX-FileCopyrightText: 2026 Plenipo contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DDIR=model -P check_no_widgets.cmake: fails if any source under DIR includes Qt Widgets
# or Qt PrintSupport headers.
file(GLOB_RECURSE sources "${DIR}/*.h" "${DIR}/*.cpp")
set(bad "")
foreach(f IN LISTS sources)
    file(STRINGS "${f}" hits REGEX "#[ \t]*include[ \t]*<(QtWidgets|QtPrintSupport|QWidget|QApplication|QMainWindow|QDialog|QPrinter)")
    if(hits)
        list(APPEND bad "${f}: ${hits}")
    endif()
endforeach()
if(bad)
    message(FATAL_ERROR "model/ includes Qt Widgets:\n${bad}")
endif()
message(STATUS "model/ includes no Qt Widgets header (${CMAKE_CURRENT_LIST_LENGTH} checked)")
