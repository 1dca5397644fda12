# SPDX-FileCopyrightText: 2026 Plenipo contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# What `make install` puts where, and the Debian 13 package CPack makes of it
# (`bash packaging/devenv package`; tests/check_package.sh installs it into a clean root).
# The package's dependencies are computed by dpkg-shlibdeps from the executable; only what is
# loaded at run time as a plugin (never linked, so shlibdeps cannot see it) is named here.
include(GNUInstallDirs)

set(PLENIPO_APP_ID org.plenipo.Plenipo)
set(pkg_dir "${PROJECT_SOURCE_DIR}/packaging")

install(FILES "${pkg_dir}/${PLENIPO_APP_ID}.desktop"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${pkg_dir}/${PLENIPO_APP_ID}.metainfo.xml"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/plenipo.svg"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
    RENAME "${PLENIPO_APP_ID}.svg")
install(FILES "${PROJECT_SOURCE_DIR}/LICENSES/GPL-3.0-or-later.txt"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/licenses/plenipo")

# Debian wants the man page and the changelog compressed, reproducibly (gzip -n: no name, no time).
find_program(PLENIPO_GZIP gzip REQUIRED)
set(gz_dir "${PROJECT_BINARY_DIR}/packaging")
add_custom_command(OUTPUT "${gz_dir}/plenipo.1.gz" "${gz_dir}/changelog.gz"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${gz_dir}"
    COMMAND sh -c "'${PLENIPO_GZIP}' -9nc '${PROJECT_SOURCE_DIR}/docs/plenipo.1' > '${gz_dir}/plenipo.1.gz'"
    COMMAND sh -c "'${PLENIPO_GZIP}' -9nc '${pkg_dir}/debian/changelog' > '${gz_dir}/changelog.gz'"
    DEPENDS "${PROJECT_SOURCE_DIR}/docs/plenipo.1" "${pkg_dir}/debian/changelog"
    COMMENT "Compressing the man page and the changelog"
    VERBATIM)
add_custom_target(plenipo_packaging_files ALL
    DEPENDS "${gz_dir}/plenipo.1.gz" "${gz_dir}/changelog.gz")
install(FILES "${gz_dir}/plenipo.1.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
# Debian's place, named after the package (CMAKE_INSTALL_DOCDIR would use the project's name).
install(FILES "${gz_dir}/changelog.gz" "${pkg_dir}/debian/copyright"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/plenipo")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME plenipo)
set(CPACK_PACKAGE_VENDOR "Plenipo contributors")
set(CPACK_PACKAGE_CONTACT "Plenipo developers <dev@plenipo.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "workbench for negotiating norms and treaty texts")
# The synopsis is CPACK_PACKAGE_DESCRIPTION_SUMMARY; this is the extended description.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Plenipo keeps the drafts of a negotiation (bracketed text, alternatives,
attributions, notes), the positions of up to 193 states on every clause and
alternative, consensus and coalitions in one workspace file. It compares
drafts word by word, exports to Word, PDF, ODT, Akoma Ntoso and CSV, and
imports UN resolutions, drafts and positions. A command line does the same
without a display.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded as plugins at run time: the SQLite driver (every workspace), the SVG image and icon
# plugins (the icon), and the platform plugins for a desktop session (xcb, wayland) are in
# qt6-qpa-plugins; offscreen (the command line) is in libqt6gui6, which shlibdeps finds.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
# Team mode (plenipo server) needs Qt's PostgreSQL driver: recommended, as the file workspace is
# the default. The six UN languages need fonts with Arabic and Chinese glyphs (Noto) and Qt's
# own catalogues for its standard buttons and dialogs (Close, Cancel, the file dialog), in
# qt6-translations-l10n.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "libqt6svg6, libqt6sql6-psql, fonts-noto-core, fonts-noto-cjk, qt6-translations-l10n")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
include(CPack)
