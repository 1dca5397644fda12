# SPDX-FileCopyrightText: 2026 Plenipo contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# plenipo_check_no_widgets(TARGET): fails the configure step if TARGET links Qt Widgets,
# directly or through any library it links. The model layer must stay usable without a GUI.
function(_plenipo_collect_links target out)
    set(seen ${${out}})
    if(NOT TARGET ${target} OR target IN_LIST seen)
        return()
    endif()
    list(APPEND seen ${target})
    get_target_property(libs ${target} LINK_LIBRARIES)
    get_target_property(ilibs ${target} INTERFACE_LINK_LIBRARIES)
    foreach(lib IN LISTS libs ilibs)
        if(lib AND NOT lib MATCHES "^\\$<")
            list(APPEND seen ${lib})
            _plenipo_collect_links(${lib} seen)
        endif()
    endforeach()
    list(REMOVE_DUPLICATES seen)
    set(${out} ${seen} PARENT_SCOPE)
endfunction()

function(plenipo_check_no_widgets target)
    set(all "")
    _plenipo_collect_links(${target} all)
    foreach(lib IN LISTS all)
        if(lib MATCHES "Widgets|PrintSupport")
            message(FATAL_ERROR "Layering violation: ${target} links ${lib}; "
                                "the model library must not depend on Qt Widgets.")
        endif()
    endforeach()
endfunction()
