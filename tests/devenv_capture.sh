#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Plenipo contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# packaging/devenv's functions whose standard output a caller captures ($(...)) must never let a
# child's output into it (issue 11: on a fresh machine apt-get's output went into the captured
# root path and the first run failed). This runs them, and devenv's real dispatch, on PATH that
# holds only fakes for apt-get, sudo, mmdebstrap, bwrap and dpkg-deb that print on standard
# output, as a fresh machine without the host tools would look, and checks what is captured.
set -uo pipefail

devenv=${1:?usage: devenv_capture.sh PATH/TO/packaging/devenv}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fails=0
fail() {
    printf 'FAIL: %s\n' "$*" >&2
    fails=$((fails + 1))
}

bin="$work/bin"
mkdir -p "$bin"
# Only these real tools: nothing from the host's own apt, mmdebstrap or bwrap can be found.
for tool in bash sh env cat sed grep sort sha256sum cut head tail tr paste dirname basename mkdir \
    rm mv cp ls id chmod readlink printf mktemp touch; do
    real=$(command -v "$tool") || continue
    [ "${real#/}" != "$real" ] && ln -s "$real" "$bin/$tool"
done

noise='NOISE-ON-STDOUT Reading package lists... Done'
# apt-get: prints on standard output, "installs" mmdebstrap and bwrap when asked; indextargets
# names one Debian mirror and its security mirror, as the host's apt sources would.
cat >"$bin/apt-get" <<EOF
#!$bin/bash
echo "$noise apt-get \$*"
case "\$1" in
indextargets)
    echo 'http://mirror.invalid/debian/ bookworm'
    echo 'http://mirror.invalid/debian-security/ bookworm-security' ;;
install)
    for p in "\$@"; do
        case "\$p" in
        mmdebstrap) cp "$work/mmdebstrap.fake" "$bin/mmdebstrap" ;;
        bubblewrap) cp "$work/bwrap.fake" "$bin/bwrap" ;;
        esac
    done
    echo "Setting up mmdebstrap ... $noise" ;;
