// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "commands/detachedpositioncommand.h"

#include "storage/workspace.h"

#include <QCoreApplication>

namespace Plenipo {

DetachedPositionCommand::DetachedPositionCommand(Workspace &workspace, qint64 clauseId)
    : WorkspaceCommand(workspace)
    , m_clauseId(clauseId)
{}

DetachedPositionCommand *DetachedPositionCommand::reattach(Workspace &workspace, qint64 clauseId,
                                                           qint64 detachedId,
                                                           const QString &alternative)
{
    auto *command = new DetachedPositionCommand(workspace, clauseId);
    command->m_ids = {detachedId};
    command->m_alternative = alternative;
    command->m_reattach = true;
    command->setText(alternative.isEmpty()
                         ? QCoreApplication::translate("Plenipo::DetachedPositionCommand",
                                                       "Re-attach position to the whole clause")
                         : QCoreApplication::translate("Plenipo::DetachedPositionCommand",
                                                       "Re-attach position to %1")
                               .arg(alternative));
    return command;
}

DetachedPositionCommand *DetachedPositionCommand::discard(Workspace &workspace, qint64 clauseId,
                                                          const QList<qint64> &detachedIds)
{
    auto *command = new DetachedPositionCommand(workspace, clauseId);
    command->m_ids = detachedIds;
    command->setText(QCoreApplication::translate("Plenipo::DetachedPositionCommand",
                                                 "Discard %n orphaned position(s)", nullptr,
                                                 int(detachedIds.size())));
    return command;
}

void DetachedPositionCommand::redo()
{
    auto batch = m_workspace.beginBatch();
    m_before = m_workspace.positionSnapshot(m_clauseId);
    if (m_reattach)
        m_workspace.reattachPosition(m_ids.value(0), m_alternative);
    else
        m_workspace.discardDetached(m_ids);
    batch->commit();
}

void DetachedPositionCommand::undo()
{
    m_workspace.restorePositions(m_before);
}

} // namespace Plenipo
