// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "commands/changeclausecommand.h"

#include "storage/workspace.h"

#include <QCoreApplication>

namespace Plenipo {

ChangeClauseCommand::ChangeClauseCommand(Workspace &workspace, qint64 clauseId, Property property,
                                         QVariant value, QUndoCommand *parent)
    : WorkspaceCommand(workspace, parent)
    , m_clauseId(clauseId)
    , m_property(property)
    , m_new(std::move(value))
{
    const auto c = workspace.clause(clauseId);
    const QString number = c ? c->number : QString();
    switch (property) {
    case Property::Number:
        m_old = number;
        setText(QCoreApplication::translate("Plenipo::ChangeClauseCommand", "Renumber clause %1")
                    .arg(number));
        break;
    case Property::Norms:
        m_old = QVariant::fromValue(c ? c->normIds : QList<qint64>());
        setText(
            QCoreApplication::translate("Plenipo::ChangeClauseCommand", "Link clause %1 to norms")
                .arg(number));
        break;
    }
}

void ChangeClauseCommand::apply(const QVariant &value)
{
    switch (m_property) {
    case Property::Number:
        m_workspace.setClauseNumber(m_clauseId, value.toString());
        break;
    case Property::Norms:
        m_workspace.setClauseNorms(m_clauseId, value.value<QList<qint64>>());
        break;
    }
}

void ChangeClauseCommand::redo()
{
    apply(m_new);
}

void ChangeClauseCommand::undo()
{
    apply(m_old);
}

int ChangeClauseCommand::id() const
{
    // One merge id per property; mergeWith checks the clause.
    return int(m_property == Property::Number ? MergeId::ClauseNumber : MergeId::ClauseNorms);
}

bool ChangeClauseCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const ChangeClauseCommand *>(other);
    if (o->m_clauseId != m_clauseId || o->m_property != m_property)
        return false;
    m_new = o->m_new;
    return true;
}

} // namespace Plenipo
