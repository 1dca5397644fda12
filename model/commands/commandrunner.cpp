// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "commands/commandrunner.h"

#include "core/error.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <memory>

namespace Plenipo {

namespace {

template<typename Step>
std::optional<CommandRunner::Failure> inBatch(Workspace &workspace, const QString &action,
                                              Step step)
{
    try {
        const auto batch = workspace.beginBatch();
        step();
        batch->commit();
        return std::nullopt;
    } catch (const Error &e) {
        return CommandRunner::Failure{action, e.message()};
    }
}

} // namespace

std::optional<CommandRunner::Failure> CommandRunner::push(Workspace &workspace,
                                                          QUndoCommand *command)
{
    std::unique_ptr<QUndoCommand> owned(command);
    const QString action = command->text();
    return inBatch(workspace, action, [&] {
        // QUndoStack::push() calls redo() before it takes the command: when redo() throws, the
        // stack has not taken it and `owned` deletes it.
        QUndoCommand *const pushed = owned.release();
        try {
            workspace.undoStack()->push(pushed);
        } catch (...) {
            owned.reset(pushed); // not taken by the stack: ours to delete
            throw;
        }
    });
}

std::optional<CommandRunner::Failure> CommandRunner::undo(Workspace &workspace)
{
    QUndoStack *stack = workspace.undoStack();
    if (!stack->canUndo())
        return std::nullopt;
    const QString action =
        QCoreApplication::translate("Plenipo::CommandRunner", "Undo %1").arg(stack->undoText());
    return inBatch(workspace, action, [&] { stack->undo(); });
}

std::optional<CommandRunner::Failure> CommandRunner::redo(Workspace &workspace)
{
    QUndoStack *stack = workspace.undoStack();
    if (!stack->canRedo())
        return std::nullopt;
    const QString action =
        QCoreApplication::translate("Plenipo::CommandRunner", "Redo %1").arg(stack->redoText());
    return inBatch(workspace, action, [&] { stack->redo(); });
}

} // namespace Plenipo
