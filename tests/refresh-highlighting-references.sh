#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Plenipo contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates tests/data/highlighting/*.plm.ref from resources/syntax/plenipo-markup.xml: builds
# tst_markuphighlighting in the given CMake preset (default: dev) inside the build environment
# and runs it with PLENIPO_REFRESH_REFERENCES=1. Review the result before committing:
#   git diff tests/data/highlighting
# Every changed line must be a change you meant (brackets at levels 1/2/3 keep distinct styles).
set -euo pipefail

src=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
preset=${1:-dev}
jobs=${PLENIPO_JOBS:-2}

# shellcheck disable=SC2016 # expanded by the inner shell
bash "$src/packaging/devenv" shell bash -c '
    set -euo pipefail
    cd "$1"
    [ -f "build/$2/build.ninja" ] || cmake --preset "$2"
    cmake --build --preset "$2" --target tst_markuphighlighting -j "$3"
    cd "build/$2/tests"
    PLENIPO_REFRESH_REFERENCES=1 QT_QPA_PLATFORM=offscreen ./tst_markuphighlighting
' refresh "$src" "$preset" "$jobs"

echo "References refreshed; review them with: git -C '$src' diff tests/data/highlighting"
