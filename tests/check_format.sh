#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Plenipo contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Every C++ file of the tree (model/, widgets/, app/, tests/) is formatted as the committed
# .clang-format says. Each difference is reported as FILE:LINE:COL (clang-format's own message);
# fix with `clang-format -i FILE` inside packaging/devenv.
set -uo pipefail
src=${1:?usage: check_format.sh SOURCE_DIR}
format=${CLANG_FORMAT:-clang-format}
command -v "$format" >/dev/null || {
    echo "clang-format not found (it is in packaging/debian13-packages.txt)" >&2
    exit 1
}
cd "$src" || exit 1
mapfile -t files < <(find model widgets app tests -type f \( -name '*.cpp' -o -name '*.h' \) | sort)
[ ${#files[@]} -gt 0 ] || {
    echo "no C++ files found under $src" >&2
    exit 1
}
bad=0
for f in "${files[@]}"; do
    if ! out=$("$format" --style=file --dry-run --Werror --ferror-limit=3 "$f" 2>&1); then
        printf '%s\n' "$out" | grep -E '^[^ ].*:[0-9]+:[0-9]+: ' >&2
        bad=$((bad + 1))
    fi
done
if [ "$bad" -gt 0 ]; then
    echo "$bad of ${#files[@]} files are not clang-format clean (first differences above)" >&2
    exit 1
fi
echo "all ${#files[@]} C++ files are clang-format clean"
