// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "commands/workspacecommand.h"

#include "core/alternativecarry.h"
#include "core/positionsnapshot.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Plenipo {

class Workspace;

// Saves new text for a clause as a new revision, and carries the positions on its alternatives
// to the spans of the new text holding the same words (SpanAligner, then
// Workspace::carryPositions), in one transaction; undo puts the positions back exactly as they
// were (ids included), then removes the revision; redo does it all again.
class SetClauseTextCommand : public WorkspaceCommand
{
public:
    SetClauseTextCommand(Workspace &workspace, qint64 clauseId, QString text, QString note,
                         QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    // What the last redo did with the positions: one entry per alternative of the old text
    // that had positions (and one, Orphaned, per id with positions the old text did not have).
    const QList<AlternativeCarry> &carries() const { return m_carries; }
    // How many states had a position on the old alternative `from` before the last redo.
    int positionsOn(const QString &from) const { return m_counts.value(from); }
    qint64 revisionId() const { return m_revisionId; }

    // The carries for giving the clause `newText` now (what redo() will apply).
    static QList<AlternativeCarry> carriesFor(const Workspace &workspace, qint64 clauseId,
                                              const QString &newText);

private:
    qint64 m_clauseId;
    QString m_text;
    QString m_note;
    qint64 m_revisionId = 0;
    QList<AlternativeCarry> m_carries;
    QHash<QString, int> m_counts;
    PositionSnapshot m_before; // Workspace::positionSnapshotForCarry: what the carry changes
};

} // namespace Plenipo
