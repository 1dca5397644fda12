// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "commands/workspacecommand.h"

#include "core/clause.h"

namespace Plenipo {

class Workspace;

// Inserts a new clause ("13 bis") at a place in its document.
class InsertClauseCommand : public WorkspaceCommand
{
public:
    InsertClauseCommand(Workspace &workspace, Clause clause, int ordinal,
                        QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    qint64 clauseId() const { return m_clause.id; }

private:
    Clause m_clause;
    int m_ordinal;
};

} // namespace Plenipo
