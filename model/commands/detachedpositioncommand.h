// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "commands/workspacecommand.h"

#include "core/positionsnapshot.h"

#include <QList>
#include <QString>

namespace Plenipo {

class Workspace;

// Re-attaches a detached (orphaned or agreed) position to an alternative of its clause, or
// discards detached positions of one clause. Undo puts the clause's position records back
// exactly (PositionSnapshot); redo does it again.
class DetachedPositionCommand : public WorkspaceCommand
{
public:
    // Re-attach `detachedId` to `alternative` ("" for the whole clause).
    static DetachedPositionCommand *reattach(Workspace &workspace, qint64 clauseId,
                                             qint64 detachedId, const QString &alternative);
    // Discard the given detached positions, all of clause `clauseId`.
    static DetachedPositionCommand *discard(Workspace &workspace, qint64 clauseId,
                                            const QList<qint64> &detachedIds);

    void redo() override;
    void undo() override;

private:
    DetachedPositionCommand(Workspace &workspace, qint64 clauseId);

    qint64 m_clauseId;
    QList<qint64> m_ids;
    QString m_alternative;
    bool m_reattach = false;
    PositionSnapshot m_before;
};

} // namespace Plenipo