esac
EOF
cat >"$bin/sudo" <<EOF
#!$bin/bash
echo "$noise sudo"
exec "\$@"
EOF
# mmdebstrap: talks on both streams, makes the target with a usr/ folder.
cat >"$work/mmdebstrap.fake" <<EOF
#!$bin/bash
echo "$noise mmdebstrap"
echo "I: mmdebstrap on stderr" >&2
target=""
for a in "\$@"; do case "\$a" in -*|trixie|deb\ *) ;; *) [ -n "\$target" ] || target=\$a ;; esac; done
mkdir -p "\$target/usr" "\$target/etc"
echo "\$*" >"\$target/.mmdebstrap-args"
EOF
# bwrap: records its arguments, prints, and does not run anything.
cat >"$work/bwrap.fake" <<EOF
#!$bin/bash
echo "$noise bwrap"
printf '%s\n' "\$@" >"$work/bwrap-args"
EOF
cat >"$bin/dpkg-deb" <<EOF
#!$bin/bash
echo 'libqt6core6t64 (>= 6.8.0), libc6 (>= 2.38), libqt6sql6-sqlite | libqt6sql6-psql'
EOF
chmod +x "$bin"/* "$work"/*.fake

run() { env -i PATH="$bin" HOME="$work/home" PLENIPO_ENV=root PLENIPO_ENV_DIR="$work/env" "$@"; }

# 1. The functions, sourced: the host tools are missing, so ensure_root installs them (noisy
#    apt-get) and makes the root (noisy mmdebstrap); it must print exactly the root's path.
out=$(run bash -c "PLENIPO_DEVENV_LIB=1; . '$devenv'; r=\$(root_path); echo \"expected=\$r\"; \
    echo \"got=\$(ensure_root)\"; echo \"again=\$(ensure_root)\"" 2>"$work/stderr1")
expected=$(printf '%s\n' "$out" | sed -n 's/^expected=//p')
[ -n "$expected" ] || fail "root_path printed nothing: $out"
case "$expected" in "$work/env/debian13-"*) ;; *) fail "root_path is '$expected'" ;; esac
[ "$(printf '%s\n' "$out" | sed -n 's/^got=//p')" = "$expected" ] ||
    fail "ensure_root on a fresh machine printed '$(printf '%s\n' "$out" | sed -n '/^got=/,/^again=/p')', not '$expected'"
[ "$(printf '%s\n' "$out" | sed -n 's/^again=//p')" = "$expected" ] ||
    fail "ensure_root with the root already made printed something other than '$expected'"
[ -x "$bin/mmdebstrap" ] || fail "ensure_root did not install the host tools"
[ -f "$expected/.plenipo-packages" ] || fail "the root was not finished (.plenipo-packages missing)"
grep -q 'NOISE-ON-STDOUT' "$work/stderr1" ||
    fail "the fakes' output was lost instead of going to standard error"
grep -q 'http://mirror.invalid/debian/ trixie main' "$expected/.mmdebstrap-args" ||
    fail "mmdebstrap was not given the host's mirror: $(cat "$expected/.mmdebstrap-args")"
grep -q 'http://mirror.invalid/debian-security/ trixie-security main' "$expected/.mmdebstrap-args" ||
    fail "mmdebstrap was not given the host's security mirror"

# 2. The clean root of the package test, from a .deb's Depends line: same rule.
rm -f "$bin/mmdebstrap" "$bin/bwrap"
out=$(run bash -c "PLENIPO_DEVENV_LIB=1; . '$devenv'; deps=\$(deb_dependencies x.deb); \
    echo \"deps=\$(echo \$deps)\"; echo \"expected=\$(clean_root_path \$deps)\"; \
    echo \"got=\$(ensure_clean_root \$deps)\"" 2>"$work/stderr2")
[ "$(printf '%s\n' "$out" | sed -n 's/^deps=//p')" = "libc6 libqt6core6t64 libqt6sql6-sqlite" ] ||
    fail "deb_dependencies read the Depends line wrongly: $out"
expected=$(printf '%s\n' "$out" | sed -n 's/^expected=//p')
case "$expected" in "$work/env/clean/debian13-"*) ;; *) fail "clean_root_path is '$expected'" ;; esac
[ "$(printf '%s\n' "$out" | sed -n 's/^got=//p')" = "$expected" ] ||
    fail "ensure_clean_root printed '$(printf '%s\n' "$out" | sed -n '/^got=/,$p')', not '$expected'"
grep -q -- '--include=libc6,libqt6core6t64,libqt6sql6-sqlite' "$expected/.mmdebstrap-args" ||
    fail "the clean root was not made from the package's dependencies"
[ -x "$bin/mmdebstrap" ] || fail "ensure_clean_root did not install the host tools"

# 3. The real dispatch on a fresh machine, as the README's commands start: `devenv shell CMD` must
#    run bwrap on the right root (the issue's failure was bwrap given a path with apt's output).
rm -rf "$work/env" "$bin/mmdebstrap" "$bin/bwrap"
run bash "$devenv" shell true >/dev/null 2>"$work/stderr3" || fail "devenv shell failed: $(tail -5 "$work/stderr3")"
root=$(run bash -c "PLENIPO_DEVENV_LIB=1; . '$devenv'; root_path")
if [ ! -f "$work/bwrap-args" ]; then
    fail "devenv shell never ran bwrap"
else
    grep -qxF "$root/usr" "$work/bwrap-args" ||
        fail "bwrap was not given the root's folders ($root/usr): $(head -c 400 "$work/bwrap-args")"
    if grep -q 'NOISE' "$work/bwrap-args"; then fail "a child's output reached bwrap's arguments"; fi
fi

if [ "$fails" -gt 0 ]; then
    echo "$fails check(s) failed" >&2
    exit 1
fi
echo "devenv capture: all checks passed"
