#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Plenipo contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""clang-tidy on every source file of model/ and widgets/, with a cache of clean results.

Usage: check_tidy.py SOURCE_DIR BUILD_DIR [JOBS]

A file is checked again unless a file with the same preprocessed text (macros and comments
kept, so NOLINT and macro changes count), the same compile flags, the same .clang-tidy and the
same clang-tidy version was clean before: a clean result depends on nothing else. Only clean
results are cached (PLENIPO_TIDY_CACHE, default ~/.cache/plenipo/tidy), so a finding is
reported on every run until it is fixed. Written here because clang-tidy has no cache of its
own and checks a file in 5 to 20 s, the longest step of the suite.
"""
import concurrent.futures
import hashlib
import json
import os
import shlex
import subprocess
import sys
from pathlib import Path


def main() -> int:
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    src = Path(sys.argv[1]).resolve()
    build = Path(sys.argv[2]).resolve()
    jobs = int(sys.argv[3]) if len(sys.argv) > 3 else 2
    tidy = os.environ.get("CLANG_TIDY", "clang-tidy")
    database = build / "compile_commands.json"
    if not database.exists():
        print(f"no {database} (configure with CMAKE_EXPORT_COMPILE_COMMANDS)", file=sys.stderr)
        return 1
    cache = Path(os.environ.get("PLENIPO_TIDY_CACHE") or
                 Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "plenipo" / "tidy")
    cache.mkdir(parents=True, exist_ok=True)
    try:
        version = subprocess.run([tidy, "--version"], capture_output=True, text=True,
                                 check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        print("clang-tidy not found (it is in packaging/debian13-packages.txt)", file=sys.stderr)
        return 1
    config = (src / ".clang-tidy").read_bytes()

    wanted = {str(p) for folder in ("model", "widgets") for p in (src / folder).rglob("*.cpp")}
    entries = {}
    for entry in json.loads(database.read_text()):
        path = str((Path(entry["directory"]) / entry["file"]).resolve())
        if path in wanted:
            entries[path] = entry
    missing = sorted(wanted - entries.keys())
    if missing:
        print("not in compile_commands.json: " + ", ".join(missing), file=sys.stderr)
        return 1

    def key(entry) -> str:
        args = entry.get("arguments") or shlex.split(entry["command"])
        if Path(args[0]).name == "ccache":
            args = args[1:]
        pre, skip = [], False
        for a in args:
            if skip:
                skip = False
                continue
            if a in ("-o", "-MF", "-MT", "-MQ"):
                skip = True
                continue
            if a in ("-c", "-MD", "-MMD"):
                continue
            pre.append(a)
        text = subprocess.run(pre + ["-E", "-P", "-C", "-dD", "-o", "-"], cwd=entry["directory"],
                              capture_output=True, check=True).stdout
        # The checkout's and the build's own paths do not matter: a fresh clone elsewhere finds
        # the results of this one.
        flags = " ".join(pre).replace(str(build), "@BUILD@").replace(str(src), "@SRC@")
        text = text.replace(str(build).encode(), b"@BUILD@").replace(str(src).encode(), b"@SRC@")
        h = hashlib.sha256()
        for part in (version.encode(), config, flags.encode(), text):
            h.update(hashlib.sha256(part).digest())
        return h.hexdigest()

    def check(path: str):
        entry = entries[path]
        try:
            k = key(entry)
        except subprocess.CalledProcessError:
            k = None
        if k and (cache / k).exists():
            return path, True, "", True
        run = subprocess.run([tidy, "-p", str(build), "--quiet", path], capture_output=True,
                             text=True)
        findings = [line for line in run.stdout.splitlines()
                    if ": error: " in line or ": warning: " in line]
        clean = run.returncode == 0 and not findings
        if clean and k:
            (cache / k).touch()
        message = "\n".join(findings) or (run.stderr.strip() if not clean else "")
        return path, clean, message, False

    failures, cached = [], 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        for path, clean, message, hit in pool.map(check, sorted(entries)):
            cached += hit
            if not clean:
                failures.append(message or f"clang-tidy failed on {path}")
    rel = lambda s: s.replace(str(src) + "/", "")
    if failures:
        for f in failures:
            print(rel(f), file=sys.stderr)
        print(f"clang-tidy: findings in {len(failures)} of {len(entries)} files of model/ and "
              "widgets/ (above)", file=sys.stderr)
        return 1
    print(f"clang-tidy: {len(entries)} files of model/ and widgets/ are clean "
          f"({cached} unchanged since a clean check)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
