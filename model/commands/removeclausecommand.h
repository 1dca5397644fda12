// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "commands/workspacecommand.h"

#include "core/clausesnapshot.h"

namespace Plenipo {

class Workspace;

// Deletes a clause from its document; undo brings it back with its revisions, positions and
// lineage.
class RemoveClauseCommand : public WorkspaceCommand
{
public:
    RemoveClauseCommand(Workspace &workspace, qint64 clauseId, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    qint64 m_clauseId;
    ClauseSnapshot m_snapshot;
};

} // namespace Plenipo
