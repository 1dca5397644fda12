// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QUndoCommand>

namespace Plenipo {

class Workspace;

// The merge ids of Plenipo's commands (QUndoCommand::id()): two commands in a row with the same
// id may merge (each mergeWith() checks that they edit the same thing). One list, so that no
// two kinds of command share an id by accident. Commands that never merge keep -1.
enum class MergeId : int
{
    ClauseNumber = 1, // ChangeClauseCommand, Property::Number
    ClauseNorms,      // ChangeClauseCommand, Property::Norms
    Positions,        // SetPositionsCommand
};

// The base of every command that edits a workspace: the workspace it edits, given once. The
// command's texts are translated in its own class's context (Q_DECLARE_TR_FUNCTIONS).
class WorkspaceCommand : public QUndoCommand
{
public:
    explicit WorkspaceCommand(Workspace &workspace, QUndoCommand *parent = nullptr)
        : QUndoCommand(parent)
        , m_workspace(workspace)
    {}
    Workspace &workspace() const { return m_workspace; }

protected:
    Workspace &m_workspace;
};

} // namespace Plenipo
