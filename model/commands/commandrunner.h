// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <optional>

class QUndoCommand;

namespace Plenipo {

class Workspace;

// The one way an edit is run: push, undo and redo. A pushed command runs each redo() and undo()
// inside one Workspace::Batch that commits before the step returns, so every write a command
// makes commits together or not at all; when a write or the commit throws Error the batch rolls
// the file back and reloads memory from it (memory and file never disagree), the undo stack
// stays where it was (QUndoStack moves its index only after redo()/undo() returned), and the
// failure is returned instead of escaping into Qt's event loop.
class CommandRunner
{
public:
    struct Failure
    {
        QString action;  // "Save revision of 7", "Undo Set 3 position(s) on 7"...
        QString message; // what went wrong and where (Error::message())
    };

    // Takes ownership of `command` (deleted when it fails).
    static std::optional<Failure> push(Workspace &workspace, QUndoCommand *command);
    static std::optional<Failure> undo(Workspace &workspace);
    static std::optional<Failure> redo(Workspace &workspace);
};

} // namespace Plenipo
