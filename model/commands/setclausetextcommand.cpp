// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "commands/setclausetextcommand.h"

#include "storage/workspace.h"

#include <QCoreApplication>

namespace Plenipo {

SetClauseTextCommand::SetClauseTextCommand(Workspace &workspace, qint64 clauseId, QString text,
                                           QString note, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_workspace(workspace)
    , m_clauseId(clauseId)
    , m_text(std::move(text))
    , m_note(std::move(note))
{
    const auto clause = workspace.clause(clauseId);
    setText(QCoreApplication::translate("Plenipo::SetClauseTextCommand", "Edit clause %1")
                .arg(clause ? clause->number : QString()));
}

void SetClauseTextCommand::redo()
{
    m_revisionId = m_workspace.reviseClause(m_clauseId, m_text, m_note);
}

void SetClauseTextCommand::undo()
{
    m_workspace.removeLatestRevision(m_clauseId, m_revisionId);
}

} // namespace Plenipo
