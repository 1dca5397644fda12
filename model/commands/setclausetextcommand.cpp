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
    const Document *document = clause ? workspace.document(clause->documentId) : nullptr;
    setText(QCoreApplication::translate("Plenipo::SetClauseTextCommand", "Edit paragraph %1 of %2")
                .arg(clause ? clause->number : QString(), document ? document->symbol : QString()));
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
