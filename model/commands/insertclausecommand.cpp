// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "commands/insertclausecommand.h"

#include "core/error.h"
#include "storage/workspace.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("Plenipo::InsertClauseCommand", text, comment, n);
}

} // namespace

InsertClauseCommand::InsertClauseCommand(Workspace &workspace, Clause clause, int ordinal,
                                         QUndoCommand *parent)
    : WorkspaceCommand(workspace, parent)
    , m_clause(std::move(clause))
    , m_ordinal(ordinal)
{
    setText(QCoreApplication::translate("Plenipo::InsertClauseCommand", "Insert clause %1")
                .arg(m_clause.number));
}

void InsertClauseCommand::redo()
{
    // The ids of the first time are reused, so that later commands still find the clause.
    m_clause.id = m_workspace.insertClause(m_clause, m_ordinal);
    const std::optional<Clause> added = m_workspace.clause(m_clause.id);
    if (!added)
        throw Error(Error::Kind::Database, tr("clause %1 was not written").arg(m_clause.id));
    m_clause.revisionId = added->revisionId;
}

void InsertClauseCommand::undo()
{
    m_workspace.takeClause(m_clause.id);
}

} // namespace Plenipo
