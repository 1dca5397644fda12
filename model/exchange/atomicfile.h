// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <functional>

class QIODevice;

namespace Plenipo {

// Writes a file under a temporary name beside the target and renames it over the target only
// when the writer returns normally (QSaveFile). If the writer throws (a failure, a cancelled
// export) or the disk fills up, the temporary file is removed and the target is left as it was:
// no half-written file ever carries the target's name.
class AtomicFile
{
public:
    // Calls `writer` with the open temporary file; throws Error(Kind::Io) naming `path` when it
    // cannot be created, written or renamed, and rethrows whatever `writer` throws.
    static void write(const QString &path, const std::function<void(QIODevice &)> &writer);
};

} // namespace Plenipo
