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

// Runs its command's redo() and undo() each in a batch of its own that commits before they
// return. QUndoStack moves its index only after redo()/undo() returned, and has no way to move
// it back without running a command, so a batch committed after the stack moved (a write that
// fails at commit: the search index, a full disk) would leave the stack saying "done" for an
// edit the file rolled back. Committed inside the step, a failure of any write or of the commit
// leaves the stack where it was, and the batch has reloaded memory from the file.
class CommittingCommand : public QUndoCommand
{
public:
    CommittingCommand(Workspace &workspace, std::unique_ptr<QUndoCommand> inner)
        : QUndoCommand(inner->text())
        , m_workspace(workspace)
        , m_inner(std::move(inner))
    {}

    void redo() override
    {
        inBatch([this] { m_inner->redo(); });
        followInner();
    }
    void undo() override
    {
        inBatch([this] { m_inner->undo(); });
        followInner();
    }
    int id() const override { return m_inner->id(); }
    // Merging writes nothing: the step being merged has committed already.
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = dynamic_cast<const CommittingCommand *>(other);
        if (!o || !m_inner->mergeWith(o->m_inner.get()))
            return false;
        followInner();
        return true;
    }

private:
    template<typename Step>
    void inBatch(Step step)
    {
        const auto batch = m_workspace.beginBatch();
        step();
        batch->commit();
    }
    void followInner()
    {
        setText(m_inner->text());
        setObsolete(m_inner->isObsolete());
    }

    Workspace &m_workspace;
    std::unique_ptr<QUndoCommand> m_inner;
};

template<typename Step>
std::optional<CommandRunner::Failure> reported(const QString &action, Step step)
{
    try {
        step();
        return std::nullopt;
    } catch (const Error &e) {
        return CommandRunner::Failure{action, e.message()};
    }
}

} // namespace

std::optional<CommandRunner::Failure> CommandRunner::push(Workspace &workspace,
                                                          QUndoCommand *command)
{
    auto owned =
        std::make_unique<CommittingCommand>(workspace, std::unique_ptr<QUndoCommand>(command));
    const QString action = owned->text();
    return reported(action, [&] {
        // QUndoStack::push() calls redo() before it takes the command: when redo() throws, the
        // stack has not taken it and `owned` deletes it.
        QUndoCommand *const pushed = owned.release();
        try {
            workspace.undoStack()->push(pushed); // the stack's now
        } catch (...) {
            owned.reset(static_cast<CommittingCommand *>(pushed)); // not taken: ours to delete
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
    return reported(action, [&] { stack->undo(); });
}

std::optional<CommandRunner::Failure> CommandRunner::redo(Workspace &workspace)
{
    QUndoStack *stack = workspace.undoStack();
    if (!stack->canRedo())
        return std::nullopt;
    const QString action =
        QCoreApplication::translate("Plenipo::CommandRunner", "Redo %1").arg(stack->redoText());
    return reported(action, [&] { stack->redo(); });
}

} // namespace Plenipo
