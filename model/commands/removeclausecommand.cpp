// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "commands/removeclausecommand.h"

#include "storage/workspace.h"

#include <QCoreApplication>

namespace Plenipo {

RemoveClauseCommand::RemoveClauseCommand(Workspace &workspace, qint64 clauseId,
                                         QUndoCommand *parent)
    : WorkspaceCommand(workspace, parent)
    , m_clauseId(clauseId)
{
    const auto c = workspace.clause(clauseId);
    setText(QCoreApplication::translate("Plenipo::RemoveClauseCommand", "Delete clause %1")
                .arg(c ? c->number : QString()));
}

void RemoveClauseCommand::redo()
{
    m_snapshot = m_workspace.takeClause(m_clauseId);
}

void RemoveClauseCommand::undo()
{
    m_workspace.restoreClause(m_snapshot);
}

} // namespace Plenipo
