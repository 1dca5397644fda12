# SPDX-FileCopyrightText: 2026 Plenipo contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Finds libcsv, the RFC 4180 CSV parser and writer (Debian: libcsv-dev).
#   LibCsv_FOUND, LibCsv_VERSION, target LibCsv::LibCsv
find_path(LibCsv_INCLUDE_DIR NAMES csv.h)
find_library(LibCsv_LIBRARY NAMES csv)
if(LibCsv_INCLUDE_DIR AND EXISTS "${LibCsv_INCLUDE_DIR}/csv.h")
    file(STRINGS "${LibCsv_INCLUDE_DIR}/csv.h" _csv_major REGEX "define CSV_MAJOR")
    file(STRINGS "${LibCsv_INCLUDE_DIR}/csv.h" _csv_minor REGEX "define CSV_MINOR")
    string(REGEX MATCH "[0-9]+" _csv_major "${_csv_major}")
    string(REGEX MATCH "[0-9]+" _csv_minor "${_csv_minor}")
    set(LibCsv_VERSION "${_csv_major}.${_csv_minor}")
endif()
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(LibCsv
    REQUIRED_VARS LibCsv_LIBRARY LibCsv_INCLUDE_DIR VERSION_VAR LibCsv_VERSION)
if(LibCsv_FOUND AND NOT TARGET LibCsv::LibCsv)
    add_library(LibCsv::LibCsv UNKNOWN IMPORTED)
    set_target_properties(LibCsv::LibCsv PROPERTIES
        IMPORTED_LOCATION "${LibCsv_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${LibCsv_INCLUDE_DIR}")
endif()
mark_as_advanced(LibCsv_INCLUDE_DIR LibCsv_LIBRARY)
