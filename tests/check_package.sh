#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Plenipo contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The Debian package (issue 11, section 5): CPack makes the .deb from the build tree; it holds the
# executable, the desktop entry, the AppStream metadata, the icon, the man page and the licences;
# its dependencies were computed (dpkg-shlibdeps); desktop-file-validate and appstreamcli validate
# pass, lintian reports no error, the man page has every command of `plenipo --help`. Then the
# package is installed with dpkg into a copy of a clean Debian 13 root that holds exactly the
# package's dependencies (no compiler, no -dev package: packaging/devenv makes it, see
# ensure_clean_root) and plenipo runs there: --version, new --sample, info, and exports.
set -uo pipefail

src=${1:?usage: check_package.sh SOURCE_DIR BUILD_DIR}
build=${2:?usage: check_package.sh SOURCE_DIR BUILD_DIR}
fails=0
fail() {
    printf 'FAIL: %s\n' "$*" >&2
    fails=$((fails + 1))
}
step() { printf '== %s\n' "$*"; }

work=$(mktemp -d "$build/package-test.XXXXXX")
trap 'rm -rf "$work"' EXIT

step "cpack"
if ! cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    echo "FAIL: cpack could not make the package" >&2
    exit 1
fi
deb=$(ls "$work/out/"*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || {
    echo "FAIL: cpack made no .deb in $work/out" >&2
    exit 1
}
echo "$deb: $(du -h "$deb" | cut -f1)"

step "contents"
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/contents"
for f in /usr/bin/plenipo \
    /usr/share/applications/org.plenipo.Plenipo.desktop \
    /usr/share/metainfo/org.plenipo.Plenipo.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/org.plenipo.Plenipo.svg \
    /usr/share/man/man1/plenipo.1.gz \
    /usr/share/doc/plenipo/copyright \
    /usr/share/doc/plenipo/changelog.gz \
    /usr/share/licenses/plenipo/GPL-3.0-or-later.txt; do
    grep -qxF "$f" "$work/contents" || fail "the package has no $f"
done
dpkg-deb -x "$deb" "$work/x"
# The translations are compiled into the executable (Qt resources under :/i18n).
# rcc stores resource names in UTF-16 (big-endian), so look for "plenipo_LANG.qm" in that form.
for lang in ar es fr ru zh; do
    utf16=$(printf 'plenipo_%s.qm' "$lang" | sed 's/./\\x00&/g')
    LC_ALL=C grep -qaP "$utf16" "$work/x/usr/bin/plenipo" || fail "no $lang translation in the executable"
done

step "dependencies (computed by dpkg-shlibdeps)"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
names=$(printf '%s\n' "$depends" | tr ',' '\n' | sed -e 's/|.*//' -e 's/(.*)//' -e 's/[[:space:]]//g')
for p in libc6 libstdc++6 libqt6core6 libqt6widgets6 libqt6sql6 libkf6archive6 libpugixml1v5 \
    libqt6sql6-sqlite; do
    grep -qE "^${p//+/\\+}[a-z0-9]*$" <<<"$names" ||
        fail "Depends names no $p: were the dependencies computed?"
done

step "desktop-file-validate, appstreamcli validate"
desktop-file-validate "$work/x/usr/share/applications/org.plenipo.Plenipo.desktop" ||
    fail "desktop-file-validate rejects the desktop entry"
appstreamcli validate --no-net --explain "$work/x/usr/share/metainfo/org.plenipo.Plenipo.metainfo.xml" ||
    fail "appstreamcli validate rejects the metainfo file"

step "lintian"
lintian --fail-on error "$deb" >"$work/lintian.log" 2>&1
lint=$?
cat "$work/lintian.log"
if [ "$lint" != 0 ] || grep -q '^E: ' "$work/lintian.log"; then
    fail "lintian reports errors (above)"
fi

step "man page: every command of plenipo --help"
help=$(QT_QPA_PLATFORM=offscreen "$build/app/plenipo" --help) || fail "plenipo --help failed"
commands=$(printf '%s\n' "$help" | sed -n '/^Commands:/,/^$/p' | sed -n 's/^  \([a-z][a-z-]*\) .*/\1/p')
[ -n "$commands" ] || fail "found no command in plenipo --help"
zcat "$work/x/usr/share/man/man1/plenipo.1.gz" >"$work/plenipo.1"
for c in $commands; do
    grep -qE "^\.BR \"plenipo ${c}[ \"]" "$work/plenipo.1" || fail "the man page has no section for 'plenipo $c'"
done

step "install into a clean Debian 13 root"
root=""
if [ -z "${PLENIPO_CLEAN_ROOTS:-}" ]; then
    fail "PLENIPO_CLEAN_ROOTS is not set: run the tests through packaging/devenv (test or shell), which makes the clean root"
else
    # The same key as packaging/devenv's ensure_clean_root: the package's dependency names.
    # shellcheck disable=SC1091
    root=$(PLENIPO_DEVENV_LIB=1 bash -c ". '$src/packaging/devenv'; clean_dir() { echo '$PLENIPO_CLEAN_ROOTS'; };
        clean_root_path \$(deb_dependencies '$deb')")
    if [ ! -f "$root/.plenipo-packages" ]; then
        fail "no clean root for this package's dependencies ($root): run 'bash packaging/devenv test' or 'bash packaging/devenv package', which make it"
        root=""
    fi
fi
if [ -n "$root" ]; then
    echo "clean root: $root ($(wc -l <"$root/.plenipo-packages") packages asked for)"
    if [ -e "$root/usr/bin/g++" ] || [ -e "$root/usr/bin/cmake" ] || ls "$root/usr/include/x86_64-linux-gnu/qt6" >/dev/null 2>&1; then
        fail "the clean root holds build tools or headers"
    fi
    cp -a "$root" "$work/root" || fail "could not copy the clean root"
    cp "$deb" "$work/root/tmp/plenipo.deb"
    mkdir -p "$work/root/tmp/home"
    inroot() {
        unshare --mount --pid --fork --root="$work/root" --mount-proc=/proc \
            env -i PATH=/usr/bin:/bin:/usr/sbin:/sbin HOME=/tmp/home LC_ALL=C.UTF-8 \
            QT_QPA_PLATFORM=offscreen "$@"
    }
    if ! inroot dpkg -i /tmp/plenipo.deb >"$work/dpkg.log" 2>&1; then
        cat "$work/dpkg.log" >&2
        fail "dpkg -i failed in the clean root (dependencies not satisfied?)"
    else
        out=$(inroot plenipo --version 2>&1)
        version=$(sed -n 's/^ *VERSION \([0-9.]*\)$/\1/p' "$src/CMakeLists.txt" | head -1)
        [ -n "$version" ] && [ "$out" = "plenipo $version" ] ||
            fail "plenipo --version in the clean root printed: $out"
        inroot plenipo new --sample /tmp/s.plenipo >"$work/new.log" 2>&1 ||
            fail "plenipo new --sample failed in the clean root: $(cat "$work/new.log")"
        info=$(inroot plenipo info /tmp/s.plenipo 2>&1) || fail "plenipo info failed in the clean root: $info"
        printf '%s\n' "$info"
        grep -qE '(^|[^0-9])193([^0-9]|$)' <<<"$info" || fail "plenipo info does not show the 193 states"
        for fmt in docx pdf akn; do
            if inroot plenipo export /tmp/s.plenipo --document SAMPLE/CONSEQ/2026/ZD --format "$fmt" \
                -o "/tmp/zd.$fmt" >"$work/export.log" 2>&1; then
                [ -s "$work/root/tmp/zd.$fmt" ] || fail "the $fmt export in the clean root is empty"
            else
                fail "plenipo export --format $fmt failed in the clean root: $(cat "$work/export.log")"
            fi
        done
        # The PDF has the document's text (fonts come with the dependencies).
        if [ -s "$work/root/tmp/zd.pdf" ]; then
            pdftext=$(pdftotext "$work/root/tmp/zd.pdf" - 2>&1)
            grep -q 'SAMPLE/CONSEQ/2026/ZD' <<<"$pdftext" ||
                fail "the PDF exported in the clean root does not contain the document's symbol; its text: $(head -c 300 <<<"$pdftext")"
        fi
        grep -q 'SAMPLE/CONSEQ/2026/ZD' "$work/root/tmp/zd.akn" 2>/dev/null ||
            fail "the Akoma Ntoso export in the clean root does not name the document"
    fi
fi

if [ "$fails" -gt 0 ]; then
    echo "$fails package check(s) failed" >&2
    exit 1
fi
echo "package: all checks passed"
