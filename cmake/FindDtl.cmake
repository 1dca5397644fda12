# SPDX-FileCopyrightText: 2026 Plenipo contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Finds dtl, the header-only diff template library (Debian: libdtl-dev).
#   Dtl_FOUND, Dtl_VERSION, target Dtl::Dtl
find_path(Dtl_INCLUDE_DIR NAMES dtl/dtl.hpp)
if(Dtl_INCLUDE_DIR AND EXISTS "${Dtl_INCLUDE_DIR}/dtl/variables.hpp")
    file(STRINGS "${Dtl_INCLUDE_DIR}/dtl/variables.hpp" _dtl_version_line
         REGEX "const string version")
    string(REGEX MATCH "[0-9]+\\.[0-9]+" Dtl_VERSION "${_dtl_version_line}")
endif()
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(Dtl REQUIRED_VARS Dtl_INCLUDE_DIR VERSION_VAR Dtl_VERSION)
if(Dtl_FOUND AND NOT TARGET Dtl::Dtl)
    add_library(Dtl::Dtl INTERFACE IMPORTED)
    # SYSTEM: the library's own warnings are not ours to fix.
    set_target_properties(Dtl::Dtl PROPERTIES INTERFACE_INCLUDE_DIRECTORIES "${Dtl_INCLUDE_DIR}")
    set_property(TARGET Dtl::Dtl PROPERTY SYSTEM TRUE)
endif()
mark_as_advanced(Dtl_INCLUDE_DIR)
