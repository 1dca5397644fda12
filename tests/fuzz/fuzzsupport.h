// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Shared set-up of the libFuzzer targets (tests/fuzz/README.md): a Qt application object, the
// sample workspace the importers check their input against (made once per process in a
// temporary folder, opened read-only), and the rule that the code under test may refuse any
// input with Plenipo::Error but must do nothing else: a crash, a sanitizer report, another
// exception or a broken invariant (FUZZ_CHECK) is a finding.

#include "core/error.h"
#include "storage/workspace.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <memory>

namespace Plenipo::Fuzz {

// Called from LLVMFuzzerInitialize: the application object (a QCoreApplication), quiet Qt
// logging, a temporary folder.
void initialize(int *argc, char ***argv);
// The sample workspace, read-only (made on first use).
const Workspace &sampleWorkspace();
// A writable copy of a small workspace (3 states, 4 clauses, positions) as bytes: the base the
// workspace target damages.
const QByteArray &smallWorkspaceBytes();
// A fresh file name in the temporary folder.
QString scratchPath(const char *name);

// Aborts (a finding) with the message when the condition fails.
[[noreturn]] void fail(const char *what, const char *file, int line);

} // namespace Plenipo::Fuzz

#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition))                                                                          \
            ::Plenipo::Fuzz::fail(#condition, __FILE__, __LINE__);                                 \
    } while (false)

// Runs `body`; Plenipo::Error is the one allowed way to refuse an input.
#define FUZZ_REFUSALS_OK(body)                                                                     \
    do {                                                                                           \
        try {                                                                                      \
            body;                                                                                  \
        } catch (const ::Plenipo::Error &) {                                                       \
        }                                                                                          \
    } while (false)
