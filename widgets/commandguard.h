// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>

class QUndoCommand;
class QWidget;

namespace Plenipo {

class Workspace;

// Runs an edit from the GUI through CommandRunner and, when it fails, tells the user what failed
// and why in a window-modal message (opened, not exec()'d: nothing blocks inside an event
// handler). Every push, undo and redo of the workbench goes through here.
class CommandGuard
{
    Q_DECLARE_TR_FUNCTIONS(Plenipo::CommandGuard)

public:
    // Takes ownership of `command`. Returns true when the edit was made.
    static bool push(QWidget *parent, Workspace &workspace, QUndoCommand *command);
    static bool undo(QWidget *parent, Workspace &workspace);
    static bool redo(QWidget *parent, Workspace &workspace);
};

} // namespace Plenipo
