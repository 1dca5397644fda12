#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Plenipo contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# clang-tidy, with the committed .clang-tidy (every finding an error), on every source file of
# model/ and widgets/, from the build tree's compile_commands.json. Findings are reported as
# FILE:LINE:COL: error: ... [check-name].
set -uo pipefail
src=${1:?usage: check_tidy.sh SOURCE_DIR BUILD_DIR [JOBS]}
build=${2:?usage: check_tidy.sh SOURCE_DIR BUILD_DIR [JOBS]}
jobs=${3:-2}
tidy=${CLANG_TIDY:-clang-tidy}
command -v "$tidy" >/dev/null || {
    echo "clang-tidy not found (it is in packaging/debian13-packages.txt)" >&2
    exit 1
}
[ -f "$build/compile_commands.json" ] || {
    echo "no $build/compile_commands.json (configure with CMAKE_EXPORT_COMPILE_COMMANDS)" >&2
    exit 1
}
cd "$src" || exit 1
mapfile -t files < <(find model widgets -type f -name '*.cpp' | sort)
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# One clang-tidy per file, JOBS at a time; each prints its findings once it is done.
printf '%s\n' "${files[@]}" |
    xargs -P "$jobs" -I{} sh -c '"$0" -p "$1" --quiet "$2" 2>/dev/null || echo "clang-tidy failed on $2"' \
        "$tidy" "$build" "{}" >"$log"
if grep -qE ': (error|warning): |^clang-tidy failed on ' "$log"; then
    grep -E ': (error|warning): |^clang-tidy failed on ' "$log" | sort -u >&2
    echo "clang-tidy: $(grep -cE ': (error|warning): ' "$log") finding(s) in model/ and widgets/ (above)" >&2
    exit 1
fi
echo "clang-tidy: ${#files[@]} files of model/ and widgets/ are clean"
